package org.fieldstock.domain.item;

import java.time.LocalDate;
import java.util.List;

/** The price list's entries. */
public interface ItemPriceRepository {

    void add(ItemPrice price);

    /** An item's entries, the oldest effective first. */
    List<ItemPrice> history(Item item);

    /** Every item's entry in force on the day (items with a list price by then). */
    List<ItemPrice> inForce(LocalDate day);

    /** The ids of the items that have any entry (listed prices speak for them, not the catalogue's). */
    List<Long> listedItemIds();

    /** The entries taking effect on the day, for the catalogue's current price to follow them. */
    List<ItemPrice> effectiveOn(LocalDate day);
}
