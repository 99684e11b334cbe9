package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.Turbine;

/** The change one document makes to one (store, item) balance, added up line by line. */
final class MovementSum {

    private final Store store;
    private final Item item;
    private BigDecimal delta = BigDecimal.ZERO;
    private final Map<String, StockMovement.BatchDelta> batches = new TreeMap<>();
    private final SortedSet<String> serials = new TreeSet<>();
    private final Map<String, Turbine> turbines = new HashMap<>();

    private MovementSum(Store store, Item item) {
        this.store = store;
        this.item = item;
    }

    /**
     * Net change per (item, store), in item-code and then store-code order so that balances are
     * always locked in the same order; within one, batches and serials are in their own order for
     * the same reason. A transfer-in books what arrived damaged into the damaged store and leaves
     * out what is missing.
     */
    static List<StockMovement> of(StockDocument document) {
        Map<List<String>, MovementSum> sums = new TreeMap<>(
                Comparator.<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
        BigDecimal direction = BigDecimal.valueOf(document.getType().direction());
        Store store = document.getStore();
        Store damagedStore = document.getDamagedStore();
        for (DocumentLine line : document.getLines()) {
            sums.computeIfAbsent(List.of(line.getItem().getCode(), store.getCode()),
                    key -> new MovementSum(store, line.getItem()))
                    .add(line, line.getArrivedGood().multiply(direction), line.getArrivedGoodSerials());
            if (line.getDamagedOnArrival().signum() > 0) {
                sums.computeIfAbsent(List.of(line.getItem().getCode(), damagedStore.getCode()),
                        key -> new MovementSum(damagedStore, line.getItem()))
                        .add(line, line.getDamagedOnArrival().multiply(direction), line.getDamagedSerials());
            }
        }
        return sums.values().stream().filter(sum -> sum.delta.signum() != 0).map(MovementSum::movement).toList();
    }

    private void add(DocumentLine line, BigDecimal lineDelta, List<String> lineSerials) {
        delta = delta.add(lineDelta);
        if (line.getBatchNo() != null && lineDelta.signum() != 0) {
            batches.merge(line.getBatchNo(),
                    new StockMovement.BatchDelta(line.getBatchNo(), line.getExpiryDate(), lineDelta),
                    (a, b) -> new StockMovement.BatchDelta(a.batchNo(), a.expiryDate(), a.delta().add(b.delta())));
        }
        serials.addAll(lineSerials);
        if (line.getTurbine() != null) {
            lineSerials.forEach(serial -> turbines.put(serial, line.getTurbine()));
        }
    }

    private StockMovement movement() {
        return new StockMovement(store, item, delta, new ArrayList<>(batches.values()), new ArrayList<>(serials), turbines);
    }
}
