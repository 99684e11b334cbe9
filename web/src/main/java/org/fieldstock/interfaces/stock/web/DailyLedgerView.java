package org.fieldstock.interfaces.stock.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.DailyLedgerService;
import org.fieldstock.application.DailyLedgerService.DailyLedger;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.stock.DailyLedgerPdf;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A site's daily ledger (现场出入库流水账) on screen, exported to Excel as shown, and the shown day as the
 * PDF the keeper prints and signs, in the screen's language.
 */
@Named
@ViewScoped
public class DailyLedgerView implements Serializable {

    @Inject
    private DailyLedgerService dailyLedger;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private List<OrgUnit> sites = List.of();
    private String siteCode;
    private LocalDate date = LocalDate.now();
    private DailyLedger day;

    public void load() {
        sites = dailyLedger.sites();
        if (siteCode == null && !sites.isEmpty()) {
            siteCode = sites.get(0).getCode();
        }
        show();
    }

    public void show() {
        if (siteCode == null || !feedback.attempt(() -> day = dailyLedger.day(siteCode, date))) {
            day = null;
        }
    }

    /** The previous or the next day, for paging through the days with the keyboard or a click. */
    public void shift(int days) {
        date = (date == null ? LocalDate.now() : date).plusDays(days);
        show();
    }

    /** The shown site and day as a PDF, read afresh; nothing (and the reason said) where it cannot be read. */
    public StreamedContent getPdf() {
        List<DailyLedger> days = new ArrayList<>();
        if (siteCode == null || !feedback.attempt(() -> days.addAll(dailyLedger.days(siteCode, date, date)))) {
            return null;
        }
        String printedBy = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        byte[] pdf = DailyLedgerPdf.render(days, localeSelection.getLocale(), printedBy, Instant.now());
        return DefaultStreamedContent.builder().name(DailyLedgerPdf.fileName(days))
                .contentType(DailyLedgerPdf.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public String getExportName() {
        return "daily-ledger-" + siteCode + "-" + date;
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

    public DailyLedger getDay() {
        return day;
    }
}
