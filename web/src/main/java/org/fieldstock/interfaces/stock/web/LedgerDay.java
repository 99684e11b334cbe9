package org.fieldstock.interfaces.stock.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.stock.DailyLedgerService.DailyLedger;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/** A site's daily ledger as the screen shows it: the site, the day, its movements, and whether the list was cut. */
public record LedgerDay(OrgUnitRef site, LocalDate day, List<LedgerLine> rows, boolean cut) implements Serializable {

    static LedgerDay of(DailyLedger ledger) {
        return new LedgerDay(OrgUnitRef.of(ledger.site()), ledger.day(), LedgerLine.all(ledger.rows()), ledger.cut());
    }
}
