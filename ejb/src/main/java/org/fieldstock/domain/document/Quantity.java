package org.fieldstock.domain.document;

import java.math.BigDecimal;

import org.fieldstock.domain.item.Item;

/**
 * The rules every quantity of stock meets, whatever carries it (a document's line, a slip's line, a
 * daily report's line, a count): the columns hold 14 digits before the decimal point and
 * {@value #SCALE} after it, and an item not counted in fractions comes in whole units.
 */
public final class Quantity {

    /** Largest number of decimals a quantity may have (the columns' scale). */
    public static final int SCALE = 4;

    /** Largest quantity, either way (the columns hold 14 digits before the decimal point). */
    public static final BigDecimal MAX = new BigDecimal("99999999999999");

    private Quantity() {
    }

    public static boolean tooLarge(BigDecimal quantity) {
        return quantity.abs().compareTo(MAX) > 0;
    }

    public static boolean tooPrecise(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() > SCALE;
    }

    /** Whether the columns hold it: neither too large nor too precise. */
    public static boolean fits(BigDecimal quantity) {
        return !tooLarge(quantity) && !tooPrecise(quantity);
    }

    /** Whether it is a quantity of the item: not too precise, and whole units unless the item is counted in fractions. */
    public static boolean inUnitsOf(BigDecimal quantity, Item item) {
        return !tooPrecise(quantity) && item.acceptsQuantity(quantity);
    }
}
