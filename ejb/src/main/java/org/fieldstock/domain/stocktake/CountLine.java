package org.fieldstock.domain.stocktake;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.document.TrackingCode;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.shared.Problem;

/**
 * One item of a count sheet: the book quantity frozen when the campaign opened, and once counted
 * the quantity found and the book quantity at the moment of counting (the frozen one plus what
 * moved since), whose difference is the variance. Keyed by sheet and item, so that opening inserts
 * the lines of many stores at once in SQL.
 */
@Entity
@Table(name = "count_line")
@IdClass(CountLine.Key.class)
public class CountLine {

    public static final int MAX_REASON_LENGTH = 300;
    public static final int MAX_SERIALS_LENGTH = 2000;

    @Id
    @Column(name = "sheet_id", nullable = false, updatable = false)
    private Long sheetId;

    @Id
    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", insertable = false, updatable = false)
    private Item item;

    @Column(name = "book_qty", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal bookQuantity;

    @Column(name = "counted_qty", precision = 18, scale = 4)
    private BigDecimal countedQuantity;

    @Column(name = "first_counted_qty", precision = 18, scale = 4)
    private BigDecimal firstCountedQuantity;

    @Column(name = "expected_qty", precision = 18, scale = 4)
    private BigDecimal expectedQuantity;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "counted_by")
    private String countedBy;

    @Column(name = "reason")
    private String reason;

    @Column(name = "batch_no")
    private String batchNo;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "serials")
    private String serials;

    protected CountLine() {
    }

    /** An item found in the store that its books do not list: counted against a book quantity of zero. */
    CountLine(CountSheet sheet, Item item) {
        this.sheetId = Objects.requireNonNull(sheet.getId());
        this.itemId = Objects.requireNonNull(item.getId());
        this.item = item;
        this.bookQuantity = BigDecimal.ZERO;
    }

    /**
     * What is wrong with a count of this item, each problem naming the row and item: a quantity
     * that is missing, negative, finer than the item is counted in or too large, a reason too long,
     * and batch or serials that are malformed or given for an item not tracked so.
     */
    static List<Problem> check(CountEntry entry, Item item) {
        List<Problem> problems = new ArrayList<>();
        int row = entry.row();
        String code = item.getCode();
        BigDecimal counted = entry.counted();
        if (counted == null) {
            problems.add(new Problem("stocktake.count.required", row, code));
        } else if (counted.signum() < 0) {
            problems.add(new Problem("stocktake.count.negative", row, code));
        } else if (Quantity.tooLarge(counted)) {
            problems.add(new Problem("stocktake.count.tooLarge", row, code, Quantity.MAX.toPlainString()));
        } else if (!Quantity.inUnitsOf(counted, item)) {
            problems.add(new Problem("stocktake.count.tooPrecise", row, code));
        }
        if (entry.reason() != null && entry.reason().length() > MAX_REASON_LENGTH) {
            problems.add(new Problem("stocktake.reason.tooLong", row, code, MAX_REASON_LENGTH));
        }
        if (entry.batchNo() != null) {
            if (!item.isBatchTracked()) {
                problems.add(new Problem("stocktake.batch.notTracked", row, code));
            } else if (!TrackingCode.BATCH.isValid(entry.batchNo())) {
                problems.add(new Problem("stocktake.batch.invalid", row, code, TrackingCode.BATCH.maxLength()));
            }
        }
        if (entry.expiryDate() != null && !item.isBatchTracked()) {
            problems.add(new Problem("stocktake.batch.notTracked", row, code));
        }
        if (!entry.serials().isEmpty()) {
            if (!item.isSerialTracked()) {
                problems.add(new Problem("stocktake.serials.notTracked", row, code));
            } else if (entry.serials().stream().anyMatch(s -> !TrackingCode.SERIAL.isValid(s))
                    || entry.serials().stream().distinct().count() != entry.serials().size()
                    || String.join(",", entry.serials()).length() > MAX_SERIALS_LENGTH) {
                problems.add(new Problem("stocktake.serials.invalid", row, code, TrackingCode.SERIAL.maxLength()));
            }
        }
        return problems;
    }

    /** Records a (checked) count against the book quantity at the moment of counting. */
    void count(CountEntry entry, BigDecimal expected, Instant at, String user) {
        if (firstCountedQuantity == null) {
            // kept for the manager: a recount after a blind count's books came out shows against it
            firstCountedQuantity = entry.counted();
        }
        countedQuantity = entry.counted();
        expectedQuantity = Objects.requireNonNull(expected);
        countedAt = at;
        countedBy = user;
        reason = entry.reason();
        batchNo = entry.batchNo();
        expiryDate = entry.expiryDate();
        serials = entry.serials().isEmpty() ? null : String.join(",", entry.serials());
    }

    /** What submission needs of a counted line: a reason for any difference, and what the difference is made of. */
    List<Problem> checkForSubmission(int row) {
        List<Problem> problems = new ArrayList<>();
        String code = item.getCode();
        BigDecimal variance = variance();
        if (variance == null) {
            problems.add(new Problem("stocktake.count.required", row, code));
            return problems;
        }
        if (variance.signum() == 0) {
            return problems;
        }
        if (reason == null) {
            problems.add(new Problem("stocktake.reason.required", row, code,
                    variance.stripTrailingZeros().toPlainString()));
        }
        if (item.isSerialTracked() && BigDecimal.valueOf(getSerials().size()).compareTo(variance.abs()) != 0) {
            problems.add(new Problem(variance.signum() > 0 ? "stocktake.serials.found" : "stocktake.serials.missing",
                    row, code, variance.abs().stripTrailingZeros().toPlainString(), getSerials().size()));
        }
        if (item.isBatchTracked()) {
            if (batchNo == null) {
                problems.add(new Problem("stocktake.batch.required", row, code));
            } else if (variance.signum() > 0 && expiryDate == null) {
                problems.add(new Problem("stocktake.expiry.required", row, code, batchNo));
            }
        }
        return problems;
    }

    /** Counted minus the books at the moment of counting; null until counted. Positive is a gain (盘盈). */
    public BigDecimal variance() {
        return countedQuantity == null ? null : countedQuantity.subtract(expectedQuantity);
    }

    /** The variance at the item's standard price; zero when the item has no price or the line none. */
    public BigDecimal varianceValue() {
        BigDecimal variance = variance();
        return variance == null || item.getUnitPrice() == null ? BigDecimal.ZERO
                : variance.multiply(item.getUnitPrice());
    }

    /** What moved in the store since the freeze, up to the moment of counting; null until counted. */
    public BigDecimal movedSinceFreeze() {
        return expectedQuantity == null ? null : expectedQuantity.subtract(bookQuantity);
    }

    public boolean isCounted() {
        return countedQuantity != null;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getBookQuantity() {
        return bookQuantity;
    }

    public BigDecimal getCountedQuantity() {
        return countedQuantity;
    }

    public BigDecimal getFirstCountedQuantity() {
        return firstCountedQuantity;
    }

    /** The book quantity frozen, at the item's standard price (zero without a price). */
    public BigDecimal bookValue() {
        return item.getUnitPrice() == null ? BigDecimal.ZERO : bookQuantity.multiply(item.getUnitPrice());
    }

    public BigDecimal getExpectedQuantity() {
        return expectedQuantity;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public String getCountedBy() {
        return countedBy;
    }

    public String getReason() {
        return reason;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public List<String> getSerials() {
        return serials == null ? List.of() : List.of(serials.split(","));
    }

    /** The key of a line: its sheet and item. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long sheetId;
        private Long itemId;

        public Key() {
        }

        public Key(Long sheetId, Long itemId) {
            this.sheetId = sheetId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(sheetId, k.sheetId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, itemId);
        }
    }
}
