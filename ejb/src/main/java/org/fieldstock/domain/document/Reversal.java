package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The receipt a red-ink return reverses, with what other returns of it already take back:
 * per item code, and per batch of an item (as positive quantities).
 */
public record Reversal(StockDocument receipt, Map<String, BigDecimal> alreadyReturned,
        Map<BatchKey, BigDecimal> alreadyReturnedFromBatches) {

    public Reversal {
        Objects.requireNonNull(receipt);
        alreadyReturned = Map.copyOf(alreadyReturned);
        alreadyReturnedFromBatches = Map.copyOf(alreadyReturnedFromBatches);
    }

    /** A receipt none of whose batches other returns have touched. */
    public Reversal(StockDocument receipt, Map<String, BigDecimal> alreadyReturned) {
        this(receipt, alreadyReturned, Map.of());
    }

    /** One batch of one item. */
    public record BatchKey(String itemCode, String batchNo) {
    }
}
