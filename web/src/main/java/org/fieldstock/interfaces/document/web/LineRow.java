package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.shared.SerialText;
import org.fieldstock.interfaces.shared.ItemRef;

/** One editable line of the document editor. */
public class LineRow implements Serializable {


    private ItemRef item;
    private BigDecimal quantity;
    private String remark;
    private String turbineNo;
    private String batchNo;
    private LocalDate expiryDate;
    private String serialsText;
    private BigDecimal onHand;

    public LineRow() {
    }

    LineRow(DocumentLine line) {
        this.item = ItemRef.of(line.getItem());
        this.quantity = line.getQuantity().stripTrailingZeros();
        this.remark = line.getRemark();
        this.turbineNo = line.getTurbine() == null ? null : line.getTurbine().getTurbineNo();
        this.batchNo = line.getBatchNo();
        this.expiryDate = line.getExpiryDate();
        setSerials(line.getSerials());
    }

    /** A copy of this line for another part of its quantity (another batch). */
    LineRow split(BigDecimal partQuantity, String partBatchNo) {
        LineRow part = new LineRow();
        part.item = item;
        part.quantity = partQuantity;
        part.remark = remark;
        part.turbineNo = turbineNo;
        part.batchNo = partBatchNo;
        part.onHand = onHand;
        return part;
    }

    /** A row showing a line of another kind of paper (a transfer slip): item, quantity, remark, batch, serials. */
    public static LineRow of(ItemRef item, BigDecimal quantity, String remark, String batchNo, List<String> serials) {
        LineRow row = new LineRow();
        row.item = item;
        row.quantity = quantity.stripTrailingZeros();
        row.remark = remark;
        row.batchNo = batchNo;
        row.setSerials(serials);
        return row;
    }

    /** Drops what the line's (new) item does not take: serials, batch, an expiry on issues. */
    public void fitToItem(boolean receiving) {
        if (!isSerialTracked()) {
            serialsText = null;
        }
        if (!isBatchTracked()) {
            batchNo = null;
        }
        if (!isBatchTracked() || !receiving) {
            expiryDate = null;
        }
    }

    /** Drops what the (new) category does not take, so that no hidden value blocks saving. */
    void fitToCategory(boolean namesTurbine, boolean receiving) {
        if (!namesTurbine) {
            turbineNo = null;
        }
        if (!receiving) {
            expiryDate = null;
        }
    }

    public boolean isBlank() {
        return item == null && quantity == null && (remark == null || remark.isBlank()) && serials().isEmpty()
                && (batchNo == null || batchNo.isBlank());
    }

    public DocumentDraft.Line toDraft() {
        return new DocumentDraft.Line(item == null ? null : item.code(), quantity, remark, turbineNo, batchNo,
                expiryDate, serials());
    }

    public List<String> serials() {
        return SerialText.split(serialsText);
    }

    void setSerials(List<String> serials) {
        serialsText = serials.isEmpty() ? null : String.join(", ", serials);
    }

    /** How many serials are typed, against how many units the line has: "2 / 3". */
    public String getSerialCount() {
        return serials().size() + " / " + (quantity == null ? "?" : quantity.abs().stripTrailingZeros().toPlainString());
    }

    public boolean isSerialTracked() {
        return item != null && item.serialTracked();
    }

    public boolean isBatchTracked() {
        return item != null && item.batchTracked();
    }

    /** On hand of the item in the document's store, shown while entering. */
    public BigDecimal getOnHand() {
        return onHand;
    }

    public void setOnHand(BigDecimal onHand) {
        this.onHand = onHand;
    }

    public ItemRef getItem() {
        return item;
    }

    public void setItem(ItemRef item) {
        this.item = item;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public String getTurbineNo() {
        return turbineNo;
    }

    public void setTurbineNo(String turbineNo) {
        this.turbineNo = turbineNo;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public void setBatchNo(String batchNo) {
        this.batchNo = batchNo;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public String getSerialsText() {
        return serialsText;
    }

    public void setSerialsText(String serialsText) {
        this.serialsText = serialsText;
    }
}
