package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.omnifaces.cdi.ViewScoped;

/** The planning office's month-end list of cross-BU slips that BU managers agreed, to print and sign. */
@Named
@ViewScoped
public class CrossBuReport implements Serializable {

    @Inject
    private TransferService transfers;

    @Inject
    private FacesFeedback feedback;

    /** Any day of the month shown (the month picker hands in its first day). */
    private LocalDate month = LocalDate.now().withDayOfMonth(1);
    private List<SlipRow> slips = List.of();

    public void load() {
        show();
    }

    public void show() {
        LocalDate day = month == null ? LocalDate.now() : month;
        feedback.attempt(() -> slips = SlipRow.all(transfers.agreedCrossBu(YearMonth.from(day))));
    }

    public String getMonthText() {
        return YearMonth.from(month == null ? LocalDate.now() : month).toString();
    }

    public LocalDate getMonth() {
        return month;
    }

    public void setMonth(LocalDate month) {
        this.month = month;
    }

    public List<SlipRow> getSlips() {
        return slips;
    }
}
