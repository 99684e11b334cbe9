package org.fieldstock.interfaces.dailyreport.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.dailyreport.DailyReportDraft;
import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.application.dailyreport.DailyReportService.CheckedReport;
import org.fieldstock.application.dailyreport.DailyReportService.LineCheck;
import org.fieldstock.application.dailyreport.DailyReportService.SiteRights;
import org.fieldstock.domain.dailyreport.DailyReportLine;
import org.fieldstock.domain.dailyreport.ReportStatus;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.interfaces.dailyreport.DailyReportWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.SiteDayPage;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A site's day: the keeper types (or imports) the movements and submits them, corrects them until
 * the BU has made documents; the BU accountant sees each line's check, maps what is open and makes
 * draft documents. Every rule is the service's.
 */
@Named
@ViewScoped
public class DailyReportView extends SiteDayPage {

    @Inject
    private DailyReportService reports;

    @Inject
    private FacesFeedback feedback;

    private List<StoreRef> stores = List.of();
    private CheckedDay checked;
    private List<ReportRow> rows = new ArrayList<>();
    private String lateReason;
    /** What the service says the user may do with the site's days ({@link SiteRights}). */
    private boolean mayReport;
    private boolean mayDraft;

    public DailyReportView() {
        super(LocalDate.now());
    }

    @Override
    protected List<OrgUnit> availableSites() {
        return reports.sites(null);
    }

    @Override
    public void show() {
        checked = null;
        rows = new ArrayList<>();
        lateReason = null;
        stores = List.of();
        mayReport = false;
        mayDraft = false;
        String siteCode = getSiteCode();
        LocalDate date = getDate();
        if (siteCode == null || date == null) {
            return;
        }
        feedback.attempt(() -> {
            stores = StoreRef.all(reports.storesOf(siteCode));
            SiteRights rights = reports.rightsFor(siteCode);
            mayReport = rights.mayReport();
            mayDraft = rights.mayDraft();
            reports.find(siteCode, date).ifPresent(this::showChecked);
        });
        if (checked == null && !stores.isEmpty()) {
            addLine();
        }
    }

    /** The day that came in: its lines as rows with their checks in the screen's language. */
    private void showChecked(CheckedReport found) {
        checked = CheckedDay.of(found);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (DailyReportLine line : found.report().getLines()) {
            LineCheck check = found.checks().get(line.getLineNo());
            rows.add(ReportRow.of(line, check.errors().stream().map(p -> MessageBundle.text(locale, p)).toList(),
                    check.warnings().stream().map(p -> MessageBundle.text(locale, p)).toList()));
        }
        lateReason = found.report().getLateReason();
    }

    public void addLine() {
        rows.add(new ReportRow(stores.isEmpty() ? null : stores.get(0).code()));
    }

    public void removeLine(ReportRow row) {
        rows.remove(row);
    }

    public void submit() {
        // rows left empty are no lines; dropped here so that the line numbers of any message match the screen
        rows.removeIf(DailyReportView::blank);
        List<DailyReportDraft.Line> lines = rows.stream().map(ReportRow::toDraft).toList();
        if (feedback.attempt(() -> reports.submit(getSiteCode(), getDate(), new DailyReportDraft(lateReason, lines),
                version()))) {
            feedback.info("report.submitted", getSiteCode(), getDate());
            show();
        }
    }

    /** The version of the report on screen, so that a correction does not overwrite one made meanwhile. */
    private Integer version() {
        return checked == null ? null : checked.report().version();
    }

    /** A row left as added, with nothing typed: not a line. */
    private static boolean blank(ReportRow row) {
        return row.getItemCode() == null && row.getIn() == null && row.getOut() == null && row.getCategory() == null
                && row.getItemName() == null && row.getBalance() == null && row.getRemark() == null;
    }

    public void draft() {
        if (checked == null) {
            return;
        }
        if (feedback.attempt(() -> reports.draft(getSiteCode(), getDate(), checked.report().version()))) {
            show();
            feedback.info("report.drafted", String.join(", ", rows.stream().map(ReportRow::getDocumentNumber)
                    .filter(n -> n != null).distinct().toList()));
        }
    }

    public void importWorkbook(FileUploadEvent event) {
        if (event.getFile().getSize() > WorkbookCells.MAX_BYTES) {
            feedback.error("stocktake.import.tooLarge", WorkbookCells.MAX_BYTES / 1024 / 1024);
            return;
        }
        DailyReportWorkbook.Read read;
        try {
            read = DailyReportWorkbook.read(event.getFile().getInputStream(), getSiteCode(), getDate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (feedback.attempt(() -> reports.submit(getSiteCode(), getDate(),
                new DailyReportDraft(lateReason, read.readableLines()), version()))) {
            feedback.info("report.submitted", getSiteCode(), getDate());
            show();
        }
    }

    /** The day as a workbook: empty, or with the lines reported, read afresh. */
    public StreamedContent getWorkbook() {
        OrgUnit site = reports.readableSite(getSiteCode());
        List<DailyReportLine> lines = checked == null ? List.of()
                : reports.find(getSiteCode(), getDate()).map(found -> found.report().getLines()).orElse(List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DailyReportWorkbook.write(site, getDate(), lines, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DefaultStreamedContent.builder().name(DailyReportWorkbook.fileName(getSiteCode(), getDate()))
                .contentType(WorkbookCells.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(out.toByteArray()))
                .build();
    }

    /** Whether the lines may still be typed: none in yet or not yet made into documents, by those who report. */
    public boolean isEditable() {
        return mayReport && !stores.isEmpty()
                && (checked == null || checked.report().status() == ReportStatus.SUBMITTED);
    }

    public boolean isMayDraft() {
        return mayDraft && checked != null && checked.report().status() == ReportStatus.SUBMITTED;
    }

    /** The categories a day's line may take: those users enter, less the red-ink return. */
    public List<DocumentCategory> getCategories() {
        return Arrays.stream(DocumentCategory.values()).filter(DocumentCategory::reportedBySites).toList();
    }

    public String getDeadline() {
        return reports.deadline().toString();
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public CheckedDay getChecked() {
        return checked;
    }

    public List<ReportRow> getRows() {
        return rows;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }
}
