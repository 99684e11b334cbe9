package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.fieldstock.interfaces.shared.PagedRows;
import org.omnifaces.cdi.ViewScoped;

/** Who has reported: today's sites not in yet at the top, then every site's last days. */
@Named
@ViewScoped
public class DailyReportsView implements Serializable {

    @Inject
    private DailyReportService reports;

    @Inject
    private FacesFeedback feedback;

    /** The sites of a page of the grid. */
    static final int ROWS = 50;

    /** The grid's first page as {@link #show} read it, until the table takes it. */
    private transient Page<SiteDaysRow> firstPage;

    private List<OrgUnitRef> businessUnits = List.of();
    private String buCode;
    private LocalDate from = LocalDate.now().minusDays(6);
    private LocalDate to = LocalDate.now();
    private List<SiteDaysRow> notInToday = List.of();
    private PagedRows<SiteDaysRow> grid;
    private List<LocalDate> days = List.of();

    public void load() {
        businessUnits = OrgUnitRef.all(reports.businessUnits());
        show();
    }

    /**
     * Today's sites not in, and the grid's first page of sites (read here, so that a wrong range is
     * told at once); the table reads the other pages of sites as the user turns to them.
     */
    public void show() {
        notInToday = List.of();
        grid = null;
        days = List.of();
        feedback.attempt(() -> {
            notInToday = SiteDaysRow.all(reports.notInToday(buCode));
            Page<SiteDaysRow> first = page(PageRequest.firstRows(ROWS));
            firstPage = first;
            grid = new PagedRows<>(this::nextPage, row -> row.site().code());
            days = first.rows().isEmpty() ? List.of() : first.rows().get(0).days().stream().map(d -> d.day()).toList();
        });
    }

    private Page<SiteDaysRow> page(PageRequest request) {
        return reports.punctuality(buCode, from, to, new PageRequest(request.first(), request.size()))
                .map(SiteDaysRow::of);
    }

    /** The page the table asks for: the one {@link #show} read, else read now. */
    private Page<SiteDaysRow> nextPage(PageRequest request) {
        Page<SiteDaysRow> read = firstPage;
        firstPage = null;
        if (read != null && read.request().first() == request.first() && read.request().size() == request.size()) {
            return read;
        }
        return page(request);
    }

    public List<OrgUnitRef> getBusinessUnits() {
        return businessUnits;
    }

    public String getBuCode() {
        return buCode;
    }

    public void setBuCode(String buCode) {
        this.buCode = buCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<SiteDaysRow> getNotInToday() {
        return notInToday;
    }

    public PagedRows<SiteDaysRow> getGrid() {
        return grid;
    }

    public List<LocalDate> getDays() {
        return days;
    }
}
