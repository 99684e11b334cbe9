package org.fieldstock.domain.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;

/** One append-only row of the stock ledger. Every column is insert-only; corrections are new reversing rows. */
@Entity
@Table(name = "stock_ledger_entry")
public class StockLedgerEntry extends BaseEntity {

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StockDocument document;

    @Column(name = "doc_number", nullable = false, updatable = false)
    private String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement", nullable = false, updatable = false)
    private LedgerMovement movement;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal quantity;

    @Column(name = "balance_after", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal balanceAfter;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    /** The day the goods moved: the document's date when this row was posted, whatever it is dated later. */
    @Column(name = "movement_day", nullable = false, updatable = false)
    private LocalDate movementDay;

    @Column(name = "posted_by", nullable = false, updatable = false)
    private String postedBy;

    protected StockLedgerEntry() {
    }

    public StockLedgerEntry(StockDocument document, LedgerMovement movement, Store store, Item item,
            BigDecimal quantity, BigDecimal balanceAfter, String postedBy, Instant postedAt) {
        this.document = Objects.requireNonNull(document);
        this.documentNumber = document.getNumber();
        this.movement = Objects.requireNonNull(movement);
        this.store = Objects.requireNonNull(store);
        this.item = Objects.requireNonNull(item);
        this.quantity = Objects.requireNonNull(quantity);
        this.balanceAfter = Objects.requireNonNull(balanceAfter);
        this.postedBy = Objects.requireNonNull(postedBy);
        this.postedAt = Objects.requireNonNull(postedAt);
        this.movementDay = Objects.requireNonNull(document.getDocumentDate(), "a posted document has a date");
    }

    public Store getStore() {
        return store;
    }

    public Item getItem() {
        return item;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LedgerMovement getMovement() {
        return movement;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public LocalDate getMovementDay() {
        return movementDay;
    }

    public String getPostedBy() {
        return postedBy;
    }
}
