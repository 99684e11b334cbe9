package org.fieldstock.application.stocktake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.application.stocktake.StocktakeViews.Figures;
import org.fieldstock.application.stocktake.StocktakeViews.LineView;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.application.stocktake.StocktakeViews.SheetRow;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.domain.stocktake.CountLine;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.domain.stocktake.StocktakeRepository;
import org.fieldstock.domain.stocktake.StocktakeRepository.SheetState;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.StoreScope;

/**
 * What the stocktake screens and REST read, apart from the commands: the campaigns and sheets a
 * caller may see, and their figures as the caller may see them (a blind count hides the books from
 * its counters until everything is counted).
 */
@ApplicationScoped
public class StocktakeReading {

    @Inject
    private StocktakeRepository stocktakes;

    /** A page of the campaigns with a sheet the caller may see, newest first ({@link #maySee} in the query). */
    public Page<StocktakeCampaign> campaigns(Caller caller, PageRequest request) {
        return stocktakes.campaigns(caller.readsEveryStore(), caller.getOrgUnit().businessUnit(), request);
    }

    /**
     * A campaign with a page of the sheets the caller may see (read in the database, by store or
     * state), each with its figures and whether it is late, and the figures over all of them (the
     * campaign's lines added up per sheet in one query, the sheets' states read without their lines).
     */
    public CampaignOverview overview(long campaignId, Caller caller, PageRequest request) {
        StocktakeCampaign campaign = visibleCampaign(campaignId, caller);
        // while the books freeze there is nothing to add up yet; the page polls this then
        Map<Long, SheetTotals> totals = campaign.getStatus() == CampaignStatus.OPENING ? Map.of()
                : stocktakes.totals(campaignId);
        LocalDate today = LocalDate.now();
        StoreScope scope = caller.readScope();
        List<SheetTotals> visible = new ArrayList<>();
        long late = 0;
        for (SheetState state : stocktakes.sheetStates(campaignId, scope)) {
            visible.add(visibleTotals(caller, campaign, state.status(), state.store(),
                    totals.getOrDefault(state.sheetId(), SheetTotals.none(state.sheetId()))));
            late += state.status().open() && campaign.isPastDeadline(today) ? 1 : 0;
        }
        Page<SheetRow> rows = stocktakes.sheetsOf(campaignId, scope, request)
                .map(sheet -> new SheetRow(sheet, visibleTotals(caller, campaign, sheet.getStatus(), sheet.getStore(),
                        totals.getOrDefault(sheet.getId(), SheetTotals.none(sheet.getId()))), sheet.isLate(today)));
        return new CampaignOverview(campaign, rows, campaign.getStatus() == CampaignStatus.FAILED
                && caller.mayOpenStocktake(campaign.getScope()), Figures.of(visible, late));
    }

    /** The ids of every sheet of the campaign the caller may see, by store code (for the export of them all). */
    public List<Long> sheetIds(long campaignId, Caller caller) {
        visibleCampaign(campaignId, caller);
        return stocktakes.sheetStates(campaignId, caller.readScope()).stream().map(SheetState::sheetId).toList();
    }

    /** The campaign, if the caller may see it; otherwise it does not exist for them. */
    public StocktakeCampaign visibleCampaign(long campaignId, Caller caller) {
        return stocktakes.find(campaignId).filter(c -> maySee(caller, c))
                .orElseThrow(() -> new NotFoundException("stocktake.notFound", campaignId));
    }

    /** In a blind count the counters see how far they are, not the differences, until every line is counted. */
    private SheetTotals visibleTotals(Caller caller, CountSheet sheet, SheetTotals totals) {
        return visibleTotals(caller, sheet.getCampaign(), sheet.getStatus(), sheet.getStore(), totals);
    }

    private static SheetTotals visibleTotals(Caller caller, StocktakeCampaign campaign, SheetStatus status, Store store,
            SheetTotals totals) {
        boolean hidden = campaign.isBlind() && status.open() && totals.counted() < totals.lines()
                && caller.mayEnterDocumentsFor(store) && !mayDecide(caller, store);
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
