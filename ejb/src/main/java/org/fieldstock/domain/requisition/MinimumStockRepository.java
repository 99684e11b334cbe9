package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.user.StoreScope;

/** Minimum stock levels, the stores below them, and what the stores consumed. */
public interface MinimumStockRepository {

    void add(MinimumStock level);

    void remove(MinimumStock level);

    Optional<MinimumStock> find(Store store, Item item);

    List<MinimumStock> ofStore(Store store);

    /** A level with the store's on-hand of the item (zero when it holds none). */
    record Level(MinimumStock level, BigDecimal onHand) {
    }

    /** The levels of stores in the scope whose on-hand is below them, by store and item code, at most {@code max}. */
    List<Level> belowMinimum(StoreScope scope, int max);

    /** By item, what left the store on reviewed self-use issues from the day on. */
    Map<Item, BigDecimal> consumedSince(Store store, LocalDate from);
}
