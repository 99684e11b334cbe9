package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.dailyreport.DailyReport;
import org.fieldstock.domain.dailyreport.DailyReportRepository;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;

@ApplicationScoped
public class JpaDailyReportRepository implements DailyReportRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<DailyReport> find(OrgUnit site, LocalDate day) {
        return em.createQuery("SELECT r FROM DailyReport r WHERE r.site = :site AND r.day = :day", DailyReport.class)
                .setParameter("site", site)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<DailyReport> findForUpdate(long id) {
        return Optional.ofNullable(em.find(DailyReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<DailyReport> of(Collection<OrgUnit> sites, LocalDate from, LocalDate to) {
        if (sites.isEmpty()) {
            return List.of();
        }
        List<DailyReport> reports = new ArrayList<>();
        // a BU has a handful of sites, the planning office some dozens: well inside Oracle's IN-list limit
        for (List<OrgUnit> slice : slices(List.copyOf(sites))) {
            reports.addAll(em.createQuery("SELECT r FROM DailyReport r WHERE r.site IN :sites"
                            + " AND r.day BETWEEN :from AND :to ORDER BY r.day, r.site.code", DailyReport.class)
                    .setParameter("sites", slice)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList());
        }
        return reports;
    }

    private static List<List<OrgUnit>> slices(List<OrgUnit> sites) {
        List<List<OrgUnit>> slices = new ArrayList<>();
        for (int start = 0; start < sites.size(); start += 500) {
            slices.add(sites.subList(start, Math.min(sites.size(), start + 500)));
        }
        return slices;
    }

    @Override
    public void add(DailyReport report) {
        em.persist(report);
    }

    @Override
    public List<ReportedBalance> latestBalances(OrgUnit site, LocalDate upTo) {
        // the columns only: loading each report with all its lines would read the site's whole history twice
        List<Object[]> rows = em.createQuery("SELECT l.store, l.item, r.day, l.balance FROM DailyReportLine l"
                        + " JOIN l.report r WHERE r.site = :site AND r.day <= :upTo AND l.item IS NOT NULL"
                        + " AND l.balance IS NOT NULL ORDER BY r.day, l.lineNo", Object[].class)
                .setParameter("site", site)
                .setParameter("upTo", upTo)
                .getResultList();
        // later lines overwrite earlier ones: the last word of the latest report on each item stands
        Map<List<Long>, ReportedBalance> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Store store = (Store) row[0];
            Item item = (Item) row[1];
            latest.put(List.of(store.getId(), item.getId()), new ReportedBalance(store, item, (LocalDate) row[2],
                    (BigDecimal) row[3]));
        }
        return List.copyOf(latest.values());
    }
}
