package org.fieldstock.domain.stock;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A balance that differs from what it must equal: the sum of its ledger rows, or, for tracked
 * items, the sum of its batches or the number of its serials in the store. Either means something
 * wrote stock outside the posting path.
 */
public record StockDiscrepancy(String storeCode, String itemCode, Basis comparedWith, BigDecimal balance,
        BigDecimal expected) implements Serializable {

    /** What the balance was compared with. */
    public enum Basis {
        LEDGER, BATCHES, SERIALS
    }

    public BigDecimal difference() {
        return balance.subtract(expected);
    }
}
