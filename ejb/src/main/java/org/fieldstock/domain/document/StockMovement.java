package org.fieldstock.domain.document;

import java.math.BigDecimal;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;

/** The net change a document makes to one (store, item) balance when reviewed. */
public record StockMovement(Store store, Item item, BigDecimal delta) {

    public StockMovement reversed() {
        return new StockMovement(store, item, delta.negate());
    }
}
