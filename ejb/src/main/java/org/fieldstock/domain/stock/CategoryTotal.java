package org.fieldstock.domain.stock;

import java.math.BigDecimal;

import org.fieldstock.domain.document.DocumentCategory;

/** The net ledger quantity of a store and item in one document category over some days. */
public record CategoryTotal(Long storeId, Long itemId, DocumentCategory category, BigDecimal quantity) {
}
