package org.fieldstock.interfaces.failedpart.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.failedpart.RegisterEntry;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.interfaces.shared.ItemRef;

/** One line of the register as the screen shows it. */
public record RegisterRow(long intakeId, int lineNo, String intakeNumber, LocalDate intakeDate, String siteCode, ItemRef item,
        BigDecimal quantity, String turbineNo, String replacedBy, LocalDate replacedOn, String fittedSerials,
        String removedSerials, FailureCause cause, String note, String issueNumber, BigDecimal waiting, int repairs,
        boolean scrapAdvised, List<String> removedSerialList) implements Serializable {

    static RegisterRow of(RegisterEntry e) {
        return new RegisterRow(e.intakeId(), e.lineNo(), e.intakeNumber(), e.intakeDate(), e.store().getOwner().getCode(),
                ItemRef.of(e.item()), e.quantity().stripTrailingZeros(), e.turbineNo(), e.replacedBy(), e.replacedOn(),
                String.join(", ", e.fittedSerials()), String.join(", ", e.removedSerials()), e.cause(), e.note(),
                e.issueNumber(), e.waiting().stripTrailingZeros(), e.repairs(), e.scrapAdvised(),
                List.copyOf(e.removedSerials()));
    }

    /** A key unique among the register's lines. */
    public String key() {
        return intakeId + "/" + lineNo;
    }

    public boolean isReturned() {
        return waiting.signum() == 0;
    }
}
