package org.fieldstock.domain.stock;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;

/** The on-hand quantity (现存量) of one item in one store. Never negative. */
@Entity
@Table(name = "stock_balance")
public class StockBalance extends BaseEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    /*
     * The same foreign keys as plain columns, read only: the posting locks its rows in the order of
     * these ids, and ordering by them reads this table alone (ordering by item.id would join the item
     * and store tables, and FOR UPDATE would then lock their rows as well).
     */
    @Column(name = "item_id", insertable = false, updatable = false)
    private Long itemId;

    @Column(name = "store_id", insertable = false, updatable = false)
    private Long storeId;

    @Column(name = "on_hand", nullable = false, precision = 18, scale = 4)
    private BigDecimal onHand;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StockBalance() {
    }

    public StockBalance(Store store, Item item) {
        this.store = Objects.requireNonNull(store);
        this.item = Objects.requireNonNull(item);
        this.onHand = BigDecimal.ZERO;
    }

    /** Adds a signed quantity; refuses to go below zero. Returns the new on-hand quantity. */
    public BigDecimal apply(BigDecimal delta) {
        BigDecimal after = onHand.add(delta);
        if (after.signum() < 0) {
            throw new InsufficientStockException(item.getCode(), store.getCode(), onHand, after.negate());
        }
        onHand = after;
        return after;
    }

    public Store getStore() {
        return store;
    }

    public Item getItem() {
        return item;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }
}
