package org.fieldstock.domain.item;

import java.util.Objects;
import java.util.Set;

/** A unit of measure (计量单位) in Chinese and English. */
public record Unit(String zh, String en) {

    private static final Set<String> MEASURED = Set.of("L", "kg", "m");

    public Unit {
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }

    /** Litres, kilograms and metres are measured, so quantities may have decimals. */
    public boolean allowsDecimals() {
        return MEASURED.contains(en);
    }
}
