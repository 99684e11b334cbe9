package org.fieldstock.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.ledger.StockBalance;
import org.fieldstock.domain.organisation.Store;

/**
 * Inserts a zero balance row in a transaction of its own. Two servers receiving the same new
 * item at once would otherwise both insert it inside their long posting transactions and one
 * would fail at commit; here the loser just finds the row the winner committed.
 */
@Stateless
public class BalanceRowCreator {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfAbsent(long storeId, long itemId) {
        Long existing = em.createQuery("SELECT COUNT(b) FROM StockBalance b WHERE b.store.id = :s AND b.item.id = :i",
                        Long.class)
                .setParameter("s", storeId)
                .setParameter("i", itemId)
                .getSingleResult();
        if (existing == 0) {
            em.persist(new StockBalance(em.find(Store.class, storeId), em.find(Item.class, itemId)));
        }
    }
}
