package org.fieldstock.interfaces.dailyreport.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.dailyreport.DailyReportService;
import org.fieldstock.application.dailyreport.ReconciliationService;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.SiteDayPage;
import org.omnifaces.cdi.ViewScoped;

/** The reconciliation of the 15th on screen: a site's books against what it last reported or counted. */
@Named
@ViewScoped
public class ReconciliationView extends SiteDayPage {

    @Inject
    private ReconciliationService reconciliation;

    @Inject
    private DailyReportService reports;

    @Inject
    private FacesFeedback feedback;

    private boolean differencesOnly = true;
    private ReconciliationPage result;

    public ReconciliationView() {
        super(ReconciliationService.reconciliationDay(LocalDate.now()));
    }

    @Override
    protected List<OrgUnit> availableSites() {
        return reports.sites(null);
    }

    @Override
    public void show() {
        if (getSiteCode() == null || !feedback.attempt(
                () -> result = ReconciliationPage.of(reconciliation.of(getSiteCode(), getDate())))) {
            result = null;
        }
    }

    public List<ReconciliationPage.Row> getRows() {
        return result == null ? List.of() : differencesOnly ? result.differences() : result.rows();
    }

    public boolean isDifferencesOnly() {
        return differencesOnly;
    }

    public void setDifferencesOnly(boolean differencesOnly) {
        this.differencesOnly = differencesOnly;
    }

    public ReconciliationPage getResult() {
        return result;
    }
}
