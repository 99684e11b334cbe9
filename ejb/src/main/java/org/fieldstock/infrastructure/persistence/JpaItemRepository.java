package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.item.ItemRepository;

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
    public List<Item> search(String text, int maxResults) {
        String pattern = "%" + (text == null ? "" : escapeLike(text.strip().toLowerCase(Locale.ROOT))) + "%";
        return em.createQuery("SELECT i FROM Item i WHERE LOWER(i.code) LIKE :p ESCAPE '!'"
                        + " OR LOWER(i.nameZh) LIKE :p ESCAPE '!' OR LOWER(i.nameEn) LIKE :p ESCAPE '!'"
                        + " OR LOWER(i.spec) LIKE :p ESCAPE '!' ORDER BY i.code", Item.class)
                .setParameter("p", pattern)
                .setMaxResults(maxResults)
                .getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
