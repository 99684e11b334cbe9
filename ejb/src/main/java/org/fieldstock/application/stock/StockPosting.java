package org.fieldstock.application.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.document.StockMovement;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.stock.InsufficientStockException;
import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockBatch;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.infrastructure.operations.OperationsMetrics;

/**
 * The one path by which stock moves: inside the caller's transaction, lock each balance row
 * (always in item-code order, so concurrent postings cannot deadlock), apply the change, refuse
 * to go below zero, and append a ledger row; then the item's batches and serials, locked in their
 * own order. A failure anywhere rolls the whole document back.
 */
@ApplicationScoped
public class StockPosting {

    @Inject
    private StockLedger ledger;

    @Inject
    private OperationsMetrics metrics;

    @Inject
    private StockDocumentRepository documents;

    /**
     * Stores a document that no user reviews — a stocktake's adjustment, the demo's opening stock —
     * and reviews and posts it at once, through the same posting as every review.
     */
    public StockDocument addReviewed(StockDocument document, String user) {
        documents.add(document);
        post(document, document.review(user, Instant.now()), LedgerMovement.POSTING, user);
        return document;
    }

    public void post(StockDocument document, List<StockMovement> movements, LedgerMovement kind, String user) {
        for (StockMovement movement : movements) {
            StockBalance balance = movement.delta().signum() > 0
                    ? ledger.lockOrCreateBalance(movement.store(), movement.item())
                    : ledger.lockBalance(movement.store(), movement.item())
                            .orElseThrow(() -> new InsufficientStockException(movement.item().getCode(),
                                    movement.store().getCode(), BigDecimal.ZERO, movement.delta().negate()));
            BigDecimal after = balance.apply(movement.delta());
            // stamped once the balance row is locked, so that time order is the order the balances changed in
            Instant now = Instant.now();
            ledger.append(new StockLedgerEntry(document, kind, movement.store(), movement.item(), movement.delta(),
                    after, user, now));
            moveBatches(document, movement, now);
            moveSerials(movement, now);
        }
        metrics.posted(kind);
    }

    private void moveBatches(StockDocument document, StockMovement movement, Instant now) {
        for (StockMovement.BatchDelta change : movement.batches()) {
            StockBatch batch = change.delta().signum() > 0 && change.expiryDate() != null
                    ? ledger.lockOrCreateBatch(movement.store(), movement.item(), change.batchNo(), change.expiryDate(),
                            now)
                    : ledger.lockBatch(movement.store(), movement.item(), change.batchNo())
                            .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT,
                                    "stock.batch.insufficient", movement.item().getCode(), change.batchNo(),
                                    movement.store().getCode(), "0", change.delta().negate().stripTrailingZeros()
                                            .toPlainString()));
            batch.apply(change.delta(), change.expiryDate(), now);
            if (change.delta().signum() < 0) {
                document.tookFromBatch(movement.item(), change.batchNo(), batch.getExpiryDate());
            }
        }
    }

    private void moveSerials(StockMovement movement, Instant now) {
        for (String serial : movement.serials()) {
            if (movement.delta().signum() > 0) {
                ledger.lockOrCreateSerial(movement.item(), serial).enter(movement.store(), now);
            } else {
                ledger.lockSerial(movement.item(), serial)
                        .orElseThrow(() -> new BusinessException(BusinessException.Kind.CONFLICT,
                                "stock.serial.notInStore", movement.item().getCode(), serial,
                                movement.store().getCode()))
                        .leave(movement.store());
            }
        }
    }
}
