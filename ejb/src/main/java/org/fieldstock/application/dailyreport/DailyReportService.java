package org.fieldstock.application.dailyreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.closing.ClosedMonths;
import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.organisation.SiteLookup;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.dailyreport.DailyReport;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.domain.dailyreport.DailyReportRepository;
import org.fieldstock.domain.dailyreport.Punctuality;
import org.fieldstock.domain.dailyreport.ReportLineInput;
import org.fieldstock.domain.document.CategoryRule;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentCheck;
import org.fieldstock.domain.document.DocumentRule;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.shared.BilingualText;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.SerialText;
import org.fieldstock.domain.shared.StoredMessage;
import org.fieldstock.domain.shared.TextRules;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.supplier.SupplierRepository;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The site's daily report: the keeper submits the day's movements each evening (or says why late),
 * the BU accountant checks them against the catalogue and the books, maps what the site left open,
 * and makes draft documents of them, which are then reviewed as any other. Per site and day it
 * knows whether the report came on time, late or not at all.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class DailyReportService {

    /** When the day's report is due unless {@code fieldstock.daily-report.deadline} says otherwise. */
    public static final LocalTime DEFAULT_DEADLINE = LocalTime.of(20, 0);

    /** The audit trail's detail column. */
    private static final int AUDIT_DETAIL_LENGTH = 1000;

    /** The longest stretch of days the punctuality grid covers at once. */
    public static final int MAX_DAYS = 62;

    @Inject
    private DailyReportRepository reports;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private StockLedger ledger;

    @Inject
    private StockDocumentService documents;

    @Inject
    private ClosedMonths closedMonths;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SiteLookup siteLookup;

    @Inject
    private AuditTrail audit;

    /** What the BU's check says of one line: errors stop documents being made, warnings only tell. */
    public record LineCheck(List<Problem> errors, List<Problem> warnings) {
    }

    /** A report with its checks by line number, and how it stands. */
    public record CheckedReport(DailyReport report, Map<Integer, LineCheck> checks, Punctuality punctuality) {

        public boolean hasErrors() {
            return checks.values().stream().anyMatch(check -> !check.errors().isEmpty());
        }
    }

    /** What the caller may do with a site's reports: report (and correct) its days, make documents of them. */
    public record SiteRights(boolean mayReport, boolean mayDraft) {
    }

    public SiteRights rightsFor(String siteCode) {
        Caller caller = currentCaller.get();
        List<Store> stores = organisation.storesOf(readableSite(siteCode));
        boolean enters = stores.stream().allMatch(caller::mayEnterDocumentsFor);
        boolean bu = caller.has(Role.PLANNER) || caller.has(Role.ACCOUNTANT);
        return new SiteRights(enters && (bu || caller.has(Role.KEEPER)), enters && bu);
    }

    /** One site's days: how each stands, and its report if there is one. */
    public record SiteDays(OrgUnit site, List<SiteDay> days) {
    }

    public record SiteDay(LocalDate day, Punctuality punctuality, DailyReport report) {
    }

    public LocalTime deadline() {
        return ConfigProvider.getConfig().getOptionalValue("fieldstock.daily-report.deadline", String.class)
                .map(LocalTime::parse).orElse(DEFAULT_DEADLINE);
    }

    /**
     * The keeper submits the site's day, or corrects it until the BU has made documents of it. The
     * BU accountant (or the planning office) may do so for the site, as when the ledger came by mail.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public DailyReport submit(String siteCode, LocalDate day, DailyReportDraft draft, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        OrgUnit site = site(siteCode);
        List<Store> stores = organisation.storesOf(site);
        stores.forEach(caller::requireEntryRight);
        if (day == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.date.required");
        }
        closedMonths.requireOpen(stores.get(0), day, null);
        // one submission of a site at a time: the keeper's and the accountant's first reports of a day
        // would otherwise both find none and collide on the (site, day) key
        organisation.orgUnitByCodeForUpdate(site.getCode());
        List<ReportLineInput> lines = resolve(stores, draft == null ? List.of() : draft.lines());
        String lateReason = draft == null ? null : draft.lateReason();
        Instant now = Instant.now();
        Instant due = Punctuality.deadline(day, deadline(), ZoneId.systemDefault());
        Optional<DailyReport> existing = reports.find(site, day);
        DailyReport report;
        if (existing.isPresent()) {
            report = reports.findForUpdate(existing.get().getId()).orElseThrow();
            requireVersion(report, expectedVersion);
            String before = summary(report.getLines());
            report.correct(lines, lateReason, due, caller.getUsername(), now);
            // the lines as they were stay in the audit trail: a correction replaces them
            audited(caller, AuditAction.DAILY_REPORT_CORRECTED, report, before);
        } else {
            report = new DailyReport(site, day, lines, lateReason, LocalDate.now(), due,
                    caller.getUsername(), now);
            reports.add(report);
            audited(caller, AuditAction.DAILY_REPORT_SUBMITTED, report,
                    StoredMessage.of("audit.detail.dailyReport.submitted", lines.size()).encoded());
        }
        return report;
    }

    /**
     * The lines in short, as the audit trail keeps them: store, item, signed quantity, category,
     * balance; the words around them are a message the audit screen shows in the reader's language.
     */
    private static String summary(List<DailyReportLine> lines) {
        if (lines.isEmpty()) {
            return StoredMessage.of("audit.detail.dailyReport.correctedNoLines").encoded();
        }
        String was = lines.stream().map(l -> l.getLineNo() + ") "
                + l.getStore().getCode() + " " + l.getItemCode() + " " + l.getQuantity().stripTrailingZeros()
                .toPlainString() + (l.getCategory() == null ? "" : " " + l.getCategory())
                + (l.getBalance() == null ? "" : " =" + l.getBalance().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining("; "));
        String text = StoredMessage.of("audit.detail.dailyReport.corrected", was).encoded();
        return text.length() <= AUDIT_DETAIL_LENGTH ? text : text.substring(0, AUDIT_DETAIL_LENGTH - 1) + "…";
    }

    private static void requireVersion(DailyReport report, Integer expectedVersion) {
        VersionCheck.require(expectedVersion, report.getVersion(), "dailyReport.changedMeanwhile",
                report.getSite().getCode(), report.getDay());
    }

    /** The site's report of the day with the BU's checks, if it came in. */
    public Optional<CheckedReport> find(String siteCode, LocalDate day) {
        OrgUnit site = readableSite(siteCode);
        return reports.find(site, day == null ? LocalDate.now() : day).map(this::checked);
    }

    /**
     * Makes draft documents of a report: one per store, category and supplier, dated on the report's
     * day, in the order the lines came. Refused while any line has an error; the accountant corrects
     * or maps such lines first. The documents are reviewed as any other.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public DailyReport draft(String siteCode, LocalDate day, Integer expectedVersion) {
        Caller caller = currentCaller.get();
        OrgUnit site = readableSite(siteCode);
        DailyReport report = reports.find(site, day).flatMap(r -> reports.findForUpdate(r.getId()))
                .orElseThrow(() -> new NotFoundException("dailyReport.none", site.getCode(), day));
        organisation.storesOf(site).forEach(caller::requireEntryRight);
        requireVersion(report, expectedVersion);
        CheckedReport checked = checked(report);
        List<Problem> errors = checked.checks().values().stream().flatMap(check -> check.errors().stream()).toList();
        if (!errors.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, errors);
        }
        Map<List<Object>, List<DailyReportLine>> groups = report.getLines().stream().collect(Collectors.groupingBy(
                line -> Arrays.asList(line.getStore().getCode(), line.getCategory(),
                        line.getSupplierCode()), LinkedHashMap::new, Collectors.toList()));
        Map<Integer, String> numbers = new HashMap<>();
        for (List<DailyReportLine> group : groups.values()) {
            DailyReportLine first = group.get(0);
            StockDocument document = documents.create(new DocumentDraft(first.getCategory(),
                    first.getStore().getCode(), first.getSupplierCode(), null, report.getDay(),
                    BilingualText.of("dailyReport.document") + " " + report.getSite().getCode() + " " + report.getDay()
                            + " " + lineNumbers(group),
                    group.stream().map(line -> new DocumentDraft.Line(line.getItemCode(), line.getQuantity().abs(),
                            documentRemark(line), line.getTurbineNo(), documentBatch(line), null,
                            SerialText.split(line.getSerials()))).toList()));
            group.forEach(line -> numbers.put(line.getLineNo(), document.getNumber()));
        }
        report.drafted(numbers, caller.getUsername(), Instant.now());
        audited(caller, AuditAction.DAILY_REPORT_DRAFTED, report, String.join(",", new TreeSet<>(numbers.values())));
        return report;
    }

    /**
     * The report lines a document was made of: "#1,3,4", or their count when they are many. The
     * words of a drafted document's remarks are in Chinese and English (a remark is data, read in
     * either language; the transfer and stocktake documents name only their slip or campaign).
     */
    private static String lineNumbers(List<DailyReportLine> group) {
        return group.size() > 20 ? BilingualText.of("dailyReport.lines", group.size())
                : "#" + group.stream().map(line -> String.valueOf(line.getLineNo())).collect(Collectors.joining(","));
    }

    /**
     * Goods coming in need their batch's expiry date, which a site's ledger does not give: the
     * batch goes into the line's remark for the accountant to complete the document with.
     */
    private static String documentBatch(DailyReportLine line) {
        return line.isIn() ? null : line.getBatchNo();
    }

    private static String documentRemark(DailyReportLine line) {
        if (!line.isIn() || line.getBatchNo() == null) {
            return line.getRemark();
        }
        return (line.getRemark() == null ? "" : line.getRemark() + " ") + BilingualText.of("dailyReport.batch") + " "
                + line.getBatchNo();
    }

    /**
     * How each site's days stand, for the sites of the BU (or of every BU the caller sees when
     * none is named): on time, late, missing, or still due today.
     */
    public List<SiteDays> punctuality(String buCode, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now();
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last : from;
        if (first.isAfter(last)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.range.backwards", first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.range.tooLong", MAX_DAYS);
        }
        List<OrgUnit> sites = sites(buCode);
        Map<List<Object>, DailyReport> byKey = reports.of(sites, first, last).stream()
                .collect(Collectors.toMap(r -> List.of(r.getSite().getId(), r.getDay()), Function.identity()));
        Instant now = Instant.now();
        LocalTime deadline = deadline();
        List<SiteDays> result = new ArrayList<>();
        for (OrgUnit site : sites) {
            List<SiteDay> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last) && !day.isAfter(today); day = day.plusDays(1)) {
                DailyReport report = byKey.get(List.of(site.getId(), day));
                days.add(new SiteDay(day, Punctuality.of(day, report == null ? null : report.getSubmittedAt(), now,
                        deadline, ZoneId.systemDefault()), report));
            }
            result.add(new SiteDays(site, days));
        }
        return result;
    }

    /** The sites (of the BU, or all the caller sees) with no report of today yet: missing, or due by the deadline. */
    public List<SiteDays> notInToday(String buCode) {
        LocalDate today = LocalDate.now();
        return punctuality(buCode, today, today).stream().filter(site -> site.days().get(0).report() == null)
                .toList();
    }

    /**
     * The sites whose reports the caller sees: a BU's when named (or the caller's own BU for BU
     * staff and the caller's site for a keeper), otherwise every site the caller may read.
     */
    public List<OrgUnit> sites(String buCode) {
        Caller caller = currentCaller.get();
        OrgUnit bu = null;
        if (buCode != null && !buCode.isBlank()) {
            bu = organisation.orgUnitByCode(buCode.strip()).filter(unit -> unit.getKind() == OrgUnitKind.BU)
                    .orElseThrow(() -> new NotFoundException("dailyReport.buUnknown", buCode.strip()));
        } else if (caller.getOrgUnit().getKind() == OrgUnitKind.BU) {
            bu = caller.getOrgUnit();
        }
        OrgUnit scope = bu;
        return organisation.allOrgUnits().stream().filter(unit -> unit.getKind() == OrgUnitKind.SITE)
                .filter(site -> scope == null || scope.equals(site.getParent()))
                .filter(site -> organisation.storesOf(site).stream().anyMatch(s -> s.isActive() && caller.mayRead(s)))
                .sorted(Comparator.comparing(OrgUnit::getCode)).toList();
    }

    /** The BUs of the sites the caller sees by default: the own BU for BU staff, every BU for the planning office. */
    public List<OrgUnit> businessUnits() {
        return sites(null).stream().map(OrgUnit::getParent).distinct().sorted(Comparator.comparing(OrgUnit::getCode))
                .toList();
    }

    private CheckedReport checked(DailyReport report) {
        Map<Integer, LineCheck> checks = new LinkedHashMap<>();
        Map<List<Long>, BigDecimal> outSoFar = new HashMap<>();
        for (DailyReportLine line : report.getLines()) {
            List<Problem> errors = new ArrayList<>();
            List<Problem> warnings = new ArrayList<>();
            int no = line.getLineNo();
            Item item = line.getItem();
            DocumentCategory category = line.getCategory();
            if (item == null) {
                errors.add(new Problem("dailyReport.flag.itemUnknown", no, line.getItemCode()));
            } else if (line.getItemName() != null && !sameName(line.getItemName(), item)) {
                warnings.add(new Problem("dailyReport.flag.nameDiffers", no, line.getItemName(), item.getNameZh()));
            }
            if (category == null) {
                errors.add(new Problem("dailyReport.flag.categoryMissing", no));
            } else {
                checkCategory(line, category, errors);
            }
            if (item != null && errors.isEmpty()) {
                checkAsDocumentLine(report.getSite(), line, errors);
            }
            if (item != null && !line.isIn()) {
                List<Long> key = List.of(line.getStore().getId(), item.getId());
                BigDecimal out = outSoFar.merge(key, line.getQuantity().negate(), BigDecimal::add);
                BigDecimal onHand = ledger.balance(line.getStore(), item);
                if (out.compareTo(onHand) > 0) {
                    warnings.add(new Problem("dailyReport.flag.beyondOnHand", no, item.getCode(),
                            line.getStore().getCode(), onHand.stripTrailingZeros().toPlainString()));
                }
            }
            checks.put(no, new LineCheck(List.copyOf(errors), List.copyOf(warnings)));
        }
        Punctuality punctuality = Punctuality.of(report.getDay(), report.getSubmittedAt(), Instant.now(), deadline(),
                ZoneId.systemDefault());
        return new CheckedReport(report, checks, punctuality);
    }

    private void checkCategory(DailyReportLine line, DocumentCategory category, List<Problem> errors) {
        int no = line.getLineNo();
        MessageKey name = MessageKey.of(category);
        if (!category.reportedBySites()) {
            errors.add(new Problem("dailyReport.flag.categoryNotHere", no, name));
            return;
        }
        // the category's rules are the documents' own, in the report's words
        String supplier = line.getSupplierCode();
        List<CategoryRule> broken = CategoryRule.brokenBy(category, new CategoryRule.Booking(line.isIn() ? 1 : -1,
                line.getStore().getKind(), line.getItem(), supplier != null));
        for (CategoryRule rule : broken) {
            errors.add(switch (rule) {
                case DIRECTION -> new Problem(line.isIn() ? "dailyReport.flag.inButOutbound"
                        : "dailyReport.flag.outButInbound", no, name);
                case STORE_KIND -> new Problem("dailyReport.flag.storeKind", no, name, line.getStore().getCode());
                case ITEM_CLASS -> new Problem("dailyReport.flag.itemClass", no, line.getItem().getCode(), name);
                case SUPPLIER_REQUIRED -> new Problem("dailyReport.flag.supplierMissing", no, name);
                case SUPPLIER_NOT_ALLOWED -> new Problem("dailyReport.flag.supplierNotAllowed", no, name);
            });
        }
        if (supplier != null && !broken.contains(CategoryRule.SUPPLIER_NOT_ALLOWED)
                && suppliers.byCode(supplier).isEmpty()) {
            errors.add(new Problem("dailyReport.flag.supplierUnknown", no, supplier));
        }
    }

    /**
     * The rules the line will meet as a document's line (turbine, whole units, serials, batch), with
     * the report's line number, so that a report the check passes also drafts.
     */
    private void checkAsDocumentLine(OrgUnit site, DailyReportLine line, List<Problem> errors) {
        int no = line.getLineNo();
        Turbine turbine = null;
        if (line.getTurbineNo() != null) {
            turbine = organisation.turbine(site, line.getTurbineNo()).orElse(null);
            if (turbine == null) {
                errors.add(new Problem("line.turbine.unknown", no, line.getTurbineNo(), site.getCode()));
                return;
            }
        }
        NewLine asDocumentLine = new NewLine(line.getItem(), line.getQuantity().abs(), documentRemark(line), turbine,
                documentBatch(line), null, SerialText.split(line.getSerials()));
        // the lines' rules less the category's, which are checked above in the report's words
        errors.addAll(DocumentCheck.of(DocumentRule.OF_THE_LINES).without(DocumentRule.ITEM_CLASS).numberedFrom(no)
                .check(line.getCategory(), line.getStore(), null, line.getReport().getDay(), List.of(asDocumentLine)));
    }

    /** Names match when they are the catalogue's Chinese or English name, spaces and case aside. */
    private static boolean sameName(String written, Item item) {
        String plain = normalised(written);
        return plain.equals(normalised(item.getNameZh())) || plain.equals(normalised(item.getNameEn()));
    }

    private static String normalised(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Codes into stores and items; every problem of every line at once. */
    private List<ReportLineInput> resolve(List<Store> stores, List<DailyReportDraft.Line> lines) {
        List<Problem> problems = new ArrayList<>();
        List<ReportLineInput> resolved = new ArrayList<>();
        int no = 0;
        for (DailyReportDraft.Line line : lines) {
            no++;
            if (line == null) {
                problems.add(new Problem("dailyReport.line.item", no));
                continue;
            }
            Store store = store(stores, line, no, problems);
            BigDecimal quantity = quantity(line, no, problems);
            String code = TextRules.clean(line.itemCode());
            Item item = code == null ? null : items.byCode(code).orElse(null);
            resolved.add(new ReportLineInput(store, line.category(), code, item, TextRules.clean(line.itemName()),
                    quantity, line.balance(), TextRules.clean(line.supplierCode()), TextRules.clean(line.turbineNo()),
                    TextRules.clean(line.batchNo()), TextRules.clean(line.serials()), TextRules.clean(line.remark())));
        }
        TextRules.throwIfAny(problems);
        return resolved;
    }

    /** The store named, or by default the good store, or the damaged one for categories that book there. */
    private static Store store(List<Store> stores, DailyReportDraft.Line line, int no, List<Problem> problems) {
        String code = TextRules.clean(line.storeCode());
        if (code != null) {
            Optional<Store> named = stores.stream().filter(s -> s.getCode().equalsIgnoreCase(code)).findFirst();
            if (named.isEmpty()) {
                problems.add(new Problem("dailyReport.line.storeUnknown", no, code));
            }
            return named.orElse(null);
        }
        StoreKind kind = line.category() != null && !line.category().acceptsStore(StoreKind.GOOD)
                ? StoreKind.DAMAGED : StoreKind.GOOD;
        return stores.stream().filter(s -> s.getKind() == kind).findFirst().orElse(stores.get(0));
    }

    /** In positive, out negative: exactly one of the two, and more than nothing. */
    private static BigDecimal quantity(DailyReportDraft.Line line, int no, List<Problem> problems) {
        boolean in = line.in() != null && line.in().signum() != 0;
        boolean out = line.out() != null && line.out().signum() != 0;
        if (in == out) {
            problems.add(new Problem("dailyReport.line.inOrOut", no));
            return null;
        }
        BigDecimal quantity = in ? line.in() : line.out();
        if (quantity.signum() < 0) {
            problems.add(new Problem("dailyReport.line.quantityInvalid", no, quantity.toPlainString()));
            return null;
        }
        return in ? quantity : quantity.negate();
    }

    private OrgUnit site(String siteCode) {
        return siteLookup.site(siteCode);
    }

    /** The site's stores, good first, when the caller may read them. */
    public List<Store> storesOf(String siteCode) {
        Caller caller = currentCaller.get();
        return siteLookup.readableStores(site(siteCode), caller);
    }

    /** A site whose stores the caller may read; unknown otherwise. */
    public OrgUnit readableSite(String siteCode) {
        OrgUnit site = site(siteCode);
        siteLookup.readableStores(site, currentCaller.get());
        return site;
    }

    private void audited(Caller caller, AuditAction action, DailyReport report, String detail) {
        audit.record(caller.getUsername(), action, AuditSubject.DAILY_REPORT,
                report.getSite().getCode() + " " + report.getDay(), report.getSite().getCode(), detail);
    }
}
