package org.fieldstock.application.organisation;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Caller;

/**
 * A site by its code, for the pages and calls about one site's day (daily ledger, daily report,
 * reconciliation): a site the caller cannot see is as unknown as one that does not exist.
 */
@ApplicationScoped
public class SiteLookup {

    @Inject
    private OrganisationRepository organisation;

    /** A site with stores, whoever asks. */
    public OrgUnit site(String siteCode) {
        return organisation.orgUnitByCode(siteCode == null ? "" : siteCode.strip())
                .filter(unit -> unit.getKind() == OrgUnitKind.SITE)
                .filter(unit -> !organisation.storesOf(unit).isEmpty())
                .orElseThrow(() -> new NotFoundException("dailyLedger.siteUnknown", String.valueOf(siteCode)));
    }

    /** The site's stores the caller may read, good first; unknown when there are none. */
    public List<Store> readableStores(OrgUnit site, Caller caller) {
        List<Store> stores = organisation.storesOf(site).stream().filter(caller::mayRead)
                .sorted(Comparator.comparing((Store s) -> s.getKind() != StoreKind.GOOD).thenComparing(Store::getCode))
                .toList();
        if (stores.isEmpty()) {
            throw new NotFoundException("dailyLedger.siteUnknown", site.getCode());
        }
        return stores;
    }
}
