package org.fieldstock.interfaces.stocktake.web;

import java.io.Serializable;
import java.math.BigDecimal;

import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.application.stocktake.StocktakeViews.SheetRow;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.interfaces.shared.StoreRef;

/**
 * A campaign's page as the service's overview gives it: the campaign, whether it may be discarded,
 * and the totals over the sheets the user may see (the sheets themselves are a lazy table's pages).
 */
public record CampaignPage(CampaignRow campaign, boolean mayDiscard, long lines, long counted,
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
        return new CampaignPage(CampaignRow.of(overview.campaign()), overview.mayDiscard(), overview.lines(),
                overview.counted(), overview.gainValue(), overview.lossValue(), overview.bookValue(), overview.late());
    }

    /** The overview's page of sheets as the table shows them. */
    static Page<Sheet> sheets(CampaignOverview overview) {
        return overview.sheets().map(Sheet::of);
    }
}
