package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;

/**
 * The minimum stock (最低库存量, seed 000) of an item in a store, and optionally how much to ask for
 * at once (the reorder quantity). Below it, the store's shortfall is what brings it back: at least
 * up to the minimum, at least the reorder quantity, in whole units of the item.
 */
@Entity
@Table(name = "minimum_stock")
public class MinimumStock extends BaseEntity {

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "minimum_qty", nullable = false, precision = 18, scale = 4)
    private BigDecimal minimum;

    @Column(name = "reorder_qty", precision = 18, scale = 4)
    private BigDecimal reorderQuantity;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected MinimumStock() {
    }

    public MinimumStock(Store store, Item item, BigDecimal minimum, BigDecimal reorderQuantity, String user,
            Instant now) {
        this.store = Objects.requireNonNull(store);
        this.item = Objects.requireNonNull(item);
        change(minimum, reorderQuantity, user, now);
    }

    /** Sets new levels; refused, naming each, when not quantities of the item. */
    public void change(BigDecimal newMinimum, BigDecimal newReorder, String user, Instant now) {
        List<Problem> problems = problems(item, newMinimum, newReorder);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.minimum = newMinimum;
        this.reorderQuantity = newReorder;
        this.setBy = Objects.requireNonNull(user);
        this.setAt = Objects.requireNonNull(now);
    }

    /** What is wrong with levels for the item: a minimum of zero or more, a reorder quantity above zero, both in its units. */
    public static List<Problem> problems(Item item, BigDecimal minimum, BigDecimal reorder) {
        List<Problem> problems = new ArrayList<>();
        if (minimum == null) {
            problems.add(new Problem("minimumStock.minimum.required", item.getCode()));
        } else if (minimum.signum() < 0 || !Quantity.fits(minimum) || !item.acceptsQuantity(minimum)) {
            problems.add(new Problem("minimumStock.minimum.invalid", item.getCode(), minimum.toPlainString(),
                    item.getUnitEn()));
        }
        if (reorder != null && (reorder.signum() <= 0 || !Quantity.fits(reorder) || !item.acceptsQuantity(reorder))) {
            problems.add(new Problem("minimumStock.reorder.invalid", item.getCode(), reorder.toPlainString(),
                    item.getUnitEn()));
        }
        return problems;
    }

    /** Whether the store is below its minimum with this much on hand. */
    public boolean isShort(BigDecimal onHand) {
        return onHand.compareTo(minimum) < 0;
    }

    /** What to ask for with this much on hand: nothing at or above the minimum. */
    public BigDecimal shortfall(BigDecimal onHand) {
        if (!isShort(onHand)) {
            return BigDecimal.ZERO;
        }
        BigDecimal needed = minimum.subtract(onHand);
        if (reorderQuantity != null) {
            needed = needed.max(reorderQuantity);
        }
        return item.isDecimalQuantity() ? needed : needed.setScale(0, RoundingMode.CEILING);
    }

    public Store getStore() {
        return store;
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public BigDecimal getReorderQuantity() {
        return reorderQuantity;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
