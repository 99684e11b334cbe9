package org.fieldstock.domain.stock;

import java.time.LocalDate;

import org.fieldstock.domain.document.DocumentCategory;

/**
 * A ledger row with the category and remark of the document that wrote it, and the day its goods
 * moved: the document's date when the row was posted (the row's own, not the document's today).
 */
public record LedgerRow(StockLedgerEntry entry, DocumentCategory category, LocalDate documentDate, String remark) {
}
