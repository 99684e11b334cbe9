package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;

/**
 * The net change a document makes to one (store, item) balance when reviewed, with the batches
 * it changes (in batch order) and the serials that enter (delta above zero) or leave the store; for
 * serials on lines that name a turbine, that turbine: the one a unit leaving the store is fitted to,
 * or the one a unit entering it was taken off.
 */
public record StockMovement(Store store, Item item, BigDecimal delta, List<BatchDelta> batches,
        List<String> serials, Map<String, Turbine> turbines) {

    public StockMovement {
        batches = List.copyOf(batches);
        serials = List.copyOf(serials);
        turbines = Map.copyOf(turbines);
    }

    public StockMovement(Store store, Item item, BigDecimal delta) {
        this(store, item, delta, List.of(), List.of(), Map.of());
    }

    public StockMovement reversed() {
        return new StockMovement(store, item, delta.negate(), batches.stream().map(BatchDelta::reversed).toList(),
                serials, turbines);
    }

    /** The change to one batch; the expiry date is known only when the batch comes in. */
    public record BatchDelta(String batchNo, LocalDate expiryDate, BigDecimal delta) {

        BatchDelta reversed() {
            return new BatchDelta(batchNo, expiryDate, delta.negate());
        }
    }
}
