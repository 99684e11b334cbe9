package org.fieldstock.domain.stocktake;

import java.math.BigDecimal;

/**
 * A sheet in figures: its lines, how many are counted, how many gained or lost, and the values of
 * the gains and the losses at the items' standard prices.
 */
public record SheetTotals(long sheetId, long lines, long counted, long gainLines, long lossLines, BigDecimal gainValue,
        BigDecimal lossValue) {

    /** The figures of a sheet's lines, added up here (the repository adds up a whole campaign in SQL). */
    public static SheetTotals of(long sheetId, java.util.List<CountLine> lines) {
        long counted = 0;
        long gains = 0;
        long losses = 0;
        BigDecimal gainValue = BigDecimal.ZERO;
        BigDecimal lossValue = BigDecimal.ZERO;
        for (CountLine line : lines) {
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
        return new SheetTotals(sheetId, lines.size(), counted, gains, losses, gainValue, lossValue);
    }

    public static SheetTotals none(long sheetId) {
        return new SheetTotals(sheetId, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
