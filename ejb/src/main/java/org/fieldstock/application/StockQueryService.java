package org.fieldstock.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.ledger.StockLedgerEntry;
import org.fieldstock.domain.ledger.StockLedger;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Role;

/** On-hand stock (现存量) per store. Every role may look; a BU may view other BUs' stock. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class StockQueryService {

    /** The ledger view shows this many of the latest movements. */
    public static final int LEDGER_ROWS = 1000;

    @Inject
    private StockLedger ledger;

    @Inject
    private ItemRepository items;

    @Inject
    private OrganisationRepository organisation;

    public List<StockBalance> onHand(String storeCode) {
        return ledger.onHand(store(storeCode));
    }

    /** The most recent movements of an item in a store (at most {@value #LEDGER_ROWS}), oldest first, with running balance. */
    public List<StockLedgerEntry> movements(String storeCode, String itemCode) {
        Item item = items.byCode(itemCode == null ? "" : itemCode)
                .orElseThrow(() -> new NotFoundException("item.unknownCode", itemCode));
        return ledger.movements(store(storeCode), item, LEDGER_ROWS);
    }

    /** On hand of one item in one store; zero when the store never had it. */
    public java.math.BigDecimal onHand(String storeCode, String itemCode) {
        Item item = items.byCode(itemCode == null ? "" : itemCode)
                .orElseThrow(() -> new NotFoundException("item.unknownCode", itemCode));
        return ledger.balance(store(storeCode), item);
    }

    public Store store(String storeCode) {
        return organisation.storeByCode(storeCode == null ? "" : storeCode.strip())
                .orElseThrow(() -> new NotFoundException("store.unknown", storeCode));
    }
}
