package org.fieldstock.interfaces.document.rest;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.stock.StockLedgerEntry;

/** One stock ledger row. */
@Schema(name = "LedgerEntry")
public record LedgerEntryJson(String document, String movement, String store, String item, BigDecimal quantity,
        BigDecimal balanceAfter, Instant postedAt, String postedBy) {

    public static LedgerEntryJson of(StockLedgerEntry e) {
        return new LedgerEntryJson(e.getDocumentNumber(), e.getMovement().name(), e.getStore().getCode(),
                e.getItem().getCode(), e.getQuantity().stripTrailingZeros(), e.getBalanceAfter().stripTrailingZeros(),
                e.getPostedAt(), e.getPostedBy());
    }
}
