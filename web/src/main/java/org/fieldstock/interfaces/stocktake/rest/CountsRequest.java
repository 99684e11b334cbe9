package org.fieldstock.interfaces.stocktake.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts to record on a sheet, all or none.
 *
 * @param countedAt when the goods were counted, between the freeze and now; left out: now. The variance is
 *                  against the books at that moment.
 * @param counts    one per item; an item known but not on the sheet is recorded as found
 * @param version   the sheet's version read, so that a change made meanwhile is detected
 */
@Schema(name = "CountsRequest")
public record CountsRequest(Instant countedAt, List<Count> counts, Integer version) {

    /**
     * @param item    item code
     * @param counted quantity found, zero or more
     * @param reason  why it differs from the books (needed for a difference before submission)
     * @param batch   batch-tracked items: the batch the difference is in
     * @param expiry  batch-tracked items found beyond the books: the batch's expiry date
     * @param serials serial-tracked items: the serials found beyond, or missing from, the books
     */
    @Schema(name = "Count")
    public record Count(String item, BigDecimal counted, String reason, String batch, LocalDate expiry,
            List<String> serials) {
    }
}
