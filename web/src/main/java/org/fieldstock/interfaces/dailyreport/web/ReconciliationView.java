package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.DailyReportService;
import org.fieldstock.application.ReconciliationService;
import org.fieldstock.application.ReconciliationService.Reconciliation;
import org.fieldstock.application.ReconciliationService.Row;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** The reconciliation of the 15th on screen: a site's books against what it last reported or counted. */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

    @Inject
    private ReconciliationService reconciliation;

    @Inject
    private DailyReportService reports;

    @Inject
    private FacesFeedback feedback;

    private List<OrgUnit> sites = List.of();
    private String siteCode;
    private LocalDate date = ReconciliationService.reconciliationDay(LocalDate.now());
    private boolean differencesOnly = true;
    private Reconciliation result;

    public void load() {
        sites = reports.sites(null);
        if (siteCode == null && !sites.isEmpty()) {
            siteCode = sites.get(0).getCode();
        }
        show();
    }

    public void show() {
        if (siteCode == null || !feedback.attempt(() -> result = reconciliation.of(siteCode, date))) {
            result = null;
        }
    }

    public List<Row> getRows() {
        return result == null ? List.of() : differencesOnly ? result.differences() : result.rows();
    }

    public List<OrgUnit> getSites() {
        return sites;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isDifferencesOnly() {
        return differencesOnly;
    }

    public void setDifferencesOnly(boolean differencesOnly) {
        this.differencesOnly = differencesOnly;
    }

    public Reconciliation getResult() {
        return result;
    }
}
