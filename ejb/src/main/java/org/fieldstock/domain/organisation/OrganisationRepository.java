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
}
