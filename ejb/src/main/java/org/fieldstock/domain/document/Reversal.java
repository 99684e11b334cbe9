package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The receipt a red-ink return reverses, with what other returns of it already take back
 * (per item code, as positive quantities).
 */
public record Reversal(StockDocument receipt, Map<String, BigDecimal> alreadyReturned) {

    public Reversal {
        Objects.requireNonNull(receipt);
        alreadyReturned = Map.copyOf(alreadyReturned);
    }
}
