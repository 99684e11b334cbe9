package org.fieldstock.domain.document;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters for the document list. Every field is optional; the caller's scope and the page are
 * given beside it.
 *
 * @param storeCode  only this store
 * @param status     only this status
 * @param from       document date on or after
 * @param to         document date on or before
 * @param type       only this document type
 * @param category   only this category
 */
public record DocumentSearch(String storeCode, DocumentStatus status, LocalDate from, LocalDate to, DocumentType type,
        DocumentCategory category) {

    /** The columns the list sorts by (each served by an index); by default it is newest first. */
    public static final String SORT_DATE = "documentDate";
    public static final String SORT_NUMBER = "number";
    public static final String SORT_STATUS = "status";
    public static final Set<String> SORTS = Set.of(SORT_DATE, SORT_NUMBER, SORT_STATUS);
}
