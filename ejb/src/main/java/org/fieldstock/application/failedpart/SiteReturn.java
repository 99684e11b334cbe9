package org.fieldstock.application.failedpart;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fieldstock.domain.failedpart.ReturnCycle;
import org.fieldstock.domain.organisation.OrgUnit;

/**
 * Where a site's return of damaged parts to the repair hub stands: what waits in its damaged store
 * (units, packed volume), since when the oldest part waits, and whether the return is due.
 *
 * @param oldest the day the oldest waiting part came in; null when nothing waits
 */
public record SiteReturn(OrgUnit site, BigDecimal units, BigDecimal volumeM3, LocalDate oldest, long oldestAgeDays,
        ReturnCycle.ReturnStatus status) {

    /** Whether the site's return is due or overdue: the work lists' alert. */
    public boolean alert() {
        return status == ReturnCycle.ReturnStatus.DUE || status == ReturnCycle.ReturnStatus.OVERDUE;
    }
}
