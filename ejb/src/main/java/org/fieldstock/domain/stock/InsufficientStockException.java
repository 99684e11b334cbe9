package org.fieldstock.domain.stock;

import java.math.BigDecimal;

import jakarta.ejb.ApplicationException;

import org.fieldstock.domain.shared.BusinessException;

/** A movement would take a store below zero. Names item, store, what is on hand and what is missing. */
@ApplicationException(rollback = true)
public class InsufficientStockException extends BusinessException {

    public InsufficientStockException(String itemCode, String storeCode, BigDecimal onHand, BigDecimal shortfall) {
        super(Kind.CONFLICT, "stock.insufficient", itemCode, storeCode, onHand.stripTrailingZeros().toPlainString(),
                shortfall.stripTrailingZeros().toPlainString());
    }
}
