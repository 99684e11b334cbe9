package org.fieldstock.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemPrice;
import org.fieldstock.domain.item.ItemPriceRepository;

@ApplicationScoped
public class JpaItemPriceRepository implements ItemPriceRepository {

    /** No later entry of the same item in force on the day (the order of {@link ItemPrice#IN_FORCE_ORDER}). */
    private static final String LATEST = " AND NOT EXISTS (SELECT q.id FROM ItemPrice q WHERE q.item = p.item"
            + " AND q.effectiveFrom <= :day AND (q.effectiveFrom > p.effectiveFrom OR (q.effectiveFrom = p.effectiveFrom"
            + " AND (q.setAt > p.setAt OR (q.setAt = p.setAt AND q.id > p.id)))))";

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(ItemPrice price) {
        em.persist(price);
    }

    @Override
    public List<ItemPrice> history(Item item) {
        return em.createQuery("SELECT p FROM ItemPrice p WHERE p.item = :item ORDER BY p.effectiveFrom, p.setAt, p.id",
                ItemPrice.class).setParameter("item", item).getResultList();
    }

    @Override
    public List<ItemPrice> inForce(LocalDate day) {
        return em.createQuery("SELECT p FROM ItemPrice p JOIN FETCH p.item WHERE p.effectiveFrom <= :day" + LATEST,
                ItemPrice.class).setParameter("day", day).getResultList();
    }

    @Override
    public List<Long> listedItemIds() {
        return em.createQuery("SELECT DISTINCT p.item.id FROM ItemPrice p", Long.class).getResultList();
    }

    @Override
    public List<ItemPrice> effectiveOn(LocalDate day) {
        return em.createQuery("SELECT p FROM ItemPrice p JOIN FETCH p.item WHERE p.effectiveFrom = :day" + LATEST,
                ItemPrice.class).setParameter("day", day).getResultList();
    }
}
