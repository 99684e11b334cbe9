package org.fieldstock.interfaces.closing.web;

import java.io.Serializable;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.closing.MonthClosingService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;
import org.omnifaces.cdi.ViewScoped;

/** Month close: a BU's last twelve months, closing an ended one, and (planning office) reopening one. */
@Named
@ViewScoped
public class MonthCloseView implements Serializable {

    static final int MONTHS_SHOWN = 12;

    @Inject
    private MonthClosingService closing;

    @Inject
    private FacesFeedback feedback;

    private List<OrgUnitRef> businessUnits = List.of();
    private String buCode;
    private List<MonthRow> months = List.of();
    private MonthRow reopening;
    private String reason;

    public void load() {
        businessUnits = OrgUnitRef.all(closing.businessUnits());
        if (buCode == null && !businessUnits.isEmpty()) {
            buCode = businessUnits.get(0).code();
        }
        refresh();
    }

    public void refresh() {
        if (buCode == null
                || !feedback.attempt(() -> months = MonthRow.all(closing.recentMonths(buCode, MONTHS_SHOWN)))) {
            months = List.of();
        }
    }

    public void close(MonthRow state) {
        if (feedback.attempt(() -> closing.close(buCode, state.month()))) {
            feedback.info("closing.closed", state.month().toString(), buCode);
        }
        refresh();
    }

    /** Opens the reason dialog for a month. */
    public void askReopen(MonthRow state) {
        reopening = state;
        reason = null;
    }

    public void reopen() {
        if (reopening != null && feedback.attempt(() -> closing.reopen(buCode, reopening.month(), reason))) {
            feedback.info("closing.reopened", reopening.month().toString(), buCode);
            reopening = null;
        }
        refresh();
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

    public List<MonthRow> getMonths() {
        return months;
    }

    public MonthRow getReopening() {
        return reopening;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
