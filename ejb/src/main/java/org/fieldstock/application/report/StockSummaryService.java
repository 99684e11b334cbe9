package org.fieldstock.application.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.item.PriceListService;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.report.StockSummary;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.StoreScope;

/**
 * The in/out/balance summary (收发存汇总表) of a month for one store, a site, a BU or the whole
 * organisation, of the stores the caller reads; without a unit or store, the caller's own (a BU's
 * people their BU, a keeper the site, the planning office everything).
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class StockSummaryService {

    @Inject
    private StockLedger ledger;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    @EJB
    private PriceListService prices;

    /** Where a summary is taken: one store, or the stores under a unit (the caller's own without either). */
    public record Scope(Store store, OrgUnit unit, StoreScope stores) {
    }

    /**
     * The month's summary, per store and item, or per item summed over the stores. A month after
     * the current one is refused: nothing has moved in it.
     */
    public StockSummary summary(YearMonth month, String unitCode, String storeCode, boolean perItem) {
        if (month == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "report.month.required");
        }
        if (month.isAfter(YearMonth.now())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "report.month.future", month);
        }
        Scope scope = scope(unitCode, storeCode);
        // every value of the month at the price in force on its last day
        StockSummary.Builder summary = new StockSummary.Builder(month, prices.pricesOn(month.atEndOfMonth()));
        ledger.balances(scope.stores(), scope.store())
                .forEach(b -> summary.balance(b.getStore(), b.getItem(), b.getOnHand()));
        ledger.movedAfter(scope.stores(), scope.store(), month.atEndOfMonth())
                .forEach(t -> summary.movedAfter(t.storeId(), t.itemId(), t.quantity()));
        ledger.movedByCategory(scope.stores(), scope.store(), month.atDay(1), month.atEndOfMonth())
                .forEach(t -> summary.movedIn(t.storeId(), t.itemId(), t.category(), t.quantity()));
        StockSummary built = summary.build();
        return perItem ? built.perItem() : built;
    }

    /** The store named (when the caller reads it), else the stores under the unit named, else the caller's own. */
    public Scope scope(String unitCode, String storeCode) {
        Caller caller = currentCaller.get();
        if (storeCode != null && !storeCode.isBlank()) {
            Store store = organisation.storeByCode(storeCode.strip()).filter(caller::mayRead)
                    .orElseThrow(() -> new NotFoundException("store.unknown", storeCode.strip()));
            return new Scope(store, store.getOwner(), StoreScope.all());
        }
        if (unitCode == null || unitCode.isBlank()) {
            return new Scope(null, caller.getOrgUnit(), caller.ownScope());
        }
        OrgUnit unit = organisation.orgUnitByCode(unitCode.strip())
                .orElseThrow(() -> new NotFoundException("report.unit.notFound", unitCode.strip()));
        StoreScope stores = caller.readScope().narrowedTo(unit);
        if (stores.isEmpty()) {
            throw new NotFoundException("report.unit.notFound", unitCode.strip());
        }
        return new Scope(null, unit, stores);
    }

    /**
     * The units a summary may be taken for: those owning a store the caller reads, their BUs, and
     * the whole organisation (the planning office) for whom reads every store; the planning office
     * first, then each BU before its sites.
     */
    public List<OrgUnit> units() {
        Caller caller = currentCaller.get();
        Map<String, OrgUnit> units = new TreeMap<>();
        for (Store store : stores(caller.readScope())) {
            OrgUnit owner = store.getOwner();
            units.put(sortKey(owner), owner);
            if (owner.getParent() != null && owner.getParent().getKind() == OrgUnitKind.BU) {
                units.put(sortKey(owner.getParent()), owner.getParent());
            }
        }
        List<OrgUnit> listed = new ArrayList<>();
        if (caller.readScope().everyStore()) {
            listed.add(planningOffice(caller.getOrgUnit()));
        }
        units.values().stream().filter(unit -> unit.getKind() != OrgUnitKind.PLANNING_OFFICE).forEach(listed::add);
        return listed;
    }

    /** The stores a summary of the unit covers (the caller's own without one). */
    public List<Store> stores(String unitCode) {
        return stores(scope(unitCode, null).stores());
    }

    private List<Store> stores(StoreScope scope) {
        List<Store> stores = new ArrayList<>();
        if (scope.isEmpty()) {
            return stores;
        }
        Page<Store> page;
        int first = 0;
        do {
            page = organisation.stores(scope, new PageRequest(first, PageRequest.MAX_SIZE));
            stores.addAll(page.rows());
            first += PageRequest.MAX_SIZE;
        } while (page.rows().size() == PageRequest.MAX_SIZE);
        return stores;
    }

    private static OrgUnit planningOffice(OrgUnit unit) {
        OrgUnit top = unit;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    /** A BU's code sorts its sites right after it. */
    private static String sortKey(OrgUnit unit) {
        return unit.getKind() == OrgUnitKind.SITE && unit.getParent() != null
                ? unit.getParent().getCode() + "/" + unit.getCode() : unit.getCode();
    }
}
