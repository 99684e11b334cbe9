package org.fieldstock.domain.transfer;

import java.time.LocalDate;

import org.fieldstock.domain.document.DocumentStatus;

/**
 * Which slips to list: a store at either end, status, date range, cross-BU only. Every field is
 * optional; the caller's scope and the page are given beside it.
 */
public record TransferSearch(String storeCode, DocumentStatus status, LocalDate from, LocalDate to, Boolean crossBu) {
}
