package org.fieldstock.application.failedpart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;

/**
 * One line of the damaged-part register (返修损坏备件清单): a failed part booked into a site's damaged
 * store — the columns of the seed's form (item, spec, quantity, turbine, replaced by, replacement date,
 * serial of the new part fitted, serial of the old part removed, cause) — with the intake and issue it
 * came on and how much of it still waits in the damaged store to go back to the repair hub.
 *
 * @param waiting      what of the line is still in the damaged store (0 once it has all left)
 * @param repairs      how often the removed unit (the most repaired of the line's) came back repaired before
 * @param scrapAdvised whether that many repairs advise scrapping it rather than repairing it again
 */
public record RegisterEntry(long intakeId, String intakeNumber, LocalDate intakeDate, Store store, int lineNo,
        Item item, BigDecimal quantity, String turbineNo, String replacedBy, LocalDate replacedOn,
        List<String> fittedSerials, List<String> removedSerials, FailureCause cause, String note, String issueNumber,
        BigDecimal waiting, int repairs, boolean scrapAdvised) {

    public RegisterEntry {
        fittedSerials = List.copyOf(fittedSerials);
        removedSerials = List.copyOf(removedSerials);
    }

    /** Whether all of the line has left the site's damaged store (sent back, or scrapped on the BU's approval). */
    public boolean returned() {
        return waiting.signum() == 0;
    }

    /** The packed volume of what still waits, in m³; none when the catalogue does not know the item's. */
    public BigDecimal waitingVolume() {
        return item.getPackedVolumeM3() == null ? BigDecimal.ZERO : item.getPackedVolumeM3().multiply(waiting);
    }
}
