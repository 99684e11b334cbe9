package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.supplier.SupplierRepository;

@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<Supplier> byCode(String code) {
        return em.createQuery("SELECT s FROM Supplier s WHERE s.code = :code", Supplier.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Supplier> all() {
        return em.createQuery("SELECT s FROM Supplier s ORDER BY s.code", Supplier.class).getResultList();
    }
}
