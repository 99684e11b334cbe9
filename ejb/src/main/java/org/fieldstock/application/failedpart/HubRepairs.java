package org.fieldstock.application.failedpart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.item.Item;

/**
 * What the repair hub holds and how fast it gives back: the parts still at the hub (waiting, or sent
 * to repair) with their age, and the turnaround (days from arrival at the hub to repaired or scrapped)
 * per item and per site the parts came from, over the year read.
 */
public record HubRepairs(List<Open> open, List<Turnaround> byItem, List<Turnaround> bySite) {

    public HubRepairs {
        open = List.copyOf(open);
        byItem = List.copyOf(byItem);
        bySite = List.copyOf(bySite);
    }

    /** A unit (or, without serials, a quantity) still at the hub. */
    public record Open(Item item, String serial, BigDecimal quantity, String fromSite, LocalDate arrived, long ageDays,
            boolean inRepair) {
    }

    /** Closed repairs of an item or a site: how many, the average and the longest days at the hub. */
    public record Turnaround(String key, int closed, BigDecimal averageDays, long longestDays) {
    }
}
