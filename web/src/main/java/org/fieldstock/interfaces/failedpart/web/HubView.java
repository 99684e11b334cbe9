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
    private List<TurnaroundRow> byItem = List.of();
    private List<TurnaroundRow> bySite = List.of();

    /** A part still at the hub. */
    public record OpenRow(ItemRef item, String serial, BigDecimal quantity, String fromSite, LocalDate arrived,
            long ageDays, boolean inRepair) implements Serializable {
    }

    /** Repairs ended of one item or site. */
    public record TurnaroundRow(String key, int closed, BigDecimal averageDays, long longestDays)
            implements Serializable {

        static List<TurnaroundRow> all(List<HubRepairs.Turnaround> turnaround) {
            return turnaround.stream().map(t -> new TurnaroundRow(t.key(), t.closed(), t.averageDays(),
                    t.longestDays())).toList();
        }
    }

    public void load() {
        feedback.attempt(() -> {
            HubRepairs hub = repairs.hub();
            open = hub.open().stream().map(o -> new OpenRow(ItemRef.of(o.item()), o.serial(),
                    o.quantity().stripTrailingZeros(), o.fromSite(), o.arrived(), o.ageDays(), o.inRepair())).toList();
            byItem = TurnaroundRow.all(hub.byItem());
            bySite = TurnaroundRow.all(hub.bySite());
        });
    }

    public List<OpenRow> getOpen() {
        return open;
    }

    public List<TurnaroundRow> getByItem() {
        return byItem;
    }

    public List<TurnaroundRow> getBySite() {
        return bySite;
    }
}
