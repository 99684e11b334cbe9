package org.fieldstock.domain.stock;

import java.time.Instant;
import java.time.LocalDate;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;

/**
 * Which ledger rows of a store to show: of one item or all, of one document category or all,
 * posted from (inclusive) and to (exclusive) an instant, of documents dated on one day or any, at
 * most so many (the latest).
 */
public record LedgerSearch(Item item, DocumentCategory category, Instant from, Instant to, LocalDate documentDay,
        int max) {

    /** The one column the paged ledger sorts by: when a row was posted (the latest first by default). */
    public static final String SORT_POSTED = "postedAt";
}
