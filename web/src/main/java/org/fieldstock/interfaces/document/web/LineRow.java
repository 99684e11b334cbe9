package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.failedpart.FailureRecord;
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
    /** The register's entry of a failed part the line replaced (or, on a damage intake, booked in). */
    private FailureCause failureCause;
    private String removedSerialsText;
    private String failureNote;
    private String replacedBy;
    private LocalDate replacedOn;
    /** On a scrap or repair return: the units repaired so often that scrapping them is advised, with their repairs. */
    private Map<String, Long> scrapAdvice = Map.of();

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
        FailureRecord failure = line.getFailure();
        if (failure != null) {
            failureCause = failure.getCause();
            removedSerialsText = failure.getRemovedSerials().isEmpty() ? null
                    : String.join(", ", failure.getRemovedSerials());
            failureNote = failure.getNote();
            replacedBy = failure.getReplacedBy();
            replacedOn = failure.getReplacedOn();
        }
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
            removedSerialsText = null;
        }
        if (!isBatchTracked()) {
            batchNo = null;
        }
        if (!isBatchTracked() || !receiving) {
            expiryDate = null;
        }
    }

    /** Drops what the (new) category does not take, so that no hidden value blocks saving. */
    void fitToCategory(boolean namesTurbine, boolean receiving, boolean recordsFailures, boolean namesRemovedUnits) {
        if (!namesTurbine) {
            turbineNo = null;
        }
        if (!receiving) {
            expiryDate = null;
        }
        if (!recordsFailures) {
            failureCause = null;
            failureNote = null;
            replacedBy = null;
            replacedOn = null;
        }
        if (!namesRemovedUnits) {
            // on an intake, or when damaged in storage, the damaged units are the line's own serials
            removedSerialsText = null;
        }
    }

    /** Whether the line records a failed part: once a cause is chosen or anything of it typed. */
    public boolean isReplacing() {
        return failureCause != null || !SerialText.split(removedSerialsText).isEmpty()
                || failureNote != null && !failureNote.isBlank() || replacedBy != null && !replacedBy.isBlank()
                || replacedOn != null;
    }

    public boolean isBlank() {
        return item == null && quantity == null && (remark == null || remark.isBlank()) && serials().isEmpty()
                && (batchNo == null || batchNo.isBlank()) && !isReplacing();
    }

    public DocumentDraft.Line toDraft() {
        return new DocumentDraft.Line(item == null ? null : item.code(), quantity, remark, turbineNo, batchNo,
                expiryDate, serials(), isReplacing() ? new FailureRecord(replacedBy, replacedOn,
                        SerialText.split(removedSerialsText), failureCause, failureNote) : null);
    }

    /** How many removed serials are typed, against the line's units. */
    public String getRemovedSerialCount() {
        return SerialText.split(removedSerialsText).size() + " / "
                + (quantity == null ? "?" : quantity.abs().stripTrailingZeros().toPlainString());
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

    public FailureCause getFailureCause() {
        return failureCause;
    }

    public void setFailureCause(FailureCause failureCause) {
        this.failureCause = failureCause;
    }

    public String getRemovedSerialsText() {
        return removedSerialsText;
    }

    public void setRemovedSerialsText(String removedSerialsText) {
        this.removedSerialsText = removedSerialsText;
    }

    public String getFailureNote() {
        return failureNote;
    }

    public void setFailureNote(String failureNote) {
        this.failureNote = failureNote;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public void setReplacedBy(String replacedBy) {
        this.replacedBy = replacedBy;
    }

    public LocalDate getReplacedOn() {
        return replacedOn;
    }

    public void setReplacedOn(LocalDate replacedOn) {
        this.replacedOn = replacedOn;
    }

    public Map<String, Long> getScrapAdvice() {
        return scrapAdvice;
    }

    /** The advice as one line: "PM-1 (3×), PM-2 (4×)". */
    public String getScrapAdviceText() {
        return scrapAdvice.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + "×)")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    void setScrapAdvice(Map<String, Long> scrapAdvice) {
        this.scrapAdvice = Map.copyOf(scrapAdvice);
    }
}
