package org.fieldstock.domain.ledger;

import java.math.BigDecimal;

/** A balance that differs from the sum of its ledger rows: something wrote stock outside the posting path. */
public record StockDiscrepancy(String storeCode, String itemCode, BigDecimal balance, BigDecimal ledgerSum) {

    public BigDecimal difference() {
        return balance.subtract(ledgerSum);
    }
}
