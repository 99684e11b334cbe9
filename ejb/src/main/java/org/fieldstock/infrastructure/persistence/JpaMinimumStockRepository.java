package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.requisition.MinimumStock;
import org.fieldstock.domain.requisition.MinimumStockRepository;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaMinimumStockRepository implements MinimumStockRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(MinimumStock level) {
        em.persist(level);
    }

    @Override
    public void remove(MinimumStock level) {
        em.remove(level);
    }

    @Override
    public Optional<MinimumStock> find(Store store, Item item) {
        return em.createQuery("SELECT m FROM MinimumStock m WHERE m.store = :store AND m.item = :item",
                        MinimumStock.class)
                .setParameter("store", store).setParameter("item", item).getResultStream().findFirst();
    }

    @Override
    public List<MinimumStock> ofStore(Store store) {
        return em.createQuery("SELECT m FROM MinimumStock m WHERE m.store = :store ORDER BY m.item.code",
                MinimumStock.class).setParameter("store", store).getResultList();
    }

    @Override
    public List<Level> belowMinimum(StoreScope scope, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        // below: no balance at all, or one under the minimum
        List<MinimumStock> below = StoreScopes.bind(em.createQuery("SELECT m FROM MinimumStock m JOIN m.store s"
                + " JOIN s.owner o LEFT JOIN o.parent p WHERE NOT EXISTS (SELECT b FROM StockBalance b"
                + " WHERE b.store = m.store AND b.item = m.item AND b.onHand >= m.minimum)"
                + StoreScopes.and(scope, "o", "p") + " ORDER BY s.code, m.item.code", MinimumStock.class), scope)
                .setMaxResults(max).getResultList().stream()
                // stores closed are left out here: EclipseLink writes a boolean as 1, which H2 will not compare
                .filter(level -> level.getStore().isActive()).toList();
        Map<List<Long>, BigDecimal> onHand = new HashMap<>();
        // a few hundred levels per statement: Oracle takes at most a thousand in a list
        for (int from = 0; from < below.size(); from += 500) {
            List<Long> ids = below.subList(from, Math.min(below.size(), from + 500)).stream().map(MinimumStock::getId)
                    .toList();
            em.createQuery("SELECT m.id, b.onHand FROM MinimumStock m, StockBalance b WHERE m.id IN :ids"
                            + " AND b.store = m.store AND b.item = m.item", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> onHand.put(List.of(((Number) row[0]).longValue()), (BigDecimal) row[1]));
        }
        return below.stream().map(level -> new Level(level, onHand.getOrDefault(List.of(level.getId()),
                BigDecimal.ZERO))).toList();
    }

    @Override
    public Map<Item, BigDecimal> consumedSince(Store store, LocalDate from) {
        Map<Item, BigDecimal> consumed = new HashMap<>();
        em.createQuery("SELECT l.item, l.quantity FROM DocumentLine l JOIN l.document d WHERE d.store = :store"
                        + " AND d.category = :selfUse AND d.status = :reviewed AND d.documentDate >= :from", Object[].class)
                .setParameter("store", store)
                .setParameter("selfUse", DocumentCategory.SELF_USE)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .setParameter("from", from)
                .getResultList()
                .forEach(row -> consumed.merge((Item) row[0], ((BigDecimal) row[1]).abs(), BigDecimal::add));
        return consumed;
    }
}
