package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.ledger.StockBalance;
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
    public List<StockBalance> onHand(Store store) {
        return em.createQuery("SELECT b FROM StockBalance b WHERE b.store = :store AND b.onHand <> 0"
                        + " ORDER BY b.item.code", StockBalance.class)
                .setParameter("store", store)
                .getResultList();
    }

    @Override
    public List<StockLedgerEntry> entriesOf(long documentId) {
        return em.createQuery("SELECT e FROM StockLedgerEntry e WHERE e.document.id = :id ORDER BY e.id",
                        StockLedgerEntry.class)
                .setParameter("id", documentId)
                .getResultList();
    }
}
