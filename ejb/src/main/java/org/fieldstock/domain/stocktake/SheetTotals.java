package org.fieldstock.domain.stocktake;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A sheet in figures: its lines, how many are counted, how many gained or lost, and at the items'
 * standard prices the values of the gains, of the losses and of the books frozen.
 */
public record SheetTotals(long sheetId, long lines, long counted, long gainLines, long lossLines, BigDecimal gainValue,
        BigDecimal lossValue, BigDecimal bookValue) implements Serializable {

    /** The figures of a sheet's lines, added up here (the repository adds up a whole campaign in SQL). */
    public static SheetTotals of(long sheetId, java.util.List<CountLine> lines) {
        long counted = 0;
        long gains = 0;
        long losses = 0;
        BigDecimal gainValue = BigDecimal.ZERO;
        BigDecimal lossValue = BigDecimal.ZERO;
        BigDecimal bookValue = BigDecimal.ZERO;
        for (CountLine line : lines) {
            bookValue = bookValue.add(line.bookValue());
            if (!line.isCounted()) {
                continue;
            }
            counted++;
            int sign = line.variance().signum();
            if (sign > 0) {
                gains++;
                gainValue = gainValue.add(line.varianceValue());
            } else if (sign < 0) {
                losses++;
                lossValue = lossValue.add(line.varianceValue().negate());
            }
        }
        return new SheetTotals(sheetId, lines.size(), counted, gains, losses, gainValue, lossValue, bookValue);
    }

    /** The same figures without the differences and their values: what a blind count's counters see. */
    public SheetTotals withoutDifferences() {
        return new SheetTotals(sheetId, lines, counted, 0, 0, null, null, null);
    }

    public static SheetTotals none(long sheetId) {
        return new SheetTotals(sheetId, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
