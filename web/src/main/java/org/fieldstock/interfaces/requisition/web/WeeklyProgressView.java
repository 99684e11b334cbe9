package org.fieldstock.interfaces.requisition.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.requisition.RequisitionProgress;
import org.fieldstock.application.requisition.WeeklyProgress;
import org.fieldstock.interfaces.requisition.WeeklyProgressPdf;
import org.fieldstock.interfaces.requisition.WeeklyProgressWorkbook;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The weekly progress report of requisitions on screen: a week (this one unless another day is
 * chosen) of the user's own requisitions or of one BU or site, with the same report as Excel and PDF.
 */
@Named
@ViewScoped
public class WeeklyProgressView implements Serializable {

    @Inject
    private RequisitionProgress progress;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private String unitCode;
    private LocalDate day = LocalDate.now();
    private List<OrgUnitRef> units = List.of();
    private WeeklyProgress week;

    public void load() {
        units = OrgUnitRef.all(progress.units());
        show();
    }

    public void show() {
        week = feedback.answer(() -> progress.week(unitCode, day)).orElse(null);
    }

    public StreamedContent getWorkbook() {
        WeeklyProgress report = feedback.answer(() -> progress.week(unitCode, day)).orElse(null);
        if (report == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WeeklyProgressWorkbook.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(WeeklyProgressWorkbook.fileName(report))
                .contentType(WeeklyProgressWorkbook.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getPdf() {
        WeeklyProgress report = feedback.answer(() -> progress.week(unitCode, day)).orElse(null);
        if (report == null) {
            return null;
        }
        byte[] pdf = WeeklyProgressPdf.render(report, localeSelection.getLocale(), FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName(),
                Instant.now());
        return DefaultStreamedContent.builder().name(WeeklyProgressPdf.fileName(report))
                .contentType(WeeklyProgressPdf.CONTENT_TYPE).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public WeeklyProgress getWeek() {
        return week;
    }

    public List<WeeklyProgress.Row> getRows() {
        return week == null ? List.of() : week.rows();
    }

    public List<OrgUnitRef> getUnits() {
        return units;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
