package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stock.CategoryTotal;
import org.fieldstock.domain.stock.LedgerRow;
import org.fieldstock.domain.stock.LedgerSearch;
import org.fieldstock.domain.stock.SerialUnit;
import org.fieldstock.domain.stock.StockBalance;
import org.fieldstock.domain.stock.StockBatch;
import org.fieldstock.domain.stock.StockDiscrepancy;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.stock.StockLedgerEntry;
import org.fieldstock.domain.stock.StoreItemTotal;
import org.fieldstock.domain.user.StoreScope;

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
    public List<SerialUnit> unitsWithSerials(Collection<String> serialNos) {
        if (serialNos.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM SerialUnit u WHERE u.serialNo IN :serials ORDER BY u.itemId, u.serialNo",
                SerialUnit.class).setParameter("serials", List.copyOf(serialNos)).getResultList();
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
    public List<StockBalance> onHand(Collection<Store> stores) {
        if (stores.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store IN :stores AND b.onHand <> 0",
                StockBalance.class).setParameter("stores", List.copyOf(stores)).getResultList();
    }

    @Override
    public List<StockLedgerEntry> inflowsSince(Collection<Store> stores, Collection<Item> items, LocalDate since) {
        if (stores.isEmpty() || items.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM StockLedgerEntry e WHERE e.store IN :stores AND e.item IN :items"
                        + " AND e.quantity > 0 AND e.movementDay >= :since ORDER BY e.postedAt DESC, e.id DESC",
                        StockLedgerEntry.class)
                .setParameter("stores", List.copyOf(stores)).setParameter("items", List.copyOf(items))
                .setParameter("since", since).getResultList();
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

    /**
     * The stock check's rule in one statement, so that the database adds up the ledger (an index-only
     * scan of (store, item, quantity), in key order, merged with the balances' unique key) and only the
     * rows that disagree leave it. Each comparison has two halves instead of a FULL JOIN (which H2 lacks):
     * the sums with their balance (none counting as zero), and the non-zero balances with nothing to sum.
     * Ordered by store, item and basis as before; the window count gives the total in the same pass.
     */
    private static final String DISCREPANCIES = """
            SELECT s.code, i.code, d.basis, d.balance, d.expected, COUNT(*) OVER () FROM (
              SELECT e.store_id, e.item_id, 0 AS basis, COALESCE(b.on_hand, 0) AS balance, e.total AS expected
                FROM (SELECT store_id, item_id, SUM(quantity) AS total FROM stock_ledger_entry
                       GROUP BY store_id, item_id) e
                LEFT JOIN stock_balance b ON b.store_id = e.store_id AND b.item_id = e.item_id
               WHERE COALESCE(b.on_hand, 0) <> e.total
              UNION ALL
              SELECT b.store_id, b.item_id, 0, b.on_hand, 0 FROM stock_balance b
               WHERE b.on_hand <> 0 AND NOT EXISTS (SELECT 1 FROM stock_ledger_entry e
                                                      WHERE e.store_id = b.store_id AND e.item_id = b.item_id)
              UNION ALL
              SELECT t.store_id, t.item_id, 1,
                     CASE WHEN ti.shelf_life_months IS NOT NULL THEN COALESCE(b.on_hand, 0) ELSE 0 END, t.total
                FROM (SELECT store_id, item_id, SUM(on_hand) AS total FROM stock_batch GROUP BY store_id, item_id) t
                JOIN item ti ON ti.id = t.item_id
                LEFT JOIN stock_balance b ON b.store_id = t.store_id AND b.item_id = t.item_id
               WHERE CASE WHEN ti.shelf_life_months IS NOT NULL THEN COALESCE(b.on_hand, 0) ELSE 0 END <> t.total
              UNION ALL
              SELECT b.store_id, b.item_id, 1, b.on_hand, 0 FROM stock_balance b JOIN item bi ON bi.id = b.item_id
               WHERE bi.shelf_life_months IS NOT NULL AND b.on_hand <> 0
                 AND NOT EXISTS (SELECT 1 FROM stock_batch t WHERE t.store_id = b.store_id AND t.item_id = b.item_id)
              UNION ALL
              SELECT u.store_id, u.item_id, 2,
                     CASE WHEN ui.serial_tracked = TRUE THEN COALESCE(b.on_hand, 0) ELSE 0 END, u.total
                FROM (SELECT store_id, item_id, COUNT(*) AS total FROM serial_unit WHERE store_id IS NOT NULL
                       GROUP BY store_id, item_id) u
                JOIN item ui ON ui.id = u.item_id
                LEFT JOIN stock_balance b ON b.store_id = u.store_id AND b.item_id = u.item_id
               WHERE CASE WHEN ui.serial_tracked = TRUE THEN COALESCE(b.on_hand, 0) ELSE 0 END <> u.total
              UNION ALL
              SELECT b.store_id, b.item_id, 2, b.on_hand, 0 FROM stock_balance b JOIN item si ON si.id = b.item_id
               WHERE si.serial_tracked = TRUE AND b.on_hand <> 0
                 AND NOT EXISTS (SELECT 1 FROM serial_unit u WHERE u.store_id = b.store_id AND u.item_id = b.item_id)
            ) d
            JOIN store s ON s.id = d.store_id
            JOIN item i ON i.id = d.item_id
            ORDER BY s.code, i.code, d.basis
            """;

    @Override
    public Page<StockDiscrepancy> discrepancies(PageRequest request) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DISCREPANCIES)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        List<StockDiscrepancy> found = new ArrayList<>(rows.size());
        long total = 0;
        for (Object[] row : rows) {
            found.add(new StockDiscrepancy((String) row[0], (String) row[1],
                    StockDiscrepancy.Basis.values()[((Number) row[2]).intValue()], decimal(row[3]), decimal(row[4])));
            total = ((Number) row[5]).longValue();
        }
        return Page.of(found, total, request);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
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

    @Override
    public List<StockBalance> balances(StoreScope scope, Store store) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return scoped(em.createQuery("SELECT b FROM StockBalance b JOIN FETCH b.store s JOIN FETCH b.item"
                + " JOIN s.owner o LEFT JOIN o.parent p WHERE 1 = 1" + filter(scope, store), StockBalance.class),
                scope, store).getResultList();
    }

    @Override
    public List<CategoryTotal> movedByCategory(StoreScope scope, Store store, LocalDate first, LocalDate last) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return scoped(em.createQuery("SELECT NEW org.fieldstock.domain.stock.CategoryTotal(s.id, e.item.id, d.category,"
                + " SUM(e.quantity)) FROM StockLedgerEntry e JOIN e.store s JOIN e.document d JOIN s.owner o"
                + " LEFT JOIN o.parent p WHERE e.movementDay >= :first AND e.movementDay <= :last" + filter(scope, store)
                + " GROUP BY s.id, e.item.id, d.category", CategoryTotal.class), scope, store)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }

    @Override
    public List<StoreItemTotal> movedAfter(StoreScope scope, Store store, LocalDate day) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return scoped(em.createQuery("SELECT NEW org.fieldstock.domain.stock.StoreItemTotal(s.id, e.item.id,"
                + " SUM(e.quantity)) FROM StockLedgerEntry e JOIN e.store s JOIN s.owner o LEFT JOIN o.parent p"
                + " WHERE e.movementDay > :day" + filter(scope, store) + " GROUP BY s.id, e.item.id",
                StoreItemTotal.class), scope, store).setParameter("day", day).getResultList();
    }

    private static String filter(StoreScope scope, Store store) {
        return (store == null ? "" : " AND s = :store") + StoreScopes.and(scope, "o", "p");
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, StoreScope scope, Store store) {
        if (store != null) {
            query.setParameter("store", store);
        }
        return StoreScopes.bind(query, scope);
    }
}
