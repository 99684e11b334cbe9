package org.fieldstock.interfaces.stocktake.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.application.stocktake.StocktakeViews.LineView;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.application.stocktake.StocktakeViews.SheetRow;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.interfaces.shared.MessageBundle;

/** Stocktakes as the API shows them. */
public final class StocktakeJson {

    private StocktakeJson() {
    }

    /**
     * A campaign; with its sheets when read on its own. Progress is how far opening has come, in
     * percent; failure why opening stopped, in the client's language.
     */
    @Schema(name = "Stocktake")
    public record Campaign(long id, String number, String kind, String scope, String period, LocalDate deadline,
            boolean blind, String status, int progress, int storesTotal, int storesFrozen, String failure,
            String remark, String createdBy, Instant createdAt, Instant openedAt, String closedBy, Instant closedAt,
            int version, Totals totals, List<Sheet> sheets) {

        static Campaign of(StocktakeCampaign c, Locale locale) {
            return new Campaign(c.getId(), c.getNumber(), c.getKind().name(), c.getScope().getCode(), c.getPeriod(),
                    c.getDeadline(), c.isBlind(), c.getStatus().name(), c.openingProgress(), c.getStoresTotal(),
                    c.getStoresFrozen(), c.getFailure() == null ? null : MessageBundle.stored(locale, c.getFailure()),
                    c.getRemark(), c.getCreatedBy(), c.getCreatedAt(),
                    c.getOpenedAt(), c.getClosedBy(), c.getClosedAt(), c.getVersion(), null, null);
        }

        static Campaign of(CampaignOverview o, Locale locale) {
            Campaign c = of(o.campaign(), locale);
            return new Campaign(c.id(), c.number(), c.kind(), c.scope(), c.period(), c.deadline(), c.blind(),
                    c.status(), c.progress(), c.storesTotal(), c.storesFrozen(), c.failure(), c.remark(),
                    c.createdBy(), c.createdAt(), c.openedAt(), c.closedBy(), c.closedAt(), c.version(),
                    new Totals(o.lines(), o.counted(), o.gainValue(), o.lossValue(), o.bookValue(), o.late()),
                    o.sheets().rows().stream().map(Sheet::of).toList());
        }
    }

    /** Figures of a campaign (of the sheets the caller sees); values at the items' standard prices, books as frozen. */
    @Schema(name = "StocktakeTotals")
    public record Totals(long lines, long counted, BigDecimal gainValue, BigDecimal lossValue, BigDecimal bookValue,
            long lateSheets) {
    }

    /** A sheet in a campaign's list. Late: not submitted after the deadline. */
    @Schema(name = "CountSheetSummary")
    public record Sheet(long id, String store, String storeUnit, String status, boolean late, long lines, long counted,
            long gainLines, long lossLines, BigDecimal gainValue, BigDecimal lossValue, BigDecimal bookValue,
            int version) {

        static Sheet of(SheetRow row) {
            CountSheet s = row.sheet();
            SheetTotals t = row.totals();
            return new Sheet(s.getId(), s.getStore().getCode(), s.getStore().getOwner().getCode(), s.getStatus().name(),
                    row.late(), t.lines(), t.counted(), t.gainLines(), t.lossLines(), t.gainValue(), t.lossValue(),
                    t.bookValue(), s.getVersion());
        }
    }

    /**
     * One sheet with its lines. In a blind count, bookQuantity, expected and variance are left out
     * for the counters until every line is counted ({@code booksHidden}).
     */
    @Schema(name = "CountSheet")
    public record SheetDetailJson(long id, long campaignId, String campaign, String store, String storeUnit,
            String status, boolean late, boolean booksHidden, boolean mayCount, boolean mayDecide, Instant frozenAt,
            String counter, String witness, String submittedBy, Instant submittedAt, String decidedBy,
            Instant decidedAt, String comment, Adjustment gainDocument, Adjustment lossDocument, long lines,
            long counted, BigDecimal gainValue, BigDecimal lossValue, BigDecimal bookValue, int version,
            List<Line> items) {

        static SheetDetailJson of(SheetDetail d) {
            CountSheet s = d.sheet();
            SheetTotals t = d.totals();
            return new SheetDetailJson(s.getId(), s.getCampaign().getId(), s.getCampaign().getNumber(),
                    s.getStore().getCode(), s.getStore().getOwner().getCode(), s.getStatus().name(), d.late(),
                    d.booksHidden(), d.mayCount(), d.mayDecide(), s.getFrozenAt(), s.getCountedBy(),
                    s.getWitnessedBy(), s.getSubmittedBy(), s.getSubmittedAt(), s.getDecidedBy(), s.getDecidedAt(),
                    s.getDecisionComment(), Adjustment.of(s.getGainDocument()), Adjustment.of(s.getLossDocument()),
                    t.lines(), t.counted(), t.gainValue(), t.lossValue(), t.bookValue(), s.getVersion(),
                    d.lines().stream().map(Line::of).toList());
        }
    }

    /** A document an approved sheet posted. */
    @Schema(name = "StocktakeAdjustment")
    public record Adjustment(long id, String number, String category) {

        static Adjustment of(StockDocument d) {
            return d == null ? null : new Adjustment(d.getId(), d.getNumber(), d.getCategory().name());
        }
    }

    /**
     * A line: book quantity frozen at opening; firstCounted, the count before any recount (in a blind
     * count, before the books showed); expected, the books at the moment of counting;
     * variance = counted − expected (positive: gain 盘盈), valued at the item's standard price.
     */
    @Schema(name = "CountLine")
    public record Line(int row, String item, String nameZh, String nameEn, String spec, String unit,
            BigDecimal unitPrice, BigDecimal bookQuantity, BigDecimal counted, BigDecimal firstCounted,
            BigDecimal expected, BigDecimal variance, BigDecimal varianceValue, Instant countedAt, String countedBy,
            String reason, String batch, LocalDate expiry, List<String> serials) {

        static Line of(LineView l) {
            return new Line(l.row(), l.item().getCode(), l.item().getNameZh(), l.item().getNameEn(), l.item().getSpec(),
                    l.item().getUnitEn(), l.item().getUnitPrice(), plain(l.bookQuantity()), plain(l.countedQuantity()),
                    plain(l.firstCountedQuantity()), plain(l.expectedQuantity()), plain(l.variance()),
                    l.varianceValue(), l.countedAt(), l.countedBy(), l.reason(), l.batchNo(), l.expiryDate(),
                    l.serials());
        }

        private static BigDecimal plain(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }
}
