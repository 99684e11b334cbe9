package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.domain.document.DocumentCategory;

/** One line of the day on screen, as typed; the batch and serials a workbook or the API gave ride along. */
public class ReportRow implements Serializable {

    private String storeCode;
    private DocumentCategory category;
    private String itemCode;
    private String itemName;
    private BigDecimal in;
    private BigDecimal out;
    private BigDecimal balance;
    private String turbineNo;
    private String supplierCode;
    private String batchNo;
    private String serials;
    private String remark;
    private String requisitionNumber;
    private String documentNumber;
    private List<String> errors = List.of();
    private List<String> warnings = List.of();

    public ReportRow() {
    }

    ReportRow(String storeCode) {
        this.storeCode = storeCode;
    }

    static ReportRow of(DailyReportLine line, List<String> errors, List<String> warnings) {
        ReportRow row = new ReportRow(line.getStore().getCode());
        row.category = line.getCategory();
        row.itemCode = line.getItemCode();
        row.itemName = line.getItemName();
        BigDecimal quantity = line.getQuantity().stripTrailingZeros();
        row.in = line.isIn() ? quantity : null;
        row.out = line.isIn() ? null : quantity.negate();
        row.balance = line.getBalance() == null ? null : line.getBalance().stripTrailingZeros();
        row.turbineNo = line.getTurbineNo();
        row.supplierCode = line.getSupplierCode();
        row.batchNo = line.getBatchNo();
        row.serials = line.getSerials();
        row.remark = line.getRemark();
        row.requisitionNumber = line.getRequisitionNumber();
        row.documentNumber = line.getDocumentNumber();
        row.errors = List.copyOf(errors);
        row.warnings = List.copyOf(warnings);
        return row;
    }

    DailyReportDraft.Line toDraft() {
        return new DailyReportDraft.Line(storeCode, category, itemCode, itemName, in, out, balance, supplierCode,
                turbineNo, batchNo, serials, remark, requisitionNumber);
    }

    public String getRequisitionNumber() {
        return requisitionNumber;
    }

    public void setRequisitionNumber(String requisitionNumber) {
        this.requisitionNumber = requisitionNumber;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public void setItemName(String itemName) {
        this.itemName = itemName;
    }

    public BigDecimal getIn() {
        return in;
    }

    public void setIn(BigDecimal in) {
        this.in = in;
    }

    public BigDecimal getOut() {
        return out;
    }

    public void setOut(BigDecimal out) {
        this.out = out;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public void setTurbineNo(String turbineNo) {
        this.turbineNo = turbineNo;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public void setSupplierCode(String supplierCode) {
        this.supplierCode = supplierCode;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public List<String> getErrors() {
        return errors;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
