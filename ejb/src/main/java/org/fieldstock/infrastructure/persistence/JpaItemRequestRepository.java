package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.request.ItemRequest;
import org.fieldstock.domain.request.ItemRequestRepository;
import org.fieldstock.domain.request.ItemRequestStatus;

@ApplicationScoped
public class JpaItemRequestRepository implements ItemRequestRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(ItemRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<ItemRequest> find(long id) {
        return Optional.ofNullable(em.find(ItemRequest.class, id));
    }

    @Override
    public Optional<ItemRequest> findForUpdate(long id) {
        return Optional.ofNullable(em.find(ItemRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ItemRequest> search(ItemRequestStatus status, OrgUnit within, int maxResults) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM ItemRequest r WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND r.status = :status");
        }
        if (within != null) {
            jpql.append(" AND (r.requestedFor = :within OR r.requestedFor.parent = :within)");
        }
        jpql.append(" ORDER BY r.requestedAt DESC, r.id DESC");
        TypedQuery<ItemRequest> query = em.createQuery(jpql.toString(), ItemRequest.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (within != null) {
            query.setParameter("within", within);
        }
        return query.setMaxResults(maxResults).getResultList();
    }
}
