package org.fieldstock.interfaces.failedpart.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.failedpart.HubRepairs;
import org.fieldstock.application.failedpart.RepairTracking;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.omnifaces.cdi.ViewScoped;

/** The repair hub: what it holds, since when, and how many days its repairs take per item and per site. */
@Named
@ViewScoped
public class HubView implements Serializable {

    @Inject
    private RepairTracking repairs;

    @Inject
    private FacesFeedback feedback;

    private List<OpenRow> open = List.of();
    private List<HubRepairs.Turnaround> byItem = List.of();
    private List<HubRepairs.Turnaround> bySite = List.of();

    /** A part still at the hub. */
    public record OpenRow(ItemRef item, String serial, BigDecimal quantity, String fromSite, LocalDate arrived,
            long ageDays, boolean inRepair) implements Serializable {
    }

    public void load() {
        feedback.attempt(() -> {
            HubRepairs hub = repairs.hub();
            open = hub.open().stream().map(o -> new OpenRow(ItemRef.of(o.item()), o.serial(),
                    o.quantity().stripTrailingZeros(), o.fromSite(), o.arrived(), o.ageDays(), o.inRepair())).toList();
            byItem = hub.byItem();
            bySite = hub.bySite();
        });
    }

    public List<OpenRow> getOpen() {
        return open;
    }

    public List<HubRepairs.Turnaround> getByItem() {
        return byItem;
    }

    public List<HubRepairs.Turnaround> getBySite() {
        return bySite;
    }
}
