package org.fieldstock.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
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
    public Page<ItemRequest> search(ItemRequestStatus status, OrgUnit within, PageRequest request) {
        String filter = " FROM ItemRequest r WHERE 1 = 1" + (status != null ? " AND r.status = :status" : "")
                + (within != null ? " AND (r.requestedFor = :within OR r.requestedFor.parent = :within)" : "");
        return Paging.page(filtered(em.createQuery("SELECT r" + filter + " ORDER BY r.requestedAt DESC, r.id DESC",
                        ItemRequest.class), status, within),
                filtered(em.createQuery("SELECT r.id" + filter, Long.class), status, within), request);
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, ItemRequestStatus status, OrgUnit within) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (within != null) {
            query.setParameter("within", within);
        }
        return query;
    }
}
