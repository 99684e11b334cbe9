package org.fieldstock.interfaces.shared.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

import jakarta.json.JsonNumber;

/**
 * A decimal as a JSON number written out in full: 10, 1.5, 0.0001, never 1E+1. JSON-P writes a
 * {@link JsonNumber} as its {@link #toString()}, which for a {@link BigDecimal} is scientific
 * notation whenever the scale is negative (what {@code stripTrailingZeros()} makes of 10) or the
 * number is very small; here it is always {@link BigDecimal#toPlainString()}.
 */
final class PlainDecimal implements JsonNumber {

    private final BigDecimal value;

    PlainDecimal(BigDecimal value) {
        this.value = Objects.requireNonNull(value);
    }

    @Override
    public boolean isIntegral() {
        return value.scale() <= 0;
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public int intValueExact() {
        return value.intValueExact();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public long longValueExact() {
        return value.longValueExact();
    }

    @Override
    public BigInteger bigIntegerValue() {
        return value.toBigInteger();
    }

    @Override
    public BigInteger bigIntegerValueExact() {
        return value.toBigIntegerExact();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public BigDecimal bigDecimalValue() {
        return value;
    }

    @Override
    public ValueType getValueType() {
        return ValueType.NUMBER;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber number && value.equals(number.bigDecimalValue());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The JSON text of the number. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
