package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.ledger.StockDiscrepancy;
import org.fieldstock.domain.ledger.StockLedger;
import org.fieldstock.domain.ledger.StockLedgerEntry;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BusinessException;

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
        return lockBalance(store, item).orElseGet(() -> {
            StockBalance created = new StockBalance(store, item);
            em.persist(created);
            try {
                em.flush();
            } catch (PersistenceException concurrentInsert) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "stock.concurrentUpdate",
                        item.getCode(), store.getCode());
            }
            return created;
        });
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
    public List<StockBalance> onHand(Store store) {
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store = :store AND b.onHand <> 0"
                        + " ORDER BY b.item.code", StockBalance.class)
                .setParameter("store", store)
                .getResultList();
    }

    @Override
    public List<StockDiscrepancy> discrepancies() {
        Map<List<String>, BigDecimal> ledgerSums = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.store.code, e.item.code, SUM(e.quantity) FROM StockLedgerEntry e"
                + " GROUP BY e.store.code, e.item.code", Object[].class).getResultList()) {
            ledgerSums.put(List.of((String) row[0], (String) row[1]), (BigDecimal) row[2]);
        }
        List<StockDiscrepancy> found = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT b.store.code, b.item.code, b.onHand FROM StockBalance b"
                + " ORDER BY b.store.code, b.item.code", Object[].class).getResultList()) {
            BigDecimal sum = ledgerSums.remove(List.of((String) row[0], (String) row[1]));
            BigDecimal balance = (BigDecimal) row[2];
            BigDecimal ledgerSum = sum == null ? BigDecimal.ZERO : sum;
            if (balance.compareTo(ledgerSum) != 0) {
                found.add(new StockDiscrepancy((String) row[0], (String) row[1], balance, ledgerSum));
            }
        }
        ledgerSums.forEach((key, sum) -> {
            if (sum.signum() != 0) {
                found.add(new StockDiscrepancy(key.get(0), key.get(1), BigDecimal.ZERO, sum));
            }
        });
        return found;
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
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public List<StockLedgerEntry> entriesOf(long documentId) {
        return em.createQuery("SELECT e FROM StockLedgerEntry e WHERE e.document.id = :id ORDER BY e.id",
                        StockLedgerEntry.class)
                .setParameter("id", documentId)
                .getResultList();
    }
}
