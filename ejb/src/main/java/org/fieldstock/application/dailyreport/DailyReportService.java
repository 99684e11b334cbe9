package org.fieldstock.application.dailyreport;

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
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BilingualText;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.SerialText;
import org.fieldstock.domain.shared.StoredMessage;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.StoreScope;

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
    private StockDocumentService documents;

    @Inject
    private ClosedMonths closedMonths;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SiteLookup siteLookup;

    @Inject
    private DailyReportChecks checks;

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
        List<ReportLineInput> lines = checks.resolve(stores, draft == null ? List.of() : draft.lines());
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
        return reports.find(site, day == null ? LocalDate.now() : day).map(report -> checks.checked(report, deadline()));
    }

    /**
     * Makes draft documents of a report: one per store, category, supplier and requisition, dated on the report's
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
        // before the checks: a drafted report's own documents now stand in its lines' way
        report.requireSubmitted();
        CheckedReport checked = checks.checked(report, deadline());
        List<Problem> errors = checked.checks().values().stream().flatMap(check -> check.errors().stream()).toList();
        if (!errors.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, errors);
        }
        Map<List<Object>, List<DailyReportLine>> groups = report.getLines().stream().collect(Collectors.groupingBy(
                line -> Arrays.asList(line.getStore().getCode(), line.getCategory(),
                        line.getSupplierCode(), line.getRequisitionNumber()), LinkedHashMap::new,
                Collectors.toList()));
        Map<Integer, String> numbers = new HashMap<>();
        for (List<DailyReportLine> group : groups.values()) {
            DailyReportLine first = group.get(0);
            StockDocument document = documents.create(new DocumentDraft(first.getCategory(),
                    first.getStore().getCode(), first.getSupplierCode(), null, report.getDay(),
                    BilingualText.of("dailyReport.document") + " " + report.getSite().getCode() + " " + report.getDay()
                            + " " + lineNumbers(group),
                    group.stream().map(line -> new DocumentDraft.Line(line.getItemCode(), line.getQuantity().abs(),
                            DailyReportChecks.documentRemark(line), line.getTurbineNo(), DailyReportChecks.documentBatch(line), null,
                            SerialText.split(line.getSerials()))).toList(), first.getRequisitionNumber()));
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
     * How each site's days stand, for a page of the sites of the BU (or of every BU the caller sees
     * when none is named), by site code: on time, late, missing, or still due today.
     */
    public Page<SiteDays> punctuality(String buCode, LocalDate from, LocalDate to, PageRequest request) {
        LocalDate today = LocalDate.now();
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last : from;
        if (first.isAfter(last)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.range.backwards", first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.range.tooLong", MAX_DAYS);
        }
        Page<OrgUnit> sites = organisation.sitesWithActiveStores(businessUnit(buCode), scope(), request);
        List<SiteDays> days = days(sites.rows(), first, last);
        return new Page<>(days, sites.total(), sites.totalIsLowerBound(), sites.request());
    }

    /** The sites' days from first to last (not after today), with their reports read in one query. */
    private List<SiteDays> days(List<OrgUnit> sites, LocalDate first, LocalDate last) {
        if (sites.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
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
        return days(sites(buCode), today, today).stream().filter(site -> site.days().get(0).report() == null)
                .toList();
    }

    /**
     * The sites whose reports the caller sees: a BU's when named (or the caller's own BU for BU
     * staff and the caller's site for a keeper), otherwise every site the caller may read.
     */
    public List<OrgUnit> sites(String buCode) {
        return organisation.sitesWithActiveStores(businessUnit(buCode), scope());
    }

    /** The BU named, else the caller's own for BU staff; null for every BU. */
    private OrgUnit businessUnit(String buCode) {
        Caller caller = currentCaller.get();
        if (buCode != null && !buCode.isBlank()) {
            return organisation.orgUnitByCode(buCode.strip()).filter(unit -> unit.getKind() == OrgUnitKind.BU)
                    .orElseThrow(() -> new NotFoundException("dailyReport.buUnknown", buCode.strip()));
        }
        return caller.getOrgUnit().getKind() == OrgUnitKind.BU ? caller.getOrgUnit() : null;
    }

    private StoreScope scope() {
        return currentCaller.get().readScope();
    }

    /** The BUs of the sites the caller sees by default: the own BU for BU staff, every BU for the planning office. */
    public List<OrgUnit> businessUnits() {
        return sites(null).stream().map(OrgUnit::getParent).distinct().sorted(Comparator.comparing(OrgUnit::getCode))
                .toList();
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
