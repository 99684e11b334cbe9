package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.ledger.StockLedger;
import org.fieldstock.domain.ledger.StockLedgerEntry;
import org.fieldstock.domain.organisation.Store;

@ApplicationScoped
public class JpaStockLedger implements StockLedger {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Inject
    private BalanceRowCreator balanceRows;

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
    public void ensureBalanceExists(Store store, Item item) {
        if (lockBalance(store, item).isEmpty()) {
            try {
                balanceRows.createIfAbsent(store.getId(), item.getId());
            } catch (EJBException lostRace) {
                // another transaction inserted the same row first: it exists now, which is all we need
            }
        }
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
