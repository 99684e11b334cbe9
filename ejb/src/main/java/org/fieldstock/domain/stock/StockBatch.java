package org.fieldstock.domain.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.fieldstock.domain.shared.BusinessException;

/**
 * The on-hand of one batch of a shelf-life item in one store. Its quantities add up to the
 * item's balance in that store; it is never negative and keeps the expiry date it came in with.
 */
@Entity
@Table(name = "stock_batch")
public class StockBatch extends BaseEntity {

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

    @Column(name = "batch_no", nullable = false, updatable = false)
    private String batchNo;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "on_hand", nullable = false, precision = 18, scale = 4)
    private BigDecimal onHand;

    /** When the batch first came into this store: the first-in first-out order among batches expiring together. */
    @Column(name = "first_received", nullable = false)
    private Instant firstReceived;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StockBatch() {
    }

    public StockBatch(Store store, Item item, String batchNo, LocalDate expiryDate, Instant firstReceived) {
        this.store = Objects.requireNonNull(store);
        this.item = Objects.requireNonNull(item);
        this.batchNo = Objects.requireNonNull(batchNo);
        this.expiryDate = Objects.requireNonNull(expiryDate);
        this.firstReceived = Objects.requireNonNull(firstReceived);
        this.onHand = BigDecimal.ZERO;
    }

    /**
     * Adds a signed quantity; refuses to go below zero, and refuses goods said to expire on another
     * day than the goods of the batch still here (expiry is null for goods that leave or come back:
     * they keep the batch's date). An empty batch takes the new date, so that a receipt reviewed with
     * a wrong expiry can be unreviewed, corrected and reviewed again.
     */
    public void apply(BigDecimal delta, LocalDate incomingExpiry, Instant now) {
        if (delta.signum() > 0 && incomingExpiry != null && onHand.signum() == 0) {
            expiryDate = incomingExpiry;
            firstReceived = now;
        } else if (delta.signum() > 0 && incomingExpiry != null && !incomingExpiry.equals(expiryDate)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.batch.otherExpiry", item.getCode(),
                    batchNo, store.getCode(), expiryDate.toString(), incomingExpiry.toString());
        }
        BigDecimal after = onHand.add(delta);
        if (after.signum() < 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.batch.insufficient", item.getCode(),
                    batchNo, store.getCode(), plain(onHand), plain(after.negate()));
        }
        onHand = after;
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    public Store getStore() {
        return store;
    }

    public Item getItem() {
        return item;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public BigDecimal getOnHand() {
        return onHand;
    }

    public Instant getFirstReceived() {
        return firstReceived;
    }
}
