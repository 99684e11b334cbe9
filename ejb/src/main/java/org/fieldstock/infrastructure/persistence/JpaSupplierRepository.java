package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.fieldstock.domain.shared.BusinessException;
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
    public Optional<Supplier> byCodeForUpdate(String code) {
        return byCode(code).map(supplier -> {
            em.refresh(supplier, LockModeType.PESSIMISTIC_WRITE);
            return supplier;
        });
    }

    @Override
    public void add(Supplier supplier) {
        em.persist(supplier);
        try {
            em.flush();
        } catch (PersistenceException codeTakenMeanwhile) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "supplier.code.taken", supplier.getCode());
        }
    }

    @Override
    public List<Supplier> all() {
        return em.createQuery("SELECT s FROM Supplier s ORDER BY s.code", Supplier.class).getResultList();
    }
}
