package org.fieldstock.domain.dailyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;

public interface DailyReportRepository {

    Optional<DailyReport> find(OrgUnit site, LocalDate day);

    Optional<DailyReport> findForUpdate(long id);

    /** The reports of these sites over the days, oldest first. */
    List<DailyReport> of(Collection<OrgUnit> sites, LocalDate from, LocalDate to);

    void add(DailyReport report);

    /** A store's item as the site's own ledger last gave it, on a day up to the given one. */
    record ReportedBalance(Store store, Item item, LocalDate day, BigDecimal balance) {
    }

    /** For every item of the site's stores, the balance its latest report (up to the day) gave. */
    List<ReportedBalance> latestBalances(OrgUnit site, LocalDate upTo);
}
