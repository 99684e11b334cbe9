package org.fieldstock.application.stocktake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.application.stocktake.StocktakeViews.LineView;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.application.stocktake.StocktakeViews.SheetRow;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.domain.stocktake.CountLine;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.domain.stocktake.StocktakeRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * What the stocktake screens and REST read, apart from the commands: the campaigns and sheets a
 * caller may see, and their figures as the caller may see them (a blind count hides the books from
 * its counters until everything is counted).
 */
@ApplicationScoped
public class StocktakeReading {

    @Inject
    private StocktakeRepository stocktakes;

    /** The campaigns with a sheet the caller may see, newest first. */
    public List<StocktakeCampaign> campaigns(Caller caller) {
        return stocktakes.campaigns().stream().filter(c -> maySee(caller, c)).toList();
    }

    /** A campaign with the sheets the caller may see, each with its figures and whether it is late. */
    public CampaignOverview overview(long campaignId, Caller caller) {
        StocktakeCampaign campaign = stocktakes.find(campaignId).filter(c -> maySee(caller, c))
                .orElseThrow(() -> new NotFoundException("stocktake.notFound", campaignId));
        // while the books freeze there is nothing to add up yet; the page polls this then
        Map<Long, SheetTotals> totals = campaign.getStatus() == CampaignStatus.OPENING ? Map.of()
                : stocktakes.totals(campaignId);
        LocalDate today = LocalDate.now();
        List<SheetRow> rows = stocktakes.sheetsOf(campaignId).stream()
                .filter(sheet -> caller.mayRead(sheet.getStore()))
                .map(sheet -> new SheetRow(sheet, visibleTotals(caller, sheet,
                        totals.getOrDefault(sheet.getId(), SheetTotals.none(sheet.getId()))), sheet.isLate(today)))
                .toList();
        return new CampaignOverview(campaign, rows, campaign.getStatus() == CampaignStatus.FAILED
                && caller.mayOpenStocktake(campaign.getScope()));
    }

    /** In a blind count the counters see how far they are, not the differences, until every line is counted. */
    private SheetTotals visibleTotals(Caller caller, CountSheet sheet, SheetTotals totals) {
        boolean hidden = sheet.getCampaign().isBlind() && sheet.getStatus().open() && totals.counted() < totals.lines()
                && caller.mayEnterDocumentsFor(sheet.getStore()) && !mayDecide(caller, sheet.getStore());
        return hidden ? totals.withoutDifferences() : totals;
    }

    /** A BU's campaign concerns that BU's people; one of every store everybody. */
    public boolean maySee(Caller caller, StocktakeCampaign campaign) {
        if (caller.readsEveryStore()) {
            return true;
        }
        OrgUnit scope = campaign.getScope();
        OrgUnit mine = caller.getOrgUnit();
        // a BU's campaign (monthly or quarterly) concerns that BU's people; one of every store everybody
        return scope.getKind() == OrgUnitKind.PLANNING_OFFICE
                || mine.businessUnit() != null && mine.businessUnit().getCode().equals(scope.getCode());
    }

    /** A sheet with its lines as the caller may see them (blind counts hide the books from the counters). */
    public SheetDetail detail(CountSheet sheet, Caller caller) {
        List<CountLine> lines = stocktakes.linesOf(sheet.getId());
        boolean mayCount = caller.mayEnterDocumentsFor(sheet.getStore());
        boolean mayDecide = mayDecide(caller, sheet.getStore());
        boolean hidden = mayCount && !mayDecide && sheet.hidesBooksFromCounters(lines);
        List<LineView> views = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            views.add(LineView.of(i + 1, lines.get(i), hidden));
        }
        SheetTotals totals = visibleTotals(caller, sheet, SheetTotals.of(sheet.getId(), lines));
        return new SheetDetail(sheet, views, totals, hidden, mayCount && sheet.getStatus().open(),
                mayDecide && sheet.getStatus() == SheetStatus.SUBMITTED,
                sheet.isLate(LocalDate.now()));
    }

    /** Who approves or sends back a store's count: the planning office, or the manager of the store's BU. */
    public static boolean mayDecide(Caller caller, Store store) {
        return caller.has(Role.PLANNER) || caller.has(Role.BU_MANAGER) && caller.mayApproveFor(store);
    }

    /** The sheet, read or locked, if the caller may read its store; otherwise it does not exist for them. */
    public CountSheet visibleSheet(long sheetId, Caller caller, boolean lock) {
        return (lock ? stocktakes.findSheetForUpdate(sheetId) : stocktakes.findSheet(sheetId))
                .filter(sheet -> caller.mayRead(sheet.getStore()))
                .orElseThrow(() -> new NotFoundException("stocktake.sheet.notFound", sheetId));
    }
}
