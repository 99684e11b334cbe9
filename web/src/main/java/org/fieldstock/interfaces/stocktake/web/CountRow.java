package org.fieldstock.interfaces.stocktake.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.fieldstock.domain.shared.SerialText;
import org.fieldstock.domain.stocktake.CountEntry;

/** A line of the sheet on screen: what the service shows, and what the user typed over it. */
public class CountRow implements Serializable {

    private final SheetLine line;
    private BigDecimal counted;
    private String reason;
    private String batchNo;
    private LocalDate expiryDate;
    private String serials;

    CountRow(SheetLine line) {
        this.line = line;
        this.counted = line.countedQuantity() == null ? null : line.countedQuantity().stripTrailingZeros();
        this.reason = line.reason();
        this.batchNo = line.batchNo();
        this.expiryDate = line.expiryDate();
        this.serials = line.serials().isEmpty() ? null : String.join(", ", line.serials());
    }

    /** Whether the user changed anything that has a count to go with it. */
    boolean isChanged() {
        return counted != null && (line.countedQuantity() == null || counted.compareTo(line.countedQuantity()) != 0
                || !Objects.equals(blankToNull(reason), line.reason())
                || !Objects.equals(blankToNull(batchNo), line.batchNo())
                || !Objects.equals(expiryDate, line.expiryDate())
                || !serialList().equals(line.serials()));
    }

    CountEntry entry() {
        return new CountEntry(line.row(), line.item().code(), counted, reason, batchNo, expiryDate, serialList());
    }

    private List<String> serialList() {
        return SerialText.split(serials);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public SheetLine getLine() {
        return line;
    }

    public boolean isDifferent() {
        return line.variance() != null && line.variance().signum() != 0;
    }

    public BigDecimal getCounted() {
        return counted;
    }

    public void setCounted(BigDecimal counted) {
        this.counted = counted;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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

    public String getSerials() {
        return serials;
    }

    public void setSerials(String serials) {
        this.serials = serials;
    }
}
