package org.fieldstock.interfaces.failedpart.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.failedpart.RegisterEntry;

/** One line of the damaged-part register (返修损坏备件清单). */
@Schema(name = "RegisterEntry")
public record RegisterEntryJson(long intakeId, String intake, LocalDate date, String site, String store, int lineNo,
        String item, String nameZh, String nameEn, String spec, String unit, BigDecimal quantity, String turbine,
        String replacedBy, LocalDate replacedOn, List<String> fittedSerials, List<String> removedSerials,
        String cause, String note, String issue, BigDecimal waiting, boolean returned, int repairs,
        boolean scrapAdvised) {

    static RegisterEntryJson of(RegisterEntry e) {
        return new RegisterEntryJson(e.intakeId(), e.intakeNumber(), e.intakeDate(), e.store().getOwner().getCode(),
                e.store().getCode(), e.lineNo(), e.item().getCode(), e.item().getNameZh(), e.item().getNameEn(),
                e.item().getSpec(), e.item().getUnitEn(), e.quantity().stripTrailingZeros(), e.turbineNo(),
                e.replacedBy(), e.replacedOn(), e.fittedSerials(), e.removedSerials(),
                e.cause() == null ? null : e.cause().name(), e.note(), e.issueNumber(),
                e.waiting().stripTrailingZeros(), e.returned(), e.repairs(), e.scrapAdvised());
    }
}
