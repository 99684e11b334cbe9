package org.fieldstock.interfaces.stock.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stock.DailyLedgerService;
import org.fieldstock.application.stock.DailyLedgerService.DailyLedger;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.SiteDayPage;
import org.fieldstock.interfaces.stock.DailyLedgerPdf;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A site's daily ledger (现场出入库流水账) on screen, exported to Excel as shown, and the shown day as the
 * PDF the keeper prints and signs, in the screen's language.
 */
@Named
@ViewScoped
public class DailyLedgerView extends SiteDayPage {

    @Inject
    private DailyLedgerService dailyLedger;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private LedgerDay day;

    public DailyLedgerView() {
        super(LocalDate.now());
    }

    @Override
    protected List<OrgUnit> availableSites() {
        return dailyLedger.sites();
    }

    @Override
    public void show() {
        if (getSiteCode() == null
                || !feedback.attempt(() -> day = LedgerDay.of(dailyLedger.day(getSiteCode(), getDate())))) {
            day = null;
        }
    }

    /** The shown site and day as a PDF, read afresh; nothing (and the reason said) where it cannot be read. */
    public StreamedContent getPdf() {
        List<DailyLedger> days = new ArrayList<>();
        if (getSiteCode() == null
                || !feedback.attempt(() -> days.addAll(dailyLedger.days(getSiteCode(), getDate(), getDate())))) {
            return null;
        }
        String printedBy = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        byte[] pdf = DailyLedgerPdf.render(days, localeSelection.getLocale(), printedBy, Instant.now());
        return DefaultStreamedContent.builder().name(DailyLedgerPdf.fileName(days))
                .contentType(DailyLedgerPdf.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public String getExportName() {
        return "daily-ledger-" + getSiteCode() + "-" + getDate();
    }

    public LedgerDay getDay() {
        return day;
    }
}
