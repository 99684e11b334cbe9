package org.fieldstock.domain.transfer;

import java.time.LocalDate;
import java.util.Set;

import org.fieldstock.domain.document.DocumentStatus;

/**
 * Which slips to list: a store at either end, status, date range, cross-BU only; {@code onlyStores}
 * restricts to slips with an end among those stores (null: no restriction).
 */
public record TransferSearch(String storeCode, DocumentStatus status, LocalDate from, LocalDate to, Boolean crossBu,
        Set<String> onlyStores, int maxResults) {

    public static final int DEFAULT_MAX_RESULTS = 500;

    public TransferSearch {
        if (maxResults <= 0 || maxResults > DEFAULT_MAX_RESULTS) {
            maxResults = DEFAULT_MAX_RESULTS;
        }
    }

    public TransferSearch within(Set<String> storeCodes) {
        return new TransferSearch(storeCode, status, from, to, crossBu, Set.copyOf(storeCodes), maxResults);
    }
}
