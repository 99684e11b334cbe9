package org.fieldstock.application.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.application.shared.MasterDataRights;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.item.AbcClass;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.stock.BinLocation;
import org.fieldstock.domain.stock.BinLocationRepository;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Shelves and bin cards (物料卡, 3篇 1.4.2): where each item is kept in a store, set by whoever enters
 * the store's documents; the ABC class of each item, set by the planning office; and what a bin card
 * shows, for the store's items on hand or with a place.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class BinLocationService {

    @Inject
    private BinLocationRepository locations;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private StockLedger ledger;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** One bin card: the item, where it is kept in the store (empty: nowhere yet), and what the store holds of it. */
    public record BinCard(Item item, Optional<BinLocation> location, BigDecimal onHand) {

        public String label() {
            return location.map(BinLocation::label).orElse("");
        }
    }

    /**
     * The bin cards of a store the caller reads: each item it holds or that has a place in it, in
     * shelf order (the placed ones by zone, level and position, then the rest by code).
     */
    public List<BinCard> cards(String storeCode) {
        Store store = readableStore(storeCode);
        List<BinLocation> shelved = locations.ofStore(store);
        Map<String, StockBalance> held = ledger.onHand(store).stream()
                .collect(Collectors.toMap(b -> b.getItem().getCode(), Function.identity(), (a, b) -> a, TreeMap::new));
        List<BinCard> cards = new ArrayList<>();
        for (BinLocation location : shelved) {
            StockBalance balance = held.remove(location.getItem().getCode());
            cards.add(new BinCard(location.getItem(), Optional.of(location),
                    balance == null ? BigDecimal.ZERO : balance.getOnHand()));
        }
        held.values().forEach(b -> cards.add(new BinCard(b.getItem(), Optional.empty(), b.getOnHand())));
        return cards;
    }

    /** The bin card of one item in a store the caller reads (what a scanned label opens). */
    public BinCard card(String storeCode, String itemCode) {
        Store store = readableStore(storeCode);
        Item item = item(itemCode);
        return new BinCard(item, locations.find(store, item), ledger.balance(store, item));
    }

    /**
     * Puts an item at a place in the store (zone or rack, level, position); all three empty takes
     * its place away. Whoever enters the store's documents.
     */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.KEEPER_NAME})
    public Optional<BinLocation> place(String storeCode, String itemCode, String zone, String level, String position) {
        Caller caller = currentCaller.get();
        Store store = readableStore(storeCode);
        caller.requireEntryRight(store);
        Item item = item(itemCode);
        Optional<BinLocation> existing = locations.find(store, item);
        boolean none = isBlank(zone) && isBlank(level) && isBlank(position);
        if (none) {
            existing.ifPresent(locations::remove);
            return Optional.empty();
        }
        Instant now = Instant.now();
        BinLocation location = existing.orElse(null);
        if (location == null) {
            location = new BinLocation(store, item, zone, level, position, caller.getUsername(), now);
            locations.add(location);
        } else {
            location.move(zone, level, position, caller.getUsername(), now);
        }
        audit.record(caller.getUsername(), AuditAction.BIN_LOCATION_SET, AuditSubject.STORE, store.getCode(),
                store.getOwner().getCode(), item.getCode() + " @ " + location.label());
        return Optional.of(location);
    }

    /** Classes an item A, B or C (none: unclassed): the planning office, which keeps the item master. */
    @RolesAllowed(Role.PLANNER_NAME)
    public Item classify(String itemCode, AbcClass abc) {
        Caller caller = MasterDataRights.requirePlanner(currentCaller.get());
        Item item = item(itemCode);
        item.classify(abc);
        audit.record(caller.getUsername(), AuditAction.ITEM_CLASSIFIED, AuditSubject.ITEM, item.getCode(), null,
                abc == null ? "-" : abc.name());
        return item;
    }

    /** Whether the caller places the store's items (enters its documents). */
    public boolean mayPlace(String storeCode) {
        return currentCaller.get().mayEnterDocumentsFor(readableStore(storeCode));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private Item item(String code) {
        return items.byCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new NotFoundException("item.unknownCode", code));
    }

    private Store readableStore(String code) {
        Caller caller = currentCaller.get();
        String given = code == null ? "" : code.strip();
        return organisation.storeByCode(given).filter(caller::mayRead)
                .orElseThrow(() -> new NotFoundException("store.unknown", given));
    }
}
