package org.fieldstock.application.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.stock.IssueSuggestion;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.LedgerSearch;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockBatch;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/**
 * On-hand stock (现存量), batches, serials and the ledger per store, for the stores the caller
 * may see; any other store does not exist for them.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class StockQueryService {

    /** The ledger view shows this many of the latest movements. */
    public static final int LEDGER_ROWS = 1000;

    @Inject
    private StockLedger ledger;

    @Inject
    private ItemRepository items;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    public List<StockBalance> onHand(String storeCode) {
        return ledger.onHand(store(storeCode));
    }

    /** The most recent movements of an item in a store (at most {@value #LEDGER_ROWS}), oldest first, with running balance. */
    public List<StockLedgerEntry> movements(String storeCode, String itemCode) {
        return ledger.movements(store(storeCode), item(itemCode), LEDGER_ROWS);
    }

    /**
     * A store's ledger: the latest {@value #LEDGER_ROWS} rows of one item or all, of one document
     * category or all, posted on the days from and to (both included), oldest first; each row's
     * balance is that of its item after it.
     */
    public List<LedgerRow> ledger(String storeCode, String itemCode, DocumentCategory category, LocalDate from,
            LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
        return ledger.search(store(storeCode), new LedgerSearch(
                itemCode == null || itemCode.isBlank() ? null : item(itemCode), category,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), null, LEDGER_ROWS));
    }

    /**
     * One page of a store's ledger, of one item or all, of one document category or all, posted on
     * the days from and to (both included): the latest rows first, or the oldest first when sorted by
     * {@link LedgerSearch#SORT_POSTED} ascending; each row's balance is its item's after it (stored
     * with the row, so a page needs no row before it).
     */
    public Page<LedgerRow> ledgerPage(String storeCode, String itemCode, DocumentCategory category, LocalDate from,
            LocalDate to, PageRequest request) {
        return ledger.page(store(storeCode), ledgerSearch(itemCode, category, from, to), request);
    }

    private LedgerSearch ledgerSearch(String itemCode, DocumentCategory category, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
        return new LedgerSearch(itemCode == null || itemCode.isBlank() ? null : item(itemCode), category,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), null, LEDGER_ROWS);
    }

    /**
     * What a store held of each item at the end of a day (items it held nothing of left out), by item
     * code: the movements of that day and the days before, by the day each moved, whenever reviewed.
     */
    public List<HeldAt> onHandAt(String storeCode, LocalDate date) {
        Store store = store(storeCode);
        Map<Long, BigDecimal> books = ledger.booksDatedUpTo(store, date);
        return ledger.balances(store).stream()
                .filter(balance -> books.getOrDefault(balance.getItem().getId(), BigDecimal.ZERO).signum() != 0)
                .map(balance -> new HeldAt(balance.getItem(), books.get(balance.getItem().getId())))
                .toList();
    }

    /** An item and what a store held of it at some moment. */
    public record HeldAt(Item item, BigDecimal quantity) {
    }

    /** On hand of one item in one store; zero when the store never had it. */
    public BigDecimal onHand(String storeCode, String itemCode) {
        return ledger.balance(store(storeCode), item(itemCode));
    }

    /** Batches of a shelf-life item in the store, nearest expiry first. */
    public List<StockBatch> batches(String storeCode, String itemCode) {
        return ledger.batches(store(storeCode), item(itemCode));
    }

    /** Serials of an item in the store, first arrived first. */
    public List<SerialUnit> serials(String storeCode, String itemCode) {
        return ledger.serials(store(storeCode), item(itemCode));
    }

    /**
     * What to issue from the store for a quantity: batches nearest expiry first (expired ones
     * left out) or serials first arrived first, and what the store cannot cover.
     */
    public IssueSuggestion suggestIssue(String storeCode, String itemCode, BigDecimal quantity) {
        return suggestIssue(storeCode, itemCode, quantity, Map.of(), Set.of());
    }

    /** The same, leaving out what other lines of the document being entered already take. */
    public IssueSuggestion suggestIssue(String storeCode, String itemCode, BigDecimal quantity,
            Map<String, BigDecimal> batchesTaken, Set<String> serialsTaken) {
        Store store = store(storeCode);
        Item item = item(itemCode);
        if (quantity == null || quantity.signum() <= 0) {
            throw new BusinessException(BusinessException.Kind.INVALID, "suggestion.quantity.positive");
        }
        if (item.isBatchTracked()) {
            return IssueSuggestion.fromBatches(ledger.batches(store, item), quantity, LocalDate.now(), batchesTaken);
        }
        if (item.isSerialTracked()) {
            return IssueSuggestion.fromSerials(ledger.serials(store, item), quantity, serialsTaken);
        }
        return IssueSuggestion.fromBalance(ledger.balance(store, item), quantity);
    }

    private Item item(String itemCode) {
        return items.byCode(itemCode == null ? "" : itemCode)
                .orElseThrow(() -> new NotFoundException("item.unknownCode", itemCode));
    }

    /** The store, if the caller may see it. */
    public Store store(String storeCode) {
        Caller caller = currentCaller.get();
        return organisation.storeByCode(storeCode == null ? "" : storeCode.strip()).filter(caller::mayRead)
                .orElseThrow(() -> new NotFoundException("store.unknown", storeCode));
    }
}
