package org.fieldstock.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockMovement;
import org.fieldstock.domain.ledger.InsufficientStockException;
import org.fieldstock.domain.ledger.LedgerMovement;
import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.ledger.StockLedger;
import org.fieldstock.domain.ledger.StockLedgerEntry;

/**
 * The one path by which stock moves: inside the caller's transaction, lock each balance row
 * (always in item-code order, so concurrent postings cannot deadlock), apply the change, refuse
 * to go below zero, and append a ledger row. A failure anywhere rolls the whole document back.
 */
@ApplicationScoped
public class StockPosting {

    @Inject
    private StockLedger ledger;

    public void post(StockDocument document, List<StockMovement> movements, LedgerMovement kind, String user) {
        for (StockMovement movement : movements) {
            StockBalance balance = movement.delta().signum() > 0
                    ? ledger.lockOrCreateBalance(movement.store(), movement.item())
                    : ledger.lockBalance(movement.store(), movement.item())
                            .orElseThrow(() -> new InsufficientStockException(movement.item().getCode(),
                                    movement.store().getCode(), BigDecimal.ZERO, movement.delta().negate()));
            BigDecimal after = balance.apply(movement.delta());
            // stamped once the balance row is locked, so that time order is the order the balances changed in
            ledger.append(new StockLedgerEntry(document, kind, movement.store(), movement.item(), movement.delta(),
                    after, user, Instant.now()));
        }
    }
}
