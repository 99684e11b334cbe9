package org.fieldstock.interfaces.transfer.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.transfer.InTransit;

/**
 * Goods of one slip line in transit: shipped and not yet received, or reported missing on arrival
 * and not yet written off ({@code reportedMissing}). Age is whole days since the transfer-out was reviewed.
 */
@Schema(name = "InTransit")
public record InTransitJson(long transfer, String number, String kind, String from, String to, String outbound,
        String inbound, int lineNo, String item, String nameZh, String nameEn, String unit, String batch,
        BigDecimal quantity, boolean reportedMissing, LocalDate shippedOn, long ageDays) {

    static InTransitJson of(InTransit t) {
        return new InTransitJson(t.slip().getId(), t.slip().getNumber(), t.slip().getKind().name(),
                t.slip().getFromStore().getCode(), t.slip().getToStore().getCode(), t.slip().getOutbound().getNumber(),
                t.slip().getInbound().getNumber(), t.line().getLineNo(), t.line().getItem().getCode(),
                t.line().getItem().getNameZh(), t.line().getItem().getNameEn(), t.line().getItem().getUnitEn(),
                t.line().getBatchNo(), t.quantity().stripTrailingZeros(), t.reportedMissing(), t.shippedOn(),
                t.ageDays());
    }
}
