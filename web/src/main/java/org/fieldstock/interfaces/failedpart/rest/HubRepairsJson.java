package org.fieldstock.interfaces.failedpart.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.failedpart.HubRepairs;

/** The repair hub's open repairs and turnaround. */
@Schema(name = "HubRepairs")
public record HubRepairsJson(List<OpenJson> open, List<TurnaroundJson> byItem, List<TurnaroundJson> bySite) {

    /** A part still at the hub. */
    @Schema(name = "OpenRepair")
    public record OpenJson(String item, String serial, BigDecimal quantity, String fromSite, LocalDate arrived,
            long ageDays, boolean inRepair) {
    }

    /** Repairs ended of one item or site. */
    @Schema(name = "Turnaround")
    public record TurnaroundJson(String key, int closed, BigDecimal averageDays, long longestDays) {
    }

    static HubRepairsJson of(HubRepairs hub) {
        return new HubRepairsJson(hub.open().stream().map(o -> new OpenJson(o.item().getCode(), o.serial(),
                        o.quantity().stripTrailingZeros(), o.fromSite(), o.arrived(), o.ageDays(), o.inRepair())).toList(),
                hub.byItem().stream().map(HubRepairsJson::of).toList(),
                hub.bySite().stream().map(HubRepairsJson::of).toList());
    }

    private static TurnaroundJson of(HubRepairs.Turnaround t) {
        return new TurnaroundJson(t.key(), t.closed(), t.averageDays(), t.longestDays());
    }
}
