package org.fieldstock.application.stocktake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.stocktake.CountLine;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;

/** What the stocktake screens and REST show: a campaign with its sheets, and one sheet with its lines. */
public final class StocktakeViews {

    private StocktakeViews() {
    }

    /** A sheet in the campaign's list: its figures and whether it is late. */
    public record SheetRow(CountSheet sheet, SheetTotals totals, boolean late) {
    }

    /**
     * A campaign with a page of the sheets the caller may see, and the figures over all of them.
     */
    public record CampaignOverview(StocktakeCampaign campaign, Page<SheetRow> sheets, boolean mayDiscard,
            Figures figures) {

        public long lines() {
            return figures.lines();
        }

        public long counted() {
            return figures.counted();
        }

        public BigDecimal gainValue() {
            return figures.gainValue();
        }

        public BigDecimal lossValue() {
            return figures.lossValue();
        }

        public BigDecimal bookValue() {
            return figures.bookValue();
        }

        public long late() {
            return figures.late();
        }
    }

    /** A campaign's figures over the sheets the caller sees (the values of a blind count's hidden sheets left out). */
    public record Figures(long lines, long counted, BigDecimal gainValue, BigDecimal lossValue, BigDecimal bookValue,
            long late) {

        static Figures of(List<SheetTotals> visible, long late) {
            return new Figures(visible.stream().mapToLong(SheetTotals::lines).sum(),
                    visible.stream().mapToLong(SheetTotals::counted).sum(), sum(visible, SheetTotals::gainValue),
                    sum(visible, SheetTotals::lossValue), sum(visible, SheetTotals::bookValue), late);
        }

        /** The sum over the sheets whose figure the caller may see (a blind count hides its differences). */
        private static BigDecimal sum(List<SheetTotals> visible, Function<SheetTotals, BigDecimal> figure) {
            return visible.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * One sheet for the caller: its lines (book quantities left out when they are hidden from the
     * caller, in a blind count), and what the caller may do with it.
     */
    public record SheetDetail(CountSheet sheet, List<LineView> lines, SheetTotals totals, boolean booksHidden,
            boolean mayCount, boolean mayDecide, boolean late) {
    }

    /**
     * A line as the caller may see it: in a blind count the book quantity, the first count, the books
     * at counting and the variance are null for the counters until every line is counted. The first
     * count is what was counted before any recount (in a blind count, before the books showed).
     */
    public record LineView(int row, Item item, BigDecimal bookQuantity, BigDecimal countedQuantity,
            BigDecimal firstCountedQuantity, BigDecimal expectedQuantity, BigDecimal variance,
            BigDecimal varianceValue, Instant countedAt, String countedBy, String reason, String batchNo,
            LocalDate expiryDate, List<String> serials) {

        static LineView of(int row, CountLine line, boolean booksHidden) {
            return new LineView(row, line.getItem(), booksHidden ? null : line.getBookQuantity(),
                    line.getCountedQuantity(), booksHidden ? null : line.getFirstCountedQuantity(),
                    booksHidden ? null : line.getExpectedQuantity(),
                    booksHidden ? null : line.variance(),
                    booksHidden || !line.isCounted() ? null : line.varianceValue(),
                    line.getCountedAt(), line.getCountedBy(), line.getReason(), line.getBatchNo(),
                    line.getExpiryDate(), line.getSerials());
        }
    }
}
