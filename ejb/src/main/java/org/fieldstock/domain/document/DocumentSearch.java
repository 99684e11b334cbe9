package org.fieldstock.domain.document;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters for the document list. Every field is optional.
 *
 * @param storeCode  only this store
 * @param status     only this status
 * @param from       document date on or after
 * @param to         document date on or before
 * @param type       only this document type
 * @param category   only this category
 * @param maxResults at most this many rows
 * @param onlyStores only documents of these stores (the caller's scope); null for every store
 */
public record DocumentSearch(String storeCode, DocumentStatus status, LocalDate from, LocalDate to, DocumentType type,
        DocumentCategory category, int maxResults, Set<String> onlyStores) {

    public DocumentSearch(String storeCode, DocumentStatus status, LocalDate from, LocalDate to, DocumentType type,
            DocumentCategory category, int maxResults) {
        this(storeCode, status, from, to, type, category, maxResults, null);
    }

    /** The same search limited to the given stores. */
    public DocumentSearch within(Set<String> storeCodes) {
        return new DocumentSearch(storeCode, status, from, to, type, category, maxResults, Set.copyOf(storeCodes));
    }

    public static final int DEFAULT_MAX_RESULTS = 500;

    /** The columns the list sorts by (each served by an index); by default it is newest first. */
    public static final String SORT_DATE = "documentDate";
    public static final String SORT_NUMBER = "number";
    public static final String SORT_STATUS = "status";
    public static final Set<String> SORTS = Set.of(SORT_DATE, SORT_NUMBER, SORT_STATUS);

    public DocumentSearch {
        if (maxResults <= 0 || maxResults > DEFAULT_MAX_RESULTS) {
            maxResults = DEFAULT_MAX_RESULTS;
        }
    }
}
