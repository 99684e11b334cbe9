package org.fieldstock.domain.dailyreport;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;

/** One movement of the site's day as the keeper wrote it, and the document it became. */
@Entity
@Table(name = "daily_report_line")
public class DailyReportLine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private DailyReport report;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private DocumentCategory category;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "item_name")
    private String itemName;

    @Column(name = "quantity", nullable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "balance", precision = 18, scale = 4)
    private BigDecimal balance;

    @Column(name = "supplier_code")
    private String supplierCode;

    @Column(name = "turbine_no")
    private String turbineNo;

    @Column(name = "batch_no")
    private String batchNo;

    @Column(name = "serials")
    private String serials;

    @Column(name = "remark")
    private String remark;

    /** A petty purchase: the approved requisition it was bought for (2篇 2.2). */
    @Column(name = "requisition_number")
    private String requisitionNumber;

    @Column(name = "document_number")
    private String documentNumber;

    protected DailyReportLine() {
    }

    DailyReportLine(DailyReport report, int lineNo, ReportLineInput input) {
        this.report = report;
        this.lineNo = lineNo;
        this.store = input.store();
        this.category = input.category();
        this.itemCode = input.itemCode();
        this.item = input.item();
        this.itemName = input.itemName();
        this.quantity = input.quantity();
        this.balance = input.balance();
        this.supplierCode = input.supplierCode();
        this.turbineNo = input.turbineNo();
        this.batchNo = input.batchNo();
        this.serials = input.serials();
        this.remark = input.remark();
        this.requisitionNumber = input.requisitionNumber();
    }

    void drafted(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    /** The line as input again, for a correction that keeps most of it. */
    public ReportLineInput toInput() {
        return new ReportLineInput(store, category, itemCode, item, itemName, quantity, balance, supplierCode,
                turbineNo, batchNo, serials, remark, requisitionNumber);
    }

    public String getRequisitionNumber() {
        return requisitionNumber;
    }

    public boolean isIn() {
        return quantity.signum() > 0;
    }

    public DailyReport getReport() {
        return report;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Store getStore() {
        return store;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public String getItemCode() {
        return itemCode;
    }

    public Item getItem() {
        return item;
    }

    public String getItemName() {
        return itemName;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public String getSerials() {
        return serials;
    }

    public String getRemark() {
        return remark;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }
}
