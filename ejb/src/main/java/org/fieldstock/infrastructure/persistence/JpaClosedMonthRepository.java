package org.fieldstock.infrastructure.persistence;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.closing.ClosedMonth;
import org.fieldstock.domain.closing.ClosedMonthRepository;
import org.fieldstock.domain.organisation.OrgUnit;

@ApplicationScoped
public class JpaClosedMonthRepository implements ClosedMonthRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<ClosedMonth> find(OrgUnit businessUnit, YearMonth month) {
        return query(businessUnit, month, LockModeType.NONE);
    }

    @Override
    public Optional<ClosedMonth> findForUpdate(OrgUnit businessUnit, YearMonth month) {
        return query(businessUnit, month, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<ClosedMonth> query(OrgUnit businessUnit, YearMonth month, LockModeType lock) {
        return em.createQuery("SELECT m FROM ClosedMonth m WHERE m.businessUnit = :bu AND m.period = :period",
                        ClosedMonth.class)
                .setParameter("bu", businessUnit)
                .setParameter("period", month.toString())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean isClosed(OrgUnit businessUnit, YearMonth month) {
        return find(businessUnit, month).map(ClosedMonth::isClosed).orElse(false);
    }

    @Override
    public List<ClosedMonth> of(OrgUnit businessUnit) {
        if (businessUnit == null) {
            return em.createQuery("SELECT m FROM ClosedMonth m ORDER BY m.period DESC, m.businessUnit.code",
                    ClosedMonth.class).getResultList();
        }
        return em.createQuery("SELECT m FROM ClosedMonth m WHERE m.businessUnit = :bu ORDER BY m.period DESC",
                ClosedMonth.class).setParameter("bu", businessUnit).getResultList();
    }

    @Override
    public void add(ClosedMonth month) {
        em.persist(month);
    }
}
