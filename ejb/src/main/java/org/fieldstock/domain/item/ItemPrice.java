package org.fieldstock.domain.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.TextRules;

/**
 * One entry of the repair-parts price list (配件价格表): an item's standard price from a day on.
 * Entries are never changed: a new price is a new entry, and the price in force on a day is the
 * entry with the latest effective day not after it (of two on one day, the later entered).
 */
@Entity
@Table(name = "item_price")
public class ItemPrice extends BaseEntity {

    /** The effective day of the catalogue price an item had before its first listed price. */
    public static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);
    public static final int MAX_NOTE = 200;
    /** The most a standard price may be (the column holds 12 digits before the point). */
    public static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    /** The order of entries in force: by effective day, then by when they were entered. */
    public static final Comparator<ItemPrice> IN_FORCE_ORDER = Comparator.comparing(ItemPrice::getEffectiveFrom)
            .thenComparing(ItemPrice::getSetAt).thenComparing(p -> p.getId() == null ? Long.MAX_VALUE : p.getId());

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    protected ItemPrice() {
    }

    /** A price of the item from the day on; refused when negative, too large, of more than two decimals or with a long note. */
    public ItemPrice(Item item, BigDecimal unitPrice, LocalDate effectiveFrom, String note, String setBy, Instant setAt) {
        if (unitPrice == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "price.required", item.getCode());
        }
        if (!isValid(unitPrice)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "price.invalid", item.getCode(),
                    unitPrice.toPlainString());
        }
        String cleaned = TextRules.clean(note);
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw new BusinessException(BusinessException.Kind.INVALID, "price.note.tooLong", MAX_NOTE);
        }
        this.item = Objects.requireNonNull(item);
        this.unitPrice = unitPrice.setScale(2);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.note = cleaned;
        this.setBy = Objects.requireNonNull(setBy);
        this.setAt = Objects.requireNonNull(setAt);
    }

    /** Whether a price may be listed: not negative, not too large, in whole fen (two decimals at most). */
    public static boolean isValid(BigDecimal unitPrice) {
        return unitPrice.signum() >= 0 && unitPrice.compareTo(MAX_PRICE) <= 0
                && unitPrice.stripTrailingZeros().scale() <= 2;
    }

    /** The entry in force on the day among an item's entries: the latest effective not after it. */
    public static Optional<ItemPrice> inForce(List<ItemPrice> history, LocalDate day) {
        return history.stream().filter(p -> !p.effectiveFrom.isAfter(day)).max(IN_FORCE_ORDER);
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
