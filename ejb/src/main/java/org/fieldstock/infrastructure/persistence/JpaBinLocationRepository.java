package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.stock.BinLocation;
import org.fieldstock.domain.stock.BinLocationRepository;

@ApplicationScoped
public class JpaBinLocationRepository implements BinLocationRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<BinLocation> find(Store store, Item item) {
        return em.createQuery("SELECT b FROM BinLocation b WHERE b.store = :store AND b.item = :item", BinLocation.class)
                .setParameter("store", store).setParameter("item", item).getResultStream().findFirst();
    }

    @Override
    public List<BinLocation> ofStore(Store store) {
        return em.createQuery("SELECT b FROM BinLocation b WHERE b.store = :store"
                        + " ORDER BY b.zone, b.level, b.position, b.item.code", BinLocation.class)
                .setParameter("store", store).getResultList();
    }

    @Override
    public void add(BinLocation location) {
        em.persist(location);
    }

    @Override
    public void remove(BinLocation location) {
        em.remove(location);
    }
}
