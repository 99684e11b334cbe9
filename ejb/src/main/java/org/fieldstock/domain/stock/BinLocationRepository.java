package org.fieldstock.domain.stock;

import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;

/** Where the bin locations of the stores are kept. */
public interface BinLocationRepository {

    Optional<BinLocation> find(Store store, Item item);

    /** The store's locations, by zone, level, position and item code. */
    List<BinLocation> ofStore(Store store);

    void add(BinLocation location);

    void remove(BinLocation location);
}
