package org.fieldstock.it;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.fieldstock.application.audit.AuditService;
import org.fieldstock.application.backup.BackupService;
import org.fieldstock.application.closing.MonthClosingService;
import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.application.dailyreport.ReconciliationService;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.RepairTracking;
import org.fieldstock.application.golive.GoLiveImportService;
import org.fieldstock.application.golive.ImportRequest;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.item.ItemMasterService;
import org.fieldstock.application.organisation.OrganisationService;
import org.fieldstock.application.request.ItemRequestService;
import org.fieldstock.application.requisition.DemandPlanService;
import org.fieldstock.application.requisition.MinimumStockService;
import org.fieldstock.application.toolloan.ToolLoanService;
import org.fieldstock.application.freight.FreightService;
import org.fieldstock.application.report.StockSummaryService;
import org.fieldstock.application.stock.BinLocationService;
import org.fieldstock.domain.item.AbcClass;
import org.fieldstock.application.receiving.ReceivingService;
import org.fieldstock.domain.receiving.DiscrepancyKind;
import org.fieldstock.application.document.OutboundCheckService;
import org.fieldstock.domain.toolloan.ReturnCondition;
import org.fieldstock.application.requisition.RequisitionDraft;
import org.fieldstock.application.requisition.RequisitionProgress;
import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.application.requisition.ShippedFirstService;
import org.fieldstock.application.stock.DailyLedgerService;
import org.fieldstock.application.stock.StockCheckService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.application.stocktake.CampaignDraft;
import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.application.supplier.SupplierService;
import org.fieldstock.application.transfer.TransferDraft;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.application.user.ApiTokenService;
import org.fieldstock.application.user.UserAdminService;
import org.fieldstock.domain.audit.AuditSearch;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentSearch;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemDetails;
import org.fieldstock.domain.item.RepairClass;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stocktake.CampaignKind;
import org.fieldstock.domain.transfer.TransferSearch;

/**
 * Test-only door straight into the EJB services, deployed by {@link AuthorisationMatrixIT} next to
 * the real application: each call runs one service method as the authenticated caller and answers
 * what the service did ({@code ok}, {@code denied}, {@code not-found}, {@code invalid},
 * {@code conflict}, {@code yes}/{@code no} for "does the list contain it", {@code some}/{@code none}
 * for "is the list empty"). No REST resource of
 * the application sits in between, so the matrix checks the service layer itself.
 */
@Path("it/service-matrix")
@RequestScoped
public class ServiceMatrixProbe {

    static final String ITEM = "SP-GBX-0006";
    /** A tool counted in units, not kept by serial (an infrared thermometer): what the loan cells lend. */
    static final String TOOL = "TL-GNL-0012";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    /** A day's report only this probe makes (the REST matrix reports the day after). */
    private static final LocalDate REPORT_DAY = LocalDate.now().minusDays(41);

    @EJB
    private StockDocumentService documents;
    @EJB
    private StockQueryService stock;
    @EJB
    private CatalogService catalog;
    @EJB
    private StockCheckService stockCheck;
    @EJB
    private AuditService audit;
    @EJB
    private UserAdminService users;
    @EJB
    private ApiTokenService tokens;
    @EJB
    private OrganisationService organisation;
    @EJB
    private SupplierService suppliers;
    @EJB
    private ItemMasterService itemMaster;
    @EJB
    private ItemRequestService itemRequests;
    @EJB
    private TransferService transfers;
    @EJB
    private StocktakeService stocktakes;
    @EJB
    private MonthClosingService closing;
    @EJB
    private DailyLedgerService dailyLedger;

    @EJB
    private FailedPartService failedParts;

    @EJB
    private RepairTracking repairTracking;
    @EJB
    private DailyReportService dailyReports;
    @EJB
    private ReconciliationService reconciliation;
    @EJB
    private RequisitionService requisitions;
    @EJB
    private MinimumStockService minimumStock;
    @EJB
    private ShippedFirstService shippedFirst;
    @EJB
    private RequisitionProgress progress;
    @EJB
    private DemandPlanService demandPlan;
    @EJB
    private GoLiveImportService goLive;
    @EJB
    private BackupService backups;
    @EJB
    private ToolLoanService toolLoans;
    @EJB
    private OutboundCheckService outboundChecks;
    @EJB
    private ReceivingService receiving;
    @EJB
    private BinLocationService bins;
    @EJB
    private FreightService freight;
    @EJB
    private StockSummaryService stockSummaries;

    /** The id of what the action created, when a later call needs it. */
    private Long createdId;

    @POST
    @Path("{action}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject run(@PathParam("action") String action, @QueryParam("id") Long id,
            @QueryParam("store") String store, @QueryParam("code") String code) {
        String outcome = outcome(() -> perform(action, id, store, code));
        return createdId == null ? Json.createObjectBuilder().add("outcome", outcome).build()
                : Json.createObjectBuilder().add("outcome", outcome).add("id", createdId).build();
    }

    private String perform(String action, Long id, String store, String code) {
        return switch (action) {
            case "search-sees" -> contains(documents.page(new DocumentSearch(null, DocumentStatus.SAVED, null, null,
                    null, null), everything()).rows().stream().map(d -> d.getId()).toList(), id);
            case "find" -> done(documents.find(id));
            case "history" -> done(documents.historyOf(id));
            case "history-by-number" -> done(documents.historyByNumber(code));
            case "ledger" -> done(documents.ledgerOf(id));
            case "create" -> done(documents.create(purchase(store)));
            case "modify" -> done(documents.modify(id, null, purchase(store)));
            case "review" -> done(documents.review(id, null));
            case "unreview" -> done(documents.unreview(id, null));
            case "return-draft" -> done(documents.returnDraftOf(id));
            case "delete" -> {
                documents.delete(id, null);
                yield "ok";
            }
            case "on-hand" -> done(stock.onHand(store));
            case "item-on-hand" -> done(stock.onHand(store, ITEM));
            case "movements" -> done(stock.movements(store, ITEM));
            case "batches" -> done(stock.batches(store, ITEM));
            case "serials" -> done(stock.serials(store, ITEM));
            case "suggest-issue" -> done(stock.suggestIssue(store, ITEM, BigDecimal.ONE));
            case "store" -> done(stock.store(store));
            case "stores-sees" -> contains(codes(catalog.stores()), store);
            case "entry-stores-sees" -> contains(codes(catalog.storesForEntry()), store);
            case "turbines" -> catalog.turbinesFor(store).isEmpty() ? "none" : "some";
            case "items" -> done(catalog.searchItems("GBX"));
            case "suppliers" -> done(catalog.suppliers());
            case "stock-check" -> done(stockCheck.discrepancies(PageRequest.firstRows(50)));
            case "audit" -> done(audit.page(new AuditSearch(null, null, null, null, null), PageRequest.firstRows(5)));
            case "users" -> done(users.users());
            case "reset-password" -> done(users.resetPassword("nobody.here"));
            case "own-tokens" -> done(tokens.mine());
            case "org-unit" -> done(organisation.orgUnit(code));
            case "create-site" -> done(organisation.createOrgUnit(code, OrgUnitKind.SITE, "矩阵测试风场",
                    "Matrix test site", "NC", null));
            case "rename-store" -> done(organisation.renameStore(code, "矩阵测试库", "Matrix test store", null));
            case "create-supplier" -> done(suppliers.create(code, "矩阵测试供应商", "Matrix test supplier"));
            case "add-turbine" -> done(organisation.addTurbine("ZBET", code, "GW-121"));
            case "next-item-code" -> done(itemMaster.nextCode(ItemCategory.SPARE, "GBX"));
            case "create-item" -> done(itemMaster.create(code, ItemDetails.cleaned("矩阵测试件", "Matrix test part",
                    null, "个", "pc", ItemCategory.SPARE, RepairClass.I, null, null, null, false)));
            case "submit-request" -> {
                createdId = itemRequests.submit(code, "矩阵测试件", "M8", "个", "service matrix",
                        List.of(TestPictures.png(Color.BLUE))).getId();
                yield "ok";
            }
            case "read-request" -> done(itemRequests.request(id));
            case "requests-see" -> contains(itemRequests.requests(null, everything()).rows().stream().map(r -> r.getId()).toList(), id);
            case "reject-request" -> done(itemRequests.reject(id, "service matrix", null));
            // transfer slips: store is the sending store, code the receiving one
            case "transfer-search-sees" -> contains(transfers.search(new TransferSearch(null, null, null, null, null),
                    everything()).rows().stream().map(s -> s.getId()).toList(), id);
            case "transfer-find" -> done(transfers.find(id));
            case "transfer-create" -> done(transfers.create(transfer(store, code)));
            case "transfer-modify" -> done(transfers.modify(id, null, transfer(store, code)));
            case "transfer-delete" -> {
                transfers.delete(id, null);
                yield "ok";
            }
            case "transfer-review" -> done(transfers.review(id, null));
            case "transfer-unreview" -> done(transfers.unreview(id, null));
            case "transfer-arrival" -> done(transfers.recordArrival(id, null, LocalDate.now(), List.of()));
            case "transfer-approve-loss" -> done(transfers.approveLoss(id, null));
            case "transfer-withdraw-loss" -> done(transfers.withdrawLossApproval(id, null));
            case "transfer-report" -> done(transfers.agreedCrossBu(YearMonth.from(DAY)));
            case "transfer-in-transit" -> done(transfers.inTransit(null));
            case "transfer-work" -> done(transfers.workFor());
            case "transfer-document-by-hand" -> done(documents.create(new DocumentDraft(
                    DocumentCategory.GOOD_TRANSFER_IN, store, null, null, DAY, "service matrix",
                    List.of(new DocumentDraft.Line(ITEM, BigDecimal.ONE, null, null, null, null, null)))));
            case "stocktake-open" -> done(stocktakes.open(new CampaignDraft("QUARTERLY".equals(code)
                    ? CampaignKind.QUARTERLY : CampaignKind.MONTHLY, "QUARTERLY".equals(code) ? null : code,
                    LocalDate.now().minusDays(1), false, "service matrix")));
            case "stocktake-open-quarterly" -> done(stocktakes.open(new CampaignDraft(CampaignKind.QUARTERLY, code,
                    LocalDate.now().minusDays(1), false, "service matrix")));
            case "stocktake-campaigns" -> done(stocktakes.campaigns(PageRequest.firstRows(50)));
            case "stocktake-sheet" -> done(stocktakes.sheet(id));
            case "stocktake-count" -> done(stocktakes.enterCounts(id, null, null, List.of()));
            case "stocktake-approve" -> done(stocktakes.approve(id, null, null));
            case "stocktake-close" -> done(stocktakes.close(id, -1));
            case "month-close" -> done(closing.close(code, YearMonth.now()));
            case "month-reopen" -> done(closing.reopen(code, YearMonth.now().minusMonths(1), "service matrix"));
            case "months" -> done(closing.months(null));
            case "daily-ledger" -> done(dailyLedger.day(code, LocalDate.now()));
            case "daily-ledger-days" -> done(dailyLedger.days(code, LocalDate.now().minusDays(1), LocalDate.now()));
            case "failed-part-register" -> done(failedParts.register(new RegisterSearch(code, null, null, null, null,
                    null, null)));
            case "failed-part-sites" -> done(failedParts.sites());
            case "failed-part-site" -> done(failedParts.site(code));
            case "failed-part-returns" -> done(failedParts.returns());
            case "failed-part-hub" -> done(repairTracking.hub());
            case "failed-part-serial" -> done(failedParts.history("SP-PIT-0001", code));
            case "failed-part-return-slip" -> done(failedParts.returnSlip(code, List.of()));
            case "failed-part-warranty" -> done(failedParts.recordWarrantyRepair("TL-GNL-0001", code, LocalDate.now(),
                    "matrix", "matrix"));
            case "on-hand-at" -> done(stock.onHandAt(store, LocalDate.now().minusDays(1)));
            case "daily-report-submit" -> done(dailyReports.submit(code, REPORT_DAY,
                    new DailyReportDraft("service matrix", List.of()), null));
            case "daily-report-read" -> done(dailyReports.find(code, REPORT_DAY));
            case "daily-report-draft" -> done(dailyReports.draft(code, REPORT_DAY, null));
            case "daily-reports" -> done(dailyReports.punctuality(null, null, null, PageRequest.firstRows(50)));
            case "reconciliation" -> done(reconciliation.of(code, null));
            case "requisition-list" -> done(requisitions.list(null, false));
            case "requisition-create" -> {
                Requisition made = requisitions.create(new RequisitionDraft(code, "service matrix", List.of(
                        new RequisitionDraft.Line(ITEM, null, null, BigDecimal.ONE, null, "service matrix"))));
                createdId = made.getId();
                yield "ok";
            }
            case "requisition-find" -> done(requisitions.find(id));
            case "requisition-step" -> done(requisitions.perform(id, RequisitionAction.valueOf(code), null,
                    "service matrix"));
            case "requisition-ship" -> done(requisitions.shipFromCentralStore(id, List.of()));
            case "shipped-first-list" -> done(shippedFirst.awaiting(null));
            case "weekly-progress" -> done(progress.week(code, null));
            case "requisition-photo" -> done(requisitions.addPhoto(id, TestPictures.png(java.awt.Color.RED)));
            case "demand-plan-sheet" -> done(demandPlan.sheet(LocalDate.now().getYear() + 1, code));
            case "demand-plan-import" -> done(demandPlan.importPlan(LocalDate.now().getYear() + 1, List.of()));
            case "import-items-dry-run" -> done(goLive.start(probeImport(ImportSheet.ITEMS, Map.of("code",
                    "SP-PROBE-0001", "name_zh", "探针", "name_en", "Probe", "unit_zh", "个", "unit_en", "pc", "category",
                    "SPARE", "repair_class", "II"))));
            case "import-users-dry-run" -> done(goLive.start(probeImport(ImportSheet.USERS, Map.of("username",
                    "probe.user", "display_name", "Probe", "org_unit", "NC", "roles", "VIEWER"))));
            case "import-runs" -> done(goLive.latest(5));
            case "backups" -> done(backups.backups());
            case "shipped-first-link" -> done(shippedFirst.followPurchase(id, code));
            case "minimum-stock-set" -> done(minimumStock.set(store, ITEM, BigDecimal.ZERO, null));
            case "minimum-stock-alerts" -> done(minimumStock.belowMinimum());
            case "outbound-checks" -> done(outboundChecks.rules());
            case "outbound-check-require" -> {
                // removed at once, so that no other cell waits for a check
                outboundChecks.remove(outboundChecks.require(code, DocumentCategory.REPAIR_RETURN).getId());
                yield "ok";
            }
            case "check" -> done(documents.check(id, null));
            case "receiving-to-count" -> done(receiving.toCount(false));
            case "discrepancies" -> done(receiving.search(true));
            case "discrepancy-report" -> done(receiving.report(code, DiscrepancyKind.DAMAGED_PACKAGING, null, null,
                    "service matrix"));
            case "papers" -> done(documents.attachPapers(id, null, "DN-PROBE"));
            case "bins" -> done(bins.cards(store));
            case "bin-place" -> done(bins.place(store, ITEM, "M1", null, null));
            case "abc" -> done(bins.classify(ITEM, AbcClass.B));
            case "freight-month" -> done(freight.month(null, null));
            case "stock-summary" -> done(stockSummaries.summary(java.time.YearMonth.now(), code, null, false));
            case "freight-approve" -> done(freight.decide(id, true, null));
            case "tool-lend" -> done(toolLoans.lend(new ToolLoanService.LoanDraft(store, TOOL, null, BigDecimal.ONE,
                    "matrix", null, null, java.time.LocalDate.now().plusDays(1))));
            case "tool-loans" -> done(toolLoans.search(null, true, false));
            case "tool-take-back" -> done(toolLoans.takeBack(id, null, new ToolLoanService.ReturnDraft(null,
                    ReturnCondition.FINE, null, null)));
            case "minimum-stock-requisition" -> done(minimumStock.draftShortfalls(code));
            default -> throw new IllegalArgumentException("no such probe action: " + action);
        };
    }

    private static String outcome(Supplier<String> call) {
        try {
            return call.get();
        } catch (EJBAccessException e) {
            return "denied";
        } catch (BusinessException e) {
            return switch (e.getKind()) {
                case FORBIDDEN -> "denied";
                case NOT_FOUND -> "not-found";
                case INVALID -> "invalid";
                case CONFLICT -> "conflict";
            };
        }
    }

    private static DocumentDraft purchase(String store) {
        return new DocumentDraft(DocumentCategory.PURCHASE, store, "SUP-005", null, DAY, "service matrix",
                List.of(new DocumentDraft.Line(ITEM, BigDecimal.ONE, null, null, null, null, null)));
    }

    private static TransferDraft transfer(String from, String to) {
        return new TransferDraft(StoreKind.GOOD, from, to, DAY, null, null, null, "service matrix",
                List.of(new DocumentDraft.Line(ITEM, BigDecimal.ONE, null, null, null, null, null)));
    }

    private static List<String> codes(List<Store> stores) {
        return stores.stream().map(Store::getCode).toList();
    }

    /** The largest page a list answers: the probe's rows are among the newest. */
    private static PageRequest everything() {
        return PageRequest.firstRows(PageRequest.MAX_SIZE);
    }

    private static String contains(Collection<?> values, Object wanted) {
        return values.contains(wanted) ? "yes" : "no";
    }

    private static String done(Object result) {
        return "ok";
    }

    /** A dry run of one row of a sheet, as if read from a CSV file. */
    private static ImportRequest probeImport(ImportSheet sheet, Map<String, String> cells) {
        return new ImportRequest("probe.csv", new byte[] {1}, "0".repeat(64), sheet,
                List.of(new ImportRow(sheet, 2, cells)), List.of(), true, null);
    }
}
