package org.fieldstock.interfaces.stocktake.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.stocktake.StocktakeViews.LineView;
import org.fieldstock.interfaces.shared.ItemRef;

/**
 * A line of a sheet as the service lets the user see it ({@link LineView}: in a blind count the
 * books, the first count, the books at counting and the variance are hidden from the counters).
 */
public record SheetLine(int row, ItemRef item, BigDecimal bookQuantity, BigDecimal countedQuantity,
        BigDecimal firstCountedQuantity, BigDecimal expectedQuantity, BigDecimal variance, BigDecimal varianceValue,
        Instant countedAt, String countedBy, String reason, String batchNo, LocalDate expiryDate,
        List<String> serials) implements Serializable {

    static SheetLine of(LineView line) {
        return new SheetLine(line.row(), ItemRef.of(line.item()), line.bookQuantity(), line.countedQuantity(),
                line.firstCountedQuantity(), line.expectedQuantity(), line.variance(), line.varianceValue(),
                line.countedAt(), line.countedBy(), line.reason(), line.batchNo(), line.expiryDate(),
                List.copyOf(line.serials()));
    }
}
