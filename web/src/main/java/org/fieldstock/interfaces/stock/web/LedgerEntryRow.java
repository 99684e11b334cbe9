package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.fieldstock.domain.stock.LedgerMovement;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * A row of the stock ledger as the ledgers on screen show it: store, item, the document that wrote
 * it, posting or reversal, quantity, the item's balance after it, when and by whom.
 */
public record LedgerEntryRow(StoreRef store, ItemRef item, String documentNumber, LedgerMovement movement,
        BigDecimal quantity, BigDecimal balanceAfter, Instant postedAt, String postedBy) implements Serializable {

    public static LedgerEntryRow of(StockLedgerEntry entry) {
        return new LedgerEntryRow(StoreRef.of(entry.getStore()), ItemRef.of(entry.getItem()),
                entry.getDocumentNumber(), entry.getMovement(), entry.getQuantity(), entry.getBalanceAfter(),
                entry.getPostedAt(), entry.getPostedBy());
    }

    public static List<LedgerEntryRow> all(List<StockLedgerEntry> entries) {
        return entries.stream().map(LedgerEntryRow::of).toList();
    }
}
