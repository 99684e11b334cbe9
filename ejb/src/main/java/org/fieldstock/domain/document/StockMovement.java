package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;

/**
 * The net change a document makes to one (store, item) balance when reviewed, with the batches
 * it changes (in batch order) and the serials that enter (delta above zero) or leave the store.
 */
public record StockMovement(Store store, Item item, BigDecimal delta, List<BatchDelta> batches,
        List<String> serials) {

    public StockMovement {
        batches = List.copyOf(batches);
        serials = List.copyOf(serials);
    }

    public StockMovement(Store store, Item item, BigDecimal delta) {
        this(store, item, delta, List.of(), List.of());
    }

    public StockMovement reversed() {
        return new StockMovement(store, item, delta.negate(), batches.stream().map(BatchDelta::reversed).toList(),
                serials);
    }

    /** The change to one batch; the expiry date is known only when the batch comes in. */
    public record BatchDelta(String batchNo, LocalDate expiryDate, BigDecimal delta) {

        BatchDelta reversed() {
            return new BatchDelta(batchNo, expiryDate, delta.negate());
        }
    }
}
