package org.fieldstock.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.StoreScope;

/** Org units and stores. */
public interface OrganisationRepository {

    Optional<Store> storeByCode(String code);

    List<Store> allStores();

    Optional<OrgUnit> orgUnitByCode(String code);

    /** Every org unit: the planning office, then BUs and sites, by code. */
    List<OrgUnit> allOrgUnits();

    boolean isEmpty();

    /**
     * The sites (of the BU, or of every BU when null) with an active store in the scope, by code:
     * the page asked for, with their number.
     */
    Page<OrgUnit> sitesWithActiveStores(OrgUnit businessUnit, StoreScope scope, PageRequest request);

    /**
     * A page of the org units in the organisation chart's order (the planning office, then each BU
     * followed by its sites, by code): all of them, or the unit {@code ownUnitId} and those that own
     * a store in the scope.
     */
    Page<OrgUnit> orgUnits(boolean all, long ownUnitId, StoreScope scope, PageRequest request);

    /** The org units of a kind, by code. */
    List<OrgUnit> orgUnitsOfKind(OrgUnitKind kind);

    /** The stores these units own, by code. */
    List<Store> storesOwnedBy(Collection<OrgUnit> owners);

    /** A page of the stores in the scope, by code. */
    Page<Store> stores(StoreScope scope, PageRequest request);

    /** Every such site, by code (a page of {@link #sitesWithActiveStores(OrgUnit, StoreScope, PageRequest)} with no end). */
    List<OrgUnit> sitesWithActiveStores(OrgUnit businessUnit, StoreScope scope);

    /** The turbines of a site, by number. */
    List<Turbine> turbinesOf(OrgUnit site);

    Optional<Turbine> turbine(OrgUnit site, String turbineNo);

    /** The org unit, locked until the transaction ends. */
    Optional<OrgUnit> orgUnitByCodeForUpdate(String code);

    /** The store, locked until the transaction ends. */
    Optional<Store> storeByCodeForUpdate(String code);

    /** The turbine, locked until the transaction ends. */
    Optional<Turbine> turbineForUpdate(OrgUnit site, String turbineNo);

    /**
     * Stores a new org unit with its good and damaged store; a code taken by someone else at the
     * same moment fails as a conflict.
     */
    void add(OrgUnit unit, Store goodStore, Store damagedStore);

    /** Stores a new turbine; a number taken at the same site at the same moment fails as a conflict. */
    void add(Turbine turbine);

    /** Whether anything is on hand in the store: a balance, a batch or a serial-tracked unit. */
    boolean hasStock(Store store);

    /** The stores an org unit keeps. */
    List<Store> storesOf(OrgUnit unit);
}
