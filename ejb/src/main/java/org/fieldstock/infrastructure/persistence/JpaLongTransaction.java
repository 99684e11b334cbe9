package org.fieldstock.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.shared.LongTransaction;

@ApplicationScoped
public class JpaLongTransaction implements LongTransaction {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void release() {
        em.flush();
        em.clear();
    }

    @Override
    public void readOnly() {
        em.setFlushMode(FlushModeType.COMMIT);
    }
}
