package org.fieldstock.application.stock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.organisation.SiteLookup;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.LedgerSearch;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * The site's daily ledger (现场出入库流水账): every reviewed movement of the site's stores dated on one
 * day (and the reversals of those taken back), in the order they were booked, each with its item's
 * balance after it, as the keeper prints it and signs it. Who may see the site's stores may see it.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class DailyLedgerService {

    /** More movements than a site books in a day by far; a day beyond it is cut, and says so. */
    public static final int MAX_ROWS = 5000;

    /** The most days printed at once: a month's ledger. */
    public static final int MAX_DAYS = 31;

    @Inject
    private StockLedger ledger;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SiteLookup sites;

    /** One site's day: its stores, and their movements in booking order. */
    public record DailyLedger(OrgUnit site, LocalDate day, List<Store> stores, List<LedgerRow> rows,
            boolean cut) {
    }

    public DailyLedger day(String siteCode, LocalDate day) {
        OrgUnit site = sites.site(siteCode);
        return dayOf(site, sites.readableStores(site, currentCaller.get()), day == null ? LocalDate.now() : day);
    }

    /**
     * A site's days from the first to the last (both included; the last defaults to the first, the
     * first to today), every one of them even where nothing moved, for the keeper to print and sign
     * each. More than {@link #MAX_DAYS} days, or a first day after the last, is refused.
     */
    public List<DailyLedger> days(String siteCode, LocalDate from, LocalDate to) {
        LocalDate first = from == null ? LocalDate.now() : from;
        LocalDate last = to == null ? first : to;
        if (last.isBefore(first)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyLedger.range.reversed", first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyLedger.range.tooLong", MAX_DAYS,
                    first, last);
        }
        OrgUnit site = sites.site(siteCode);
        List<Store> stores = sites.readableStores(site, currentCaller.get());
        List<DailyLedger> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            days.add(dayOf(site, stores, date));
        }
        return days;
    }

    private DailyLedger dayOf(OrgUnit site, List<Store> stores, LocalDate date) {
        List<LedgerRow> rows = new ArrayList<>();
        for (Store store : stores) {
            // the day is the documents' date, when the goods moved; the accountant may review them later
            rows.addAll(ledger.search(store, new LedgerSearch(null, null, null, null, date, MAX_ROWS + 1)));
        }
        rows.sort(Comparator.comparing((LedgerRow r) -> r.entry().getPostedAt())
                .thenComparing(r -> r.entry().getId()));
        boolean cut = rows.size() > MAX_ROWS;
        return new DailyLedger(site, date, stores, cut ? rows.subList(0, MAX_ROWS) : rows, cut);
    }

    /** The sites whose ledger the caller may see, by code. */
    public List<OrgUnit> sites() {
        Caller caller = currentCaller.get();
        return organisation.allOrgUnits().stream().filter(unit -> unit.getKind() == OrgUnitKind.SITE)
                .filter(site -> organisation.storesOf(site).stream().anyMatch(caller::mayRead))
                .sorted(Comparator.comparing(OrgUnit::getCode)).toList();
    }
}
