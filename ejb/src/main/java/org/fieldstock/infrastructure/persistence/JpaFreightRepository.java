package org.fieldstock.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.freight.FreightRepository;
import org.fieldstock.domain.freight.FreightRequest;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaFreightRepository implements FreightRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public String nextNumber(LocalDate date) {
        return String.format("FR-%d-%06d", date.getYear(), SequenceValues.next(em, "freight_number_seq"));
    }

    @Override
    public void add(FreightRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<FreightRequest> find(long id) {
        return Optional.ofNullable(em.find(FreightRequest.class, id));
    }

    @Override
    public Optional<FreightRequest> findForUpdate(long id) {
        return Optional.ofNullable(em.find(FreightRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<FreightRequest> shipped(StoreScope scope, LocalDate from, LocalDate to, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return StoreScopes.bind(em.createQuery("SELECT f FROM FreightRequest f JOIN f.store s JOIN s.owner o"
                        + " LEFT JOIN o.parent p WHERE f.shipDate >= :from AND f.shipDate <= :to"
                        + StoreScopes.and(scope, "o", "p") + " ORDER BY f.shipDate, f.number", FreightRequest.class),
                scope).setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }
}
