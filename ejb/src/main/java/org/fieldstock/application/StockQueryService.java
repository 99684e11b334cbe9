package org.fieldstock.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.ledger.StockLedger;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Role;

/** On-hand stock (现存量) per store. Every role may look; a BU may view other BUs' stock. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class StockQueryService {

    @Inject
    private StockLedger ledger;

    @Inject
    private OrganisationRepository organisation;

    public List<StockBalance> onHand(String storeCode) {
        return ledger.onHand(store(storeCode));
    }

    public Store store(String storeCode) {
        return organisation.storeByCode(storeCode == null ? "" : storeCode.strip())
                .orElseThrow(() -> new NotFoundException("store.unknown", storeCode));
    }
}
