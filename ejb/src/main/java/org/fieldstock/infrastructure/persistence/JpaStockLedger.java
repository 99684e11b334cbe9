package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.LedgerSearch;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockBatch;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

@ApplicationScoped
public class JpaStockLedger implements StockLedger {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<StockBalance> lockBalance(Store store, Item item) {
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store = :store AND b.item = :item",
                        StockBalance.class)
                .setParameter("store", store)
                .setParameter("item", item)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public StockBalance lockOrCreateBalance(Store store, Item item) {
        return lockBalance(store, item).orElseGet(() -> insert(new StockBalance(store, item), item, store.getCode()));
    }

    @Override
    public Optional<StockBatch> lockBatch(Store store, Item item, String batchNo) {
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.store = :store AND b.item = :item"
                        + " AND b.batchNo = :batch", StockBatch.class)
                .setParameter("store", store)
                .setParameter("item", item)
                .setParameter("batch", batchNo)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public StockBatch lockOrCreateBatch(Store store, Item item, String batchNo, LocalDate expiryDate, Instant now) {
        return lockBatch(store, item, batchNo).orElseGet(
                () -> insert(new StockBatch(store, item, batchNo, expiryDate, now), item, store.getCode()));
    }

    @Override
    public Optional<SerialUnit> lockSerial(Item item, String serialNo) {
        return em.createQuery("SELECT u FROM SerialUnit u WHERE u.item = :item AND u.serialNo = :serial",
                        SerialUnit.class)
                .setParameter("item", item)
                .setParameter("serial", serialNo)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public SerialUnit lockOrCreateSerial(Item item, String serialNo) {
        return lockSerial(item, serialNo).orElseGet(() -> insert(new SerialUnit(item, serialNo), item, serialNo));
    }

    @Override
    public List<StockBatch> batches(Store store, Item item) {
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.store = :store AND b.item = :item AND b.onHand > 0"
                        + " ORDER BY b.expiryDate, b.firstReceived, b.batchNo", StockBatch.class)
                .setParameter("store", store)
                .setParameter("item", item)
                .getResultList();
    }

    @Override
    public List<SerialUnit> serials(Store store, Item item) {
        return em.createQuery("SELECT u FROM SerialUnit u WHERE u.store = :store AND u.item = :item"
                        + " ORDER BY u.arrivedAt, u.serialNo", SerialUnit.class)
                .setParameter("store", store)
                .setParameter("item", item)
                .getResultList();
    }

    /**
     * Inserts a row that a unique key guards. Should another transaction insert the same key at the
     * same moment, one of the two fails here as a conflict that may simply be repeated.
     */
    private <T> T insert(T row, Item item, String where) {
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException concurrentInsert) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.concurrentUpdate", item.getCode(),
                    where);
        }
        return row;
    }

    @Override
    public List<StockBalance> lockBalances(Collection<Store> stores, Collection<Item> items) {
        if (stores.isEmpty() || items.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store IN :stores AND b.item IN :items"
                        + " ORDER BY b.itemId, b.storeId", StockBalance.class)
                .setParameter("stores", List.copyOf(stores))
                .setParameter("items", List.copyOf(items))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<StockBatch> lockBatches(Collection<Store> stores, Collection<Item> items, Collection<String> batchNos) {
        if (stores.isEmpty() || items.isEmpty() || batchNos.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM StockBatch b WHERE b.store IN :stores AND b.item IN :items"
                        + " AND b.batchNo IN :batches ORDER BY b.itemId, b.storeId, b.batchNo", StockBatch.class)
                .setParameter("stores", List.copyOf(stores))
                .setParameter("items", List.copyOf(items))
                .setParameter("batches", List.copyOf(batchNos))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<SerialUnit> lockSerials(Collection<Item> items, Collection<String> serialNos) {
        if (items.isEmpty() || serialNos.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM SerialUnit u WHERE u.item IN :items AND u.serialNo IN :serials"
                        + " ORDER BY u.itemId, u.serialNo", SerialUnit.class)
                .setParameter("items", List.copyOf(items))
                .setParameter("serials", List.copyOf(serialNos))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void append(StockLedgerEntry entry) {
        em.persist(entry);
    }

    @Override
    public BigDecimal balance(Store store, Item item) {
        return em.createQuery("SELECT b.onHand FROM StockBalance b WHERE b.store = :store AND b.item = :item",
                        BigDecimal.class)
                .setParameter("store", store)
                .setParameter("item", item)
                .getResultStream()
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public List<StockBalance> balances(Store store) {
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store = :store ORDER BY b.item.code",
                        StockBalance.class)
                .setParameter("store", store)
                .getResultList();
    }

    @Override
    public List<StockBalance> onHand(Store store) {
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store = :store AND b.onHand <> 0"
                        + " ORDER BY b.item.code", StockBalance.class)
                .setParameter("store", store)
                .getResultList();
    }

    @Override
    public Map<Long, BigDecimal> booksAt(Store store, Instant at) {
        // one statement, so that balances and ledger rows come from one snapshot: a posting committing
        // meanwhile is in both or in neither, never subtracted from a balance that lacks it
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.item_id, b.on_hand - COALESCE(SUM(e.quantity), 0)"
                        + " FROM stock_balance b LEFT JOIN stock_ledger_entry e"
                        + " ON e.store_id = b.store_id AND e.item_id = b.item_id AND e.posted_at > ?1"
                        + " WHERE b.store_id = ?2 GROUP BY b.item_id, b.on_hand")
                .setParameter(1, new InstantConverter().convertToDatabaseColumn(at))
                .setParameter(2, store.getId())
                .getResultList();
        return itemQuantities(rows);
    }

    @Override
    public Map<Long, BigDecimal> booksDatedUpTo(Store store, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.item_id, b.on_hand - COALESCE((SELECT SUM(e.quantity)"
                        + " FROM stock_ledger_entry e"
                        + " WHERE e.store_id = b.store_id AND e.item_id = b.item_id AND e.movement_day > ?1), 0)"
                        + " FROM stock_balance b WHERE b.store_id = ?2")
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, store.getId())
                .getResultList();
        return itemQuantities(rows);
    }

    private static Map<Long, BigDecimal> itemQuantities(List<Object[]> rows) {
        Map<Long, BigDecimal> books = new HashMap<>();
        for (Object[] row : rows) {
            books.put(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()));
        }
        return books;
    }

    @Override
    public List<StockDiscrepancy> discrepancies() {
        Map<List<String>, BigDecimal> balances = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT b.store.code, b.item.code, b.onHand FROM StockBalance b",
                Object[].class).getResultList()) {
            balances.put(List.of((String) row[0], (String) row[1]), (BigDecimal) row[2]);
        }
        List<StockDiscrepancy> found = new ArrayList<>();
        compare(balances, sums("SELECT e.store.code, e.item.code, SUM(e.quantity) FROM StockLedgerEntry e"
                + " GROUP BY e.store.code, e.item.code"), StockDiscrepancy.Basis.LEDGER, found);
        compare(onlyTracked(balances, "SELECT DISTINCT i.code FROM Item i WHERE i.shelfLifeMonths IS NOT NULL"),
                sums("SELECT b.store.code, b.item.code, SUM(b.onHand) FROM StockBatch b"
                        + " GROUP BY b.store.code, b.item.code"), StockDiscrepancy.Basis.BATCHES, found);
        compare(onlyTracked(balances, "SELECT DISTINCT i.code FROM Item i WHERE i.serialTracked = TRUE"),
                sums("SELECT u.store.code, u.item.code, COUNT(u) FROM SerialUnit u WHERE u.store IS NOT NULL"
                        + " GROUP BY u.store.code, u.item.code"), StockDiscrepancy.Basis.SERIALS, found);
        found.sort(Comparator.comparing(StockDiscrepancy::storeCode)
                .thenComparing(StockDiscrepancy::itemCode).thenComparing(StockDiscrepancy::comparedWith));
        return found;
    }

    private Map<List<String>, BigDecimal> sums(String query) {
        Map<List<String>, BigDecimal> sums = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            Object sum = row[2];
            sums.put(List.of((String) row[0], (String) row[1]),
                    sum instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) sum).longValue()));
        }
        return sums;
    }

    private Map<List<String>, BigDecimal> onlyTracked(Map<List<String>, BigDecimal> balances, String trackedItems) {
        Set<String> codes = new HashSet<>(em.createQuery(trackedItems, String.class).getResultList());
        Map<List<String>, BigDecimal> tracked = new HashMap<>();
        balances.forEach((key, balance) -> {
            if (codes.contains(key.get(1))) {
                tracked.put(key, balance);
            }
        });
        return tracked;
    }

    /** Every (store, item) where the balance and the other figure differ; a missing one counts as zero. */
    private static void compare(Map<List<String>, BigDecimal> balances, Map<List<String>, BigDecimal> others,
            StockDiscrepancy.Basis basis, List<StockDiscrepancy> found) {
        Set<List<String>> keys = new HashSet<>(balances.keySet());
        keys.addAll(others.keySet());
        for (List<String> key : keys) {
            BigDecimal balance = balances.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal other = others.getOrDefault(key, BigDecimal.ZERO);
            if (balance.compareTo(other) != 0) {
                found.add(new StockDiscrepancy(key.get(0), key.get(1), basis, balance, other));
            }
        }
    }

    @Override
    public List<StockLedgerEntry> movements(Store store, Item item, int maxResults) {
        List<StockLedgerEntry> newestFirst = em.createQuery("SELECT e FROM StockLedgerEntry e WHERE e.store = :store"
                        + " AND e.item = :item ORDER BY e.postedAt DESC, e.id DESC", StockLedgerEntry.class)
                .setParameter("store", store)
                .setParameter("item", item)
                .setMaxResults(maxResults)
                .getResultList();
        List<StockLedgerEntry> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public List<LedgerRow> search(Store store, LedgerSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ledgerWhere(store, search, parameters);
        TypedQuery<Object[]> query = em.createQuery("SELECT e, d.category, e.movementDay, d.remark" + where
                + " ORDER BY e.postedAt DESC, e.id DESC", Object[].class);
        parameters.forEach(query::setParameter);
        List<LedgerRow> oldestFirst = ledgerRows(query.setMaxResults(search.max()).getResultList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public Page<LedgerRow> page(Store store, LedgerSearch search, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ledgerWhere(store, search, parameters);
        String direction = request.sortsBy(LedgerSearch.SORT_POSTED) && request.sort().ascending() ? " ASC" : " DESC";
        TypedQuery<Object[]> rows = em.createQuery("SELECT e, d.category, e.movementDay, d.remark" + where
                + " ORDER BY e.postedAt" + direction + ", e.id" + direction, Object[].class);
        TypedQuery<Long> ids = em.createQuery("SELECT e.id" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            ids.setParameter(name, value);
        });
        return Paging.page(rows, ids, request).map(JpaStockLedger::ledgerRow);
    }

    /** The store's rows the search asks for, each with its document (joined for the category filter). */
    private static String ledgerWhere(Store store, LedgerSearch search, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" FROM StockLedgerEntry e JOIN e.document d WHERE e.store = :store");
        parameters.put("store", store);
        if (search.item() != null) {
            jpql.append(" AND e.item = :item");
            parameters.put("item", search.item());
        }
        if (search.category() != null) {
            jpql.append(" AND d.category = :category");
            parameters.put("category", search.category());
        }
        if (search.from() != null) {
            jpql.append(" AND e.postedAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            jpql.append(" AND e.postedAt < :to");
            parameters.put("to", search.to());
        }
        if (search.documentDay() != null) {
            jpql.append(" AND e.movementDay = :day");
            parameters.put("day", search.documentDay());
        }
        return jpql.toString();
    }

    private static List<LedgerRow> ledgerRows(List<Object[]> found) {
        List<LedgerRow> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            rows.add(ledgerRow(row));
        }
        return rows;
    }

    private static LedgerRow ledgerRow(Object[] row) {
        return new LedgerRow((StockLedgerEntry) row[0], (DocumentCategory) row[1], (LocalDate) row[2], (String) row[3]);
    }

    @Override
    public List<StockLedgerEntry> entriesOf(long documentId) {
        return em.createQuery("SELECT e FROM StockLedgerEntry e WHERE e.document.id = :id ORDER BY e.id",
                        StockLedgerEntry.class)
                .setParameter("id", documentId)
                .getResultList();
    }
}
