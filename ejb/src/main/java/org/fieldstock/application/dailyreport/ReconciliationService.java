package org.fieldstock.application.dailyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.organisation.SiteLookup;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.dailyreport.DailyReportRepository;
import org.fieldstock.domain.dailyreport.DailyReportRepository.ReportedBalance;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stocktake.StocktakeRepository;
import org.fieldstock.domain.stocktake.StocktakeRepository.LatestCount;
import org.fieldstock.domain.user.Role;

/**
 * The reconciliation between BU and site on the 15th (账表/账账/账实相符): for every item of a
 * site's stores, the books against what the site last said it holds, from its latest daily report
 * (the balance its own ledger gave) or its latest count, whichever is later. Each is compared with
 * the books as of the same day, so that movements since do not show as differences.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class ReconciliationService {

    @Inject
    private SiteLookup sites;

    @Inject
    private StockLedger ledger;

    @Inject
    private DailyReportRepository reports;

    @Inject
    private StocktakeRepository stocktakes;

    @Inject
    private CurrentCaller currentCaller;

    /** Where the site's quantity comes from. */
    public enum Source {
        REPORT, COUNT, NONE
    }

    /**
     * One item of one store: the books at the end of the day; what the site said, when and where
     * (a daily report's day or a stocktake's number); the books as of that day; their difference
     * (site less books), null when the site never said.
     */
    public record Row(Store store, Item item, BigDecimal books, BigDecimal site, Source source, LocalDate asOf,
            String reference, BigDecimal booksAsOf, BigDecimal difference) {

        /** A difference, or an item the books hold that the site never reported nor counted. */
        public boolean differs() {
            return source == Source.NONE || difference.signum() != 0;
        }
    }

    public record Reconciliation(OrgUnit site, LocalDate day, List<Row> rows) {

        public List<Row> differences() {
            return rows.stream().filter(Row::differs).toList();
        }
    }

    /** The latest 15th on or before the day: when BU and sites reconcile. */
    public static LocalDate reconciliationDay(LocalDate today) {
        return today.getDayOfMonth() >= 15 ? today.withDayOfMonth(15) : today.minusMonths(1).withDayOfMonth(15);
    }

    public Reconciliation of(String siteCode, LocalDate day) {
        OrgUnit site = sites.site(siteCode);
        List<Store> stores = sites.readableStores(site, currentCaller.get());
        LocalDate date = day == null ? reconciliationDay(LocalDate.now()) : day;
        Map<Long, Map<Long, ReportedBalance>> reported = new HashMap<>();
        for (ReportedBalance balance : reports.latestBalances(site, date)) {
            reported.computeIfAbsent(balance.store().getId(), id -> new HashMap<>())
                    .put(balance.item().getId(), balance);
        }
        List<Row> rows = new ArrayList<>();
        for (Store store : stores) {
            rows.addAll(rowsOf(store, date, reported.getOrDefault(store.getId(), Map.of())));
        }
        return new Reconciliation(site, date, rows);
    }

    private List<Row> rowsOf(Store store, LocalDate date, Map<Long, ReportedBalance> reported) {
        Map<LocalDate, Map<Long, BigDecimal>> booksByDay = new HashMap<>();
        Map<Long, BigDecimal> books = booksOn(store, date, booksByDay);
        Map<Long, LatestCount> counted = new HashMap<>();
        for (LatestCount count : stocktakes.latestCounts(store, endOf(date))) {
            counted.put(count.item().getId(), count);
        }
        Map<Long, Item> itemsById = new LinkedHashMap<>();
        ledger.balances(store).forEach(balance -> itemsById.put(balance.getItem().getId(), balance.getItem()));
        reported.values().forEach(balance -> itemsById.putIfAbsent(balance.item().getId(), balance.item()));
        counted.values().forEach(count -> itemsById.putIfAbsent(count.item().getId(), count.item()));
        List<Row> rows = new ArrayList<>();
        for (Item item : itemsById.values()) {
            Row row = rowOf(store, item, books.getOrDefault(item.getId(), BigDecimal.ZERO), reported.get(item.getId()),
                    counted.get(item.getId()), day -> booksOn(store, day, booksByDay).getOrDefault(item.getId(),
                            BigDecimal.ZERO), ZoneId.systemDefault());
            if (row != null) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.item().getCode()));
        return rows;
    }

    /**
     * One item's row: what the site said last (a count later than the latest report wins; on the same
     * day the report, which the keeper writes at the end of the day) against the books as of then; a
     * report against the books of the documents dated up to its day, a count against the books at the
     * moment of counting, or, once approved, against the books its posted difference made equal to it.
     * Without either, a row only while the books hold some. Null when there is nothing to show.
     */
    static Row rowOf(Store store, Item item, BigDecimal book, ReportedBalance report, LatestCount count,
            Function<LocalDate, BigDecimal> booksOn, ZoneId zone) {
        LocalDate countDay = count == null ? null : count.countedAt().atZone(zone).toLocalDate();
        if (count != null && (report == null || countDay.isAfter(report.day()))) {
            BigDecimal asOf = count.approved() ? count.counted() : count.booksAtCount();
            return new Row(store, item, book, count.counted(), Source.COUNT, countDay, count.campaignNumber(), asOf,
                    count.counted().subtract(asOf));
        }
        if (report != null) {
            BigDecimal asOf = booksOn.apply(report.day());
            return new Row(store, item, book, report.balance(), Source.REPORT, report.day(), null, asOf,
                    report.balance().subtract(asOf));
        }
        return book.signum() != 0 ? new Row(store, item, book, null, Source.NONE, null, null, null, null) : null;
    }

    /** The books of the documents dated up to the day, read once per store and day. */
    private Map<Long, BigDecimal> booksOn(Store store, LocalDate day, Map<LocalDate, Map<Long, BigDecimal>> cache) {
        return cache.computeIfAbsent(day, d -> ledger.booksDatedUpTo(store, d));
    }

    private static java.time.Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
