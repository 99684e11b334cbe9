package org.fieldstock.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Org units and stores. */
public interface OrganisationRepository {

    Optional<Store> storeByCode(String code);

    List<Store> allStores();

    Optional<OrgUnit> orgUnitByCode(String code);

    /** Every org unit: the planning office, then BUs and sites, by code. */
    List<OrgUnit> allOrgUnits();

    boolean isEmpty();

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
