package org.fieldstock.domain.stock;

import java.math.BigDecimal;

/** The net ledger quantity of a store and item over some days. */
public record StoreItemTotal(Long storeId, Long itemId, BigDecimal quantity) {
}
