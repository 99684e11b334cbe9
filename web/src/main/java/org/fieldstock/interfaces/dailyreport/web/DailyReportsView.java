package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/** Who has reported: today's sites not in yet at the top, then every site's last days. */
@Named
@ViewScoped
public class DailyReportsView implements Serializable {

    @Inject
    private DailyReportService reports;

    @Inject
    private FacesFeedback feedback;

    private List<OrgUnitRef> businessUnits = List.of();
    private String buCode;
    private LocalDate from = LocalDate.now().minusDays(6);
    private LocalDate to = LocalDate.now();
    private List<SiteDaysRow> notInToday = List.of();
    private List<SiteDaysRow> grid = List.of();
    private List<LocalDate> days = List.of();

    public void load() {
        businessUnits = OrgUnitRef.all(reports.businessUnits());
        show();
    }

    public void show() {
        notInToday = List.of();
        grid = List.of();
        days = List.of();
        feedback.attempt(() -> {
            notInToday = SiteDaysRow.all(reports.notInToday(buCode));
            grid = SiteDaysRow.all(reports.punctuality(buCode, from, to));
            days = grid.isEmpty() ? List.of() : grid.get(0).days().stream().map(d -> d.day()).toList();
        });
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

    public List<SiteDaysRow> getGrid() {
        return grid;
    }

    public List<LocalDate> getDays() {
        return days;
    }
}
