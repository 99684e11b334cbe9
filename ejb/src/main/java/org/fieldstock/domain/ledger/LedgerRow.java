package org.fieldstock.domain.ledger;

import java.time.LocalDate;

import org.fieldstock.domain.document.DocumentCategory;

/** A ledger row with the category, date and remark of the document that wrote it. */
public record LedgerRow(StockLedgerEntry entry, DocumentCategory category, LocalDate documentDate, String remark) {
}
