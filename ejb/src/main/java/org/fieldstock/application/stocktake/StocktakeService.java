package org.fieldstock.application.stocktake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.closing.ClosedMonths;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.stock.StockPosting;
import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.application.stocktake.StocktakeViews.SheetDetail;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stocktake.CampaignKind;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.domain.stocktake.CountEntry;
import org.fieldstock.domain.stocktake.CountLine;
import org.fieldstock.domain.stocktake.CountSheet;
import org.fieldstock.domain.stocktake.SheetStatus;
import org.fieldstock.domain.stocktake.SheetTotals;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.domain.stocktake.StocktakeRepository;
import org.fieldstock.domain.stocktake.StoreBeingCounted;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Stocktakes: open a campaign (its sheets are frozen in the background), count on screen, through
 * REST or by importing a workbook, submit, and approve (posting the adjustments) or send back.
 * Who may do what is checked here for every door: opening by the planning office (any campaign)
 * or a BU accountant (the own BU's monthly or quarterly count); counting by whoever enters documents
 * for the store; deciding by the store's BU manager or the planning office.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class StocktakeService {

    @Inject
    private StocktakeRepository stocktakes;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private StockLedger ledger;

    @Inject
    private StockPosting posting;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private StocktakeReading reading;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClosedMonths closedMonths;

    @Inject
    private Event<StocktakeOpening.CampaignCreated> created;

    /**
     * Opens a campaign over the active stores of its scope, one sheet each; the books are frozen in
     * the background (the campaign shows its progress) and counting starts once all are.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public StocktakeCampaign open(CampaignDraft draft) {
        Caller caller = currentCaller.get();
        if (draft.kind() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "stocktake.kind.required");
        }
        OrgUnit scope = scopeOf(draft, caller);
        if (scope == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "stocktake.scope.required");
        }
        caller.requireStocktakeRight(scope);
        // one opening at a time, everywhere: two at once would both find the stores free and count them twice
        planningOffice().flatMap(office -> organisation.orgUnitByCodeForUpdate(office.getCode()));
        List<Store> stores = scope == null ? List.of() : storesOf(scope);
        LocalDate today = LocalDate.now();
        List<Problem> problems = StocktakeCampaign.check(draft.kind(), scope, draft.deadline(), draft.remark(),
                stores.size(), today);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        StoreBeingCounted.requireNone(stocktakes.beingCounted(stores.stream().map(Store::getId).toList()));
        Instant now = Instant.now();
        StocktakeCampaign campaign = new StocktakeCampaign(stocktakes.nextNumber(today), draft.kind(), scope,
                draft.deadline(), draft.blind(), draft.remark(), stores.size(), today, caller.getUsername(), now);
        stocktakes.add(campaign);
        stores.forEach(store -> stocktakes.add(new CountSheet(campaign, store)));
        audit.record(caller.getUsername(), AuditAction.STOCKTAKE_OPENED, AuditSubject.STOCKTAKE, campaign.getNumber(),
                scope.getCode(), draft.kind() + " " + campaign.getPeriod() + " " + stores.size());
        created.fire(new StocktakeOpening.CampaignCreated(campaign.getId()));
        return campaign;
    }

    private OrgUnit scopeOf(CampaignDraft draft, Caller caller) {
        if (draft.scopeCode() == null || draft.scopeCode().isBlank()) {
            // a quarterly count without a scope is the whole organisation's; a monthly one the caller's own BU's
            return draft.kind() == CampaignKind.MONTHLY ? caller.getOrgUnit().businessUnit()
                    : planningOffice().orElse(null);
        }
        return organisation.orgUnitByCode(draft.scopeCode().strip())
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "stocktake.scope.unknown",
                        draft.scopeCode().strip()));
    }

    private Optional<OrgUnit> planningOffice() {
        return organisation.allOrgUnits().stream().filter(u -> u.getKind() == OrgUnitKind.PLANNING_OFFICE).findFirst();
    }

    /** Every active store for the planning office; a BU's own and its sites' for a BU. */
    private List<Store> storesOf(OrgUnit scope) {
        return organisation.allStores().stream().filter(Store::isActive)
                .filter(store -> scope.getKind() == OrgUnitKind.PLANNING_OFFICE
                        || store.businessUnit() != null && store.businessUnit().getCode().equals(scope.getCode()))
                .sorted(Comparator.comparing(Store::getCode))
                .toList();
    }

    /** Removes a campaign whose opening failed, so that its stores can be counted in another. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public void discard(long campaignId) {
        Caller caller = currentCaller.get();
        StocktakeCampaign campaign = stocktakes.findForUpdate(campaignId)
                .filter(c -> reading.maySee(caller, c))
                .orElseThrow(() -> new NotFoundException("stocktake.notFound", campaignId));
        caller.requireStocktakeRight(campaign.getScope());
        if (campaign.getStatus() != CampaignStatus.FAILED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.campaign.notFailed",
                    campaign.getNumber());
        }
        stocktakes.discard(campaign);
        audit.record(caller.getUsername(), AuditAction.STOCKTAKE_DISCARDED, AuditSubject.STOCKTAKE,
                campaign.getNumber(), campaign.getScope().getCode(), String.valueOf(campaign.getFailure()));
    }

    /**
     * Closes an open campaign: sheets not approved by then are left unadjusted and their stores free
     * for the next count. Refused while a submitted sheet waits for its decision.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public StocktakeCampaign close(long campaignId, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        StocktakeCampaign campaign = stocktakes.findForUpdate(campaignId)
                .filter(c -> reading.maySee(caller, c))
                .orElseThrow(() -> new NotFoundException("stocktake.notFound", campaignId));
        caller.requireStocktakeRight(campaign.getScope());
        VersionCheck.require(expectedVersion, campaign.getVersion(), "stocktake.changedMeanwhile",
                campaign.getNumber());
        // locked, so that no sheet is submitted while the campaign closes (it could not be decided after)
        List<CountSheet> sheets = stocktakes.lockSheetsOf(campaignId);
        List<String> waiting = sheets.stream()
                .filter(s -> s.getStatus() == SheetStatus.SUBMITTED).map(s -> s.getStore().getCode()).toList();
        if (!waiting.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.close.submittedSheets",
                    campaign.getNumber(), String.join(", ", waiting));
        }
        campaign.close(caller.getUsername(), Instant.now());
        // the sheets left undecided are final now too: their figures are kept, added up once
        Map<Long, SheetTotals> totals = stocktakes.totals(campaignId);
        for (CountSheet sheet : sheets) {
            if (sheet.keptTotals().isEmpty()) {
                sheet.keepTotalsOfClosedCampaign(totals.getOrDefault(sheet.getId(), SheetTotals.none(sheet.getId())));
            }
        }
        audit.record(caller.getUsername(), AuditAction.STOCKTAKE_CLOSED, AuditSubject.STOCKTAKE, campaign.getNumber(),
                campaign.getScope().getCode(), "");
        return campaign;
    }

    /**
     * The org units whose stores the caller may open (and so close) a campaign over: the planning
     * office and BUs, or the own BU.
     */
    public List<OrgUnit> openableScopes() {
        Caller caller = currentCaller.get();
        return organisation.allOrgUnits().stream()
                .filter(u -> u.getKind() == OrgUnitKind.PLANNING_OFFICE || u.getKind() == OrgUnitKind.BU)
                .filter(caller::mayOpenStocktake)
                .sorted(Comparator.comparing((OrgUnit u) -> u.getKind()).thenComparing(OrgUnit::getCode))
                .toList();
    }

    /**
     * The campaigns the caller may open, for a screen to offer: the planning office's quarterly count
     * of every store first, then per BU its monthly count (the usual one) and its quarterly count.
     */
    public List<CampaignChoice> openableCampaigns() {
        return openableScopes().stream()
                .flatMap(scope -> Stream.of(CampaignKind.MONTHLY, CampaignKind.QUARTERLY)
                        .filter(kind -> kind.countsStoresOf(scope.getKind()))
                        .map(kind -> CampaignChoice.of(kind, scope)))
                .toList();
    }

    /** A page of the campaigns with a sheet the caller may see, newest first. */
    public Page<StocktakeCampaign> campaigns(PageRequest request) {
        return reading.campaigns(currentCaller.get(), request);
    }

    /** A campaign the caller may see, without its sheets. */
    public StocktakeCampaign campaign(long campaignId) {
        return reading.visibleCampaign(campaignId, currentCaller.get());
    }

    /** A campaign with a page of the sheets the caller may see, each with its figures and whether it is late. */
    public CampaignOverview overview(long campaignId, PageRequest request) {
        return reading.overview(campaignId, currentCaller.get(), request);
    }

    /** The ids of every sheet of the campaign the caller may see, by store code. */
    public List<Long> sheetIds(long campaignId) {
        return reading.sheetIds(campaignId, currentCaller.get());
    }

    /** One sheet with its lines as the caller may see them. */
    public SheetDetail sheet(long sheetId) {
        Caller caller = currentCaller.get();
        return reading.detail(reading.visibleSheet(sheetId, caller, false), caller);
    }

    private SheetDetail detail(CountSheet sheet, Caller caller) {
        return reading.detail(sheet, caller);
    }

    /** Names who counted and who witnessed (监盘). */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public SheetDetail nameTeam(long sheetId, Integer expectedVersion, String counter, String witness) {
        Caller caller = currentCaller.get();
        CountSheet sheet = lockForCounting(sheetId, expectedVersion, caller);
        sheet.nameTeam(counter, witness);
        return detail(sheet, caller);
    }

    /**
     * Records counts, all or none: each is checked (an item known but not on the sheet is a find and
     * gets a line of its own) and compared with the books at the moment of counting, now unless
     * given (a count made earlier and entered later).
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public SheetDetail enterCounts(long sheetId, Integer expectedVersion, Instant countedAt, List<CountEntry> entries) {
        return importCounts(sheetId, expectedVersion, countedAt, entries, List.of());
    }

    /**
     * Records the counts of an imported workbook: nothing at all when any row is bad, whether the
     * reader already found it unreadable ({@code unreadable}) or the rules refuse it.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public SheetDetail importCounts(long sheetId, Integer expectedVersion, Instant countedAt, List<CountEntry> entries,
            List<Problem> unreadable) {
        Caller caller = currentCaller.get();
        CountSheet sheet = lockForCounting(sheetId, expectedVersion, caller);
        Instant now = Instant.now();
        Instant at = countedAt == null ? now : countedAt;
        sheet.requireCountingInstant(at, now);
        List<CountLine> lines = stocktakes.linesOf(sheetId);
        Map<String, CountLine> byCode = new LinkedHashMap<>();
        lines.forEach(line -> byCode.put(line.getItem().getCode(), line));
        Map<String, Item> found = new HashMap<>();
        for (CountEntry entry : entries) {
            if (entry.itemCode() != null && !byCode.containsKey(entry.itemCode())) {
                items.byCode(entry.itemCode()).ifPresent(item -> found.put(item.getCode(), item));
            }
        }
        List<Problem> problems = new ArrayList<>(unreadable);
        problems.addAll(CountSheet.check(entries, byCode, found));
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("stocktake.count.none"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        Map<Long, BigDecimal> books = ledger.booksAt(sheet.getStore(), at);
        for (CountEntry entry : entries) {
            CountLine line = byCode.get(entry.itemCode());
            if (line == null) {
                line = sheet.lineForFoundItem(found.get(entry.itemCode()));
                stocktakes.add(line);
                byCode.put(entry.itemCode(), line);
            }
            sheet.record(line, entry, books.getOrDefault(line.getItem().getId(), BigDecimal.ZERO), at,
                    caller.getUsername());
        }
        audit.record(caller.getUsername(), AuditAction.STOCKTAKE_COUNTED, AuditSubject.STOCKTAKE,
                sheet.getCampaign().getNumber(), sheet.getStore().getOwner().getCode(),
                sheet.getStore().getCode() + " " + entries.size());
        return detail(sheet, caller);
    }

    /** Hands the sheet to the BU manager; refused with every uncounted or unexplained line. */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public SheetDetail submit(long sheetId, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        CountSheet sheet = lockForCounting(sheetId, expectedVersion, caller);
        sheet.submit(stocktakes.linesOf(sheetId), caller.getUsername(), Instant.now());
        audited(caller, AuditAction.STOCKTAKE_SUBMITTED, sheet, "");
        return detail(sheet, caller);
    }

    /**
     * Approves a submitted sheet: its gains are posted as a stocktake-gain document, its losses as a
     * stocktake-loss document, both reviewed at once through the normal posting path (so a loss
     * the store cannot cover any more is refused, and nothing is posted).
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.BU_MANAGER_NAME})
    public SheetDetail approve(long sheetId, Integer expectedVersion, String comment) {
        Caller caller = currentCaller.get();
        CountSheet sheet = lockForDeciding(sheetId, expectedVersion, caller);
        Store store = sheet.getStore();
        store.requireActive();
        // the adjustments are dated today
        closedMonths.requireOpen(store, LocalDate.now(), sheet.getCampaign().getNumber());
        List<CountLine> lines = stocktakes.linesOf(sheetId);
        // the balances of both documents locked together, in the order every posting locks them, so that
        // approving cannot deadlock with a document of the same items (new items' rows come with the gains)
        ledger.lockBalances(List.of(store), lines.stream()
                .filter(line -> line.isCounted() && line.variance().signum() != 0).map(CountLine::getItem).toList());
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        String remark = sheet.getCampaign().getNumber() + " " + store.getCode();
        StockDocument gains = adjustment(DocumentCategory.STOCKTAKE_GAIN, store, CountSheet.gains(lines), remark,
                today, caller, now);
        StockDocument losses = adjustment(DocumentCategory.STOCKTAKE_LOSS, store, CountSheet.losses(lines), remark,
                today, caller, now);
        sheet.approve(gains, losses, SheetTotals.of(sheet.getId(), lines), comment, caller.getUsername(), now);
        audited(caller, AuditAction.STOCKTAKE_APPROVED, sheet, (Optional.ofNullable(gains).map(StockDocument::getNumber)
                .orElse("") + " " + Optional.ofNullable(losses).map(StockDocument::getNumber).orElse("")).strip());
        return detail(sheet, caller);
    }

    private StockDocument adjustment(DocumentCategory category, Store store, List<NewLine> lines, String remark,
            LocalDate today, Caller caller, Instant now) {
        if (lines.isEmpty()) {
            return null;
        }
        return posting.addReviewed(new StockDocument(documents.nextNumber(category.type(), today), category, store,
                null, today, remark, lines, caller.getUsername(), now), caller.getUsername());
    }

    /** Sends a submitted sheet back to be counted again, with the reason. */
    @RolesAllowed({Role.PLANNER_NAME, Role.BU_MANAGER_NAME})
    public SheetDetail sendBack(long sheetId, Integer expectedVersion, String comment) {
        Caller caller = currentCaller.get();
        CountSheet sheet = lockForDeciding(sheetId, expectedVersion, caller);
        sheet.sendBack(comment, caller.getUsername(), Instant.now());
        audited(caller, AuditAction.STOCKTAKE_RETURNED, sheet, sheet.getDecisionComment());
        return detail(sheet, caller);
    }

    private CountSheet lockForCounting(long sheetId, Integer expectedVersion, Caller caller) {
        CountSheet sheet = locked(sheetId, expectedVersion, caller);
        if (!caller.mayEnterDocumentsFor(sheet.getStore())) {
            throw new AccessDeniedException("access.denied.count", caller.getUsername(), sheet.getStore().getCode());
        }
        return sheet;
    }

    private CountSheet lockForDeciding(long sheetId, Integer expectedVersion, Caller caller) {
        CountSheet sheet = locked(sheetId, expectedVersion, caller);
        if (!StocktakeReading.mayDecide(caller, sheet.getStore())) {
            throw new AccessDeniedException("access.denied.approveCount", caller.getUsername(),
                    sheet.getStore().getCode());
        }
        return sheet;
    }

    private CountSheet locked(long sheetId, Integer expectedVersion, Caller caller) {
        CountSheet sheet = reading.visibleSheet(sheetId, caller, true);
        VersionCheck.require(expectedVersion, sheet.getVersion(), "stocktake.sheet.changedMeanwhile",
                sheet.getStore().getCode());
        return sheet;
    }

    private void audited(Caller caller, AuditAction action, CountSheet sheet, String detail) {
        audit.record(caller.getUsername(), action, AuditSubject.STOCKTAKE, sheet.getCampaign().getNumber(),
                sheet.getStore().getOwner().getCode(), (sheet.getStore().getCode() + " " + detail).strip());
    }
}
