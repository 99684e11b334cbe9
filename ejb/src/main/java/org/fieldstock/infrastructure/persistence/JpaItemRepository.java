package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemCategory;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.item.ItemUsage;
import org.fieldstock.domain.shared.BusinessException;

@ApplicationScoped
public class JpaItemRepository implements ItemRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<Item> byCode(String code) {
        return em.createQuery("SELECT i FROM Item i WHERE i.code = :code", Item.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Item> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Item> found = new java.util.ArrayList<>();
        List<Long> all = List.copyOf(ids);
        // in slices: Oracle takes at most 1,000 values in an IN list
        for (int from = 0; from < all.size(); from += 1_000) {
            found.addAll(em.createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1_000))).getResultList());
        }
        return found;
    }

    @Override
    public List<Item> search(String text, int maxResults) {
        String pattern = "%" + (text == null ? "" : escapeLike(text.strip().toLowerCase(Locale.ROOT))) + "%";
        return em.createQuery("SELECT i FROM Item i WHERE LOWER(i.code) LIKE :p ESCAPE '!'"
                        + " OR LOWER(i.nameZh) LIKE :p ESCAPE '!' OR LOWER(i.nameEn) LIKE :p ESCAPE '!'"
                        + " OR LOWER(i.spec) LIKE :p ESCAPE '!' ORDER BY i.code", Item.class)
                .setParameter("p", pattern)
                .setMaxResults(maxResults)
                .getResultList();
    }

    @Override
    public List<Item> page(String text, ItemCategory category, int first, int maxResults) {
        return filtered("SELECT i", text, category, Item.class, " ORDER BY i.code")
                .setFirstResult(first)
                .setMaxResults(maxResults)
                .getResultList();
    }

    @Override
    public long count(String text, ItemCategory category) {
        return filtered("SELECT COUNT(i)", text, category, Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String text, ItemCategory category, Class<T> type,
            String orderBy) {
        String pattern = "%" + (text == null ? "" : escapeLike(text.strip().toLowerCase(Locale.ROOT))) + "%";
        TypedQuery<T> query = em.createQuery(select + " FROM Item i WHERE (LOWER(i.code) LIKE :p ESCAPE '!'"
                + " OR LOWER(i.nameZh) LIKE :p ESCAPE '!' OR LOWER(i.nameEn) LIKE :p ESCAPE '!'"
                + " OR LOWER(i.spec) LIKE :p ESCAPE '!')"
                + (category == null ? "" : " AND i.category = :category") + orderBy, type)
                .setParameter("p", pattern);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query;
    }

    @Override
    public Optional<Item> byCodeForUpdate(String code) {
        return byCode(code).map(item -> {
            em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
            return item;
        });
    }

    @Override
    public void add(Item item) {
        em.persist(item);
        try {
            em.flush();
        } catch (PersistenceException codeTakenMeanwhile) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "item.code.taken", item.getCode());
        }
    }

    @Override
    public ItemUsage usage(Item item) {
        boolean onDocuments = !em.createQuery("SELECT l.id FROM DocumentLine l WHERE l.item = :item", Long.class)
                .setParameter("item", item).setMaxResults(1).getResultList().isEmpty();
        boolean inStock = !em.createQuery("SELECT b.id FROM StockBalance b WHERE b.item = :item AND b.onHand <> 0",
                        Long.class)
                .setParameter("item", item).setMaxResults(1).getResultList().isEmpty();
        return new ItemUsage(onDocuments, inStock);
    }

    @Override
    public List<String> codesStartingWith(String prefix) {
        return em.createQuery("SELECT i.code FROM Item i WHERE i.code LIKE :p ESCAPE '!'", String.class)
                .setParameter("p", escapeLike(prefix) + "%")
                .getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
