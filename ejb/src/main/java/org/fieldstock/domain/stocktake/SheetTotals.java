package org.fieldstock.domain.stocktake;

import java.math.BigDecimal;

/**
 * A sheet in figures: its lines, how many are counted, how many gained or lost, and the values of
 * the gains and the losses at the items' standard prices.
 */
public record SheetTotals(long sheetId, long lines, long counted, long gainLines, long lossLines, BigDecimal gainValue,
        BigDecimal lossValue) {

    public static SheetTotals none(long sheetId) {
        return new SheetTotals(sheetId, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
