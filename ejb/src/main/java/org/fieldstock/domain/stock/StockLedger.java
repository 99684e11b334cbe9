package org.fieldstock.domain.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.StoreScope;

/** The ledger rows and balances, as the posting needs them. */
public interface StockLedger {

    /** The balance row, locked for update until the transaction ends; empty when the item was never in the store. */
    Optional<StockBalance> lockBalance(Store store, Item item);

    /**
     * The balance row, locked; a new zero row when the item was never in the store. Should another
     * transaction create the same row at the same moment, one of the two fails with a conflict
     * (the unique key decides) and may simply be repeated.
     */
    StockBalance lockOrCreateBalance(Store store, Item item);

    void append(StockLedgerEntry entry);

    /**
     * The existing balance rows of these items in these stores, locked in one statement in the order of
     * the item's and then the store's id — the order every posting locks in, so that postings cannot
     * deadlock (ordering by the keys themselves keeps the statement on the balance table alone).
     */
    List<StockBalance> lockBalances(Collection<Store> stores, Collection<Item> items);

    /** The existing batches of these numbers of these items in these stores, locked in one statement, in order. */
    List<StockBatch> lockBatches(Collection<Store> stores, Collection<Item> items, Collection<String> batchNos);

    /** The serial-tracked units of these serials of these items, locked in one statement, in order. */
    List<SerialUnit> lockSerials(Collection<Item> items, Collection<String> serialNos);

    /** A batch in a store, locked; empty when the batch was never in that store. */
    Optional<StockBatch> lockBatch(Store store, Item item, String batchNo);

    /** A batch in a store, locked; created empty (with that expiry) when new. A concurrent creation fails as a conflict. */
    StockBatch lockOrCreateBatch(Store store, Item item, String batchNo, LocalDate expiryDate, Instant now);

    /** The units of any item that carry one of these serials, as they are now (not locked). */
    List<SerialUnit> unitsWithSerials(Collection<String> serialNos);

    /** A serial-tracked unit, locked; empty when the serial was never received. */
    Optional<SerialUnit> lockSerial(Item item, String serialNo);

    /** A serial-tracked unit, locked; created in no store when new. A concurrent creation fails as a conflict. */
    SerialUnit lockOrCreateSerial(Item item, String serialNo);

    /** Batches of an item with stock in a store, nearest expiry first, then first received first. */
    List<StockBatch> batches(Store store, Item item);

    /** Serials of an item in a store, first arrived first. */
    List<SerialUnit> serials(Store store, Item item);

    /** The on-hand quantity of an item in a store, without locking; zero when the store never had it. */
    java.math.BigDecimal balance(Store store, Item item);

    /** Every balance row of a store, zero ones too (items it once had), by item code. */
    List<StockBalance> balances(Store store);

    /** Non-zero balances of these stores, in one read. */
    List<StockBalance> onHand(Collection<Store> stores);

    /** The rows that brought these items into these stores since the day, newest first, in one read. */
    List<StockLedgerEntry> inflowsSince(Collection<Store> stores, Collection<Item> items, java.time.LocalDate since);

    /** Non-zero balances of a store, by item code. */
    List<StockBalance> onHand(Store store);

    /**
     * The book quantity of every item the store has a balance row for, as it stood at that instant:
     * the balance now less what was posted after it. A posting stamped before the instant and
     * committed after it counts as after: it was under way at that very moment.
     */
    java.util.Map<Long, java.math.BigDecimal> booksAt(Store store, java.time.Instant at);

    /**
     * The book quantity of every item the store has a balance row for, counting the movements of the
     * days up to this one (each row's own movement day), whenever they were reviewed: what the site's
     * own ledger of that day should show.
     */
    java.util.Map<Long, java.math.BigDecimal> booksDatedUpTo(Store store, java.time.LocalDate day);

    /**
     * The (store, item) pairs whose balance is not the sum of its ledger rows, of its batches or the
     * number of its serials in the store, by store, item and basis: a page of them, with their number;
     * empty when the books agree.
     */
    Page<StockDiscrepancy> discrepancies(PageRequest request);

    /** The movements of one item in one store, oldest first, each with the balance it left. */
    List<StockLedgerEntry> movements(Store store, Item item, int maxResults);

    /** A store's ledger rows matching the search (the latest {@code max}), oldest first. */
    List<LedgerRow> search(Store store, LedgerSearch search);

    /**
     * One page of a store's ledger rows matching the search (its {@code max} is not used): the
     * latest first, or the oldest first when sorted by {@link LedgerSearch#SORT_POSTED} ascending.
     */
    Page<LedgerRow> page(Store store, LedgerSearch search, PageRequest request);

    /** The ledger rows a document wrote, oldest first. */
    List<StockLedgerEntry> entriesOf(long documentId);

    /** The balances of the scope's stores (or of one store), zero ones too, with their stores and items. */
    List<StockBalance> balances(StoreScope scope, Store store);

    /** The net quantity per store, item and document category of the rows dated first to last. */
    List<CategoryTotal> movedByCategory(StoreScope scope, Store store, LocalDate first, LocalDate last);

    /** The net quantity per store and item of the rows dated after the day. */
    List<StoreItemTotal> movedAfter(StoreScope scope, Store store, LocalDate day);
}
