package org.fieldstock.domain.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Goods of one slip line that have left the sending store and not yet been booked by the receiving
 * one: shipped and not yet received, or reported missing on arrival and not yet written off.
 */
public record InTransit(TransferSlip slip, TransferSlipLine line, BigDecimal quantity, boolean reportedMissing,
        LocalDate shippedOn, long ageDays) {
}
