package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.stock.LedgerRow;

/** A ledger row with its document's category and remark and the day its goods moved, as the ledgers show it. */
public record LedgerLine(LedgerEntryRow entry, DocumentCategory category, LocalDate documentDate, String remark)
        implements Serializable {

    static LedgerLine of(LedgerRow row) {
        return new LedgerLine(LedgerEntryRow.of(row.entry()), row.category(), row.documentDate(), row.remark());
    }

    static List<LedgerLine> all(List<LedgerRow> rows) {
        return rows.stream().map(LedgerLine::of).toList();
    }
}
