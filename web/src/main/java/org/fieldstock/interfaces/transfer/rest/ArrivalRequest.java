package org.fieldstock.interfaces.transfer.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What arrived on a slip's transfer-in. Lines not named arrived in good order.
 *
 * @param date    the day the goods arrived, yyyy-MM-dd (becomes the transfer-in's date)
 * @param version the transfer-in document's version read, so that a change made meanwhile is detected
 * @param lines   per line of the transfer-in: units damaged on arrival and units missing
 */
@Schema(name = "ArrivalRequest")
public record ArrivalRequest(LocalDate date, Integer version, List<Line> lines) {

    /**
     * @param line           line number on the transfer-in (the same as on the slip)
     * @param damaged        units that arrived damaged: booked into the receiving unit's damaged store
     * @param missing        units that did not arrive: a loss the planning office approves
     * @param damagedSerials serial-tracked items: which serials arrived damaged
     * @param missingSerials serial-tracked items: which serials are missing
     */
    @Schema(name = "ArrivalLine")
    public record Line(int line, BigDecimal damaged, BigDecimal missing, List<String> damagedSerials,
            List<String> missingSerials) {
    }
}
