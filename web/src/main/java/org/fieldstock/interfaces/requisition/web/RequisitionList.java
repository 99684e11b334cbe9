package org.fieldstock.interfaces.requisition.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.application.requisition.ShippedFirstService;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.LocaleSelection;
import org.omnifaces.cdi.ViewScoped;

/**
 * The requisitions the user sees, newest first: open ones unless asked for all, with their clocks;
 * and the emergencies shipped or bought first that still wait for their requisition, where the
 * user links the one filed after them.
 */
@Named
@ViewScoped
public class RequisitionList implements Serializable {

    @Inject
    private RequisitionService requisitions;

    @Inject
    private ShippedFirstService shippedFirst;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private LocaleSelection localeSelection;

    private boolean openOnly = true;
    private List<RequisitionRow> rows = List.of();
    private boolean mayDraft;
    private List<ShippedFirstRow> awaiting = List.of();
    private final Map<String, String> linkNumbers = new HashMap<>();

    public void load() {
        mayDraft = requisitions.draftingSite().isPresent();
        search();
    }

    public void search() {
        Instant now = Instant.now();
        rows = feedback.answer(() -> requisitions.list(null, openOnly).stream()
                .map(r -> RequisitionRow.of(r, now)).toList()).orElse(List.of());
        loadAwaiting();
    }

    private void loadAwaiting() {
        java.util.Locale locale = localeSelection.getLocale();
        awaiting = feedback.answer(() -> shippedFirst.awaiting(null).stream()
                .map(a -> ShippedFirstRow.of(a, locale)).toList()).orElse(List.of());
    }

    /** Links the requisition number typed on the row to that emergency; the row leaves the list. */
    public void link(ShippedFirstRow row) {
        String number = linkNumbers.get(row.key());
        boolean linked = feedback.attempt(() -> {
            if (row.kind() == ShippedFirstService.Kind.PURCHASE) {
                shippedFirst.followPurchase(row.id(), number);
            } else {
                shippedFirst.followShipment(row.id(), number);
            }
        });
        if (linked) {
            feedback.info("requisitions.shippedFirst.linked", number == null ? "" : number.strip(), row.number());
            linkNumbers.remove(row.key());
            search();
        }
    }

    public List<ShippedFirstRow> getAwaiting() {
        return awaiting;
    }

    public Map<String, String> getLinkNumbers() {
        return linkNumbers;
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
