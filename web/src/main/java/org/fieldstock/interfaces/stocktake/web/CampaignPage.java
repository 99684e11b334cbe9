package org.fieldstock.interfaces.stocktake.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.application.stocktake.StocktakeViews.SheetRow;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * A campaign's page as the service's overview gives it: the campaign, the sheets the user may see
 * with their figures, whether it may be discarded, and the totals over the sheets.
 */
public record CampaignPage(CampaignRow campaign, List<Sheet> sheets, boolean mayDiscard, long lines, long counted,
        BigDecimal gainValue, BigDecimal lossValue, BigDecimal bookValue, long late) implements Serializable {

    /** A store's sheet in the campaign: the sheet, its figures, and whether it is late. */
    public record Sheet(Summary sheet, SheetTotals totals, boolean late) implements Serializable {

        static Sheet of(SheetRow row) {
            CountSheet sheet = row.sheet();
            return new Sheet(new Summary(sheet.getId(), StoreRef.of(sheet.getStore()), sheet.getStatus(),
                    sheet.getCountedBy(), sheet.getWitnessedBy()), row.totals(), row.late());
        }
    }

    /** What the list shows of a sheet: its store, its state and the counting team. */
    public record Summary(long id, StoreRef store, SheetStatus status, String countedBy, String witnessedBy)
            implements Serializable {
    }

    static CampaignPage of(CampaignOverview overview) {
        return new CampaignPage(CampaignRow.of(overview.campaign()),
                overview.sheets().stream().map(Sheet::of).toList(), overview.mayDiscard(), overview.lines(),
                overview.counted(), overview.gainValue(), overview.lossValue(), overview.bookValue(), overview.late());
    }
}
