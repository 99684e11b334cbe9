package org.fieldstock.interfaces.requisition.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.omnifaces.cdi.ViewScoped;

/** The requisitions the user sees, newest first: open ones unless asked for all, with their clocks. */
@Named
@ViewScoped
public class RequisitionList implements Serializable {

    @Inject
    private RequisitionService requisitions;

    @Inject
    private FacesFeedback feedback;

    private boolean openOnly = true;
    private List<RequisitionRow> rows = List.of();
    private boolean mayDraft;

    public void load() {
        mayDraft = requisitions.draftingSite().isPresent();
        search();
    }

    public void search() {
        Instant now = Instant.now();
        rows = feedback.answer(() -> requisitions.list(null, openOnly).stream()
                .map(r -> RequisitionRow.of(r, now)).toList()).orElse(List.of());
    }

    public long getOverdueCount() {
        return rows.stream().filter(RequisitionRow::checkOverdue).count();
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public List<RequisitionRow> getRows() {
        return rows;
    }

    public boolean isMayDraft() {
        return mayDraft;
    }
}
