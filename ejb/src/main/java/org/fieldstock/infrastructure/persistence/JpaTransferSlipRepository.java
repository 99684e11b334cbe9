package org.fieldstock.infrastructure.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.transfer.TransferSearch;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipRepository;

@ApplicationScoped
public class JpaTransferSlipRepository implements TransferSlipRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<TransferSlip> find(long id) {
        return Optional.ofNullable(em.find(TransferSlip.class, id)).filter(s -> s.getStatus() != DocumentStatus.DELETED);
    }

    @Override
    public Optional<TransferSlip> findForUpdate(long id) {
        return Optional.ofNullable(em.find(TransferSlip.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(s -> s.getStatus() != DocumentStatus.DELETED);
    }

    @Override
    public void add(TransferSlip slip) {
        em.persist(slip);
    }

    @Override
    public String nextNumber(LocalDate date) {
        return String.format("TR-%d-%06d", date.getYear(), SequenceValues.next(em, "transfer_number_seq"));
    }

    @Override
    public Optional<Long> idOfSlipGenerating(long documentId) {
        return em.createQuery("SELECT s.id FROM TransferSlip s WHERE s.status <> :deleted"
                        + " AND (s.outbound.id = :doc OR s.inbound.id = :doc)", Long.class)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("doc", documentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<TransferSlip> generating(long documentId) {
        return em.createQuery("SELECT s FROM TransferSlip s WHERE s.status <> :deleted"
                        + " AND (s.outbound.id = :doc OR s.inbound.id = :doc)", TransferSlip.class)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("doc", documentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<TransferSlip> search(TransferSearch search) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM TransferSlip s WHERE s.status <> :deleted");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"deleted", DocumentStatus.DELETED});
        if (search.storeCode() != null && !search.storeCode().isBlank()) {
            jpql.append(" AND (s.fromStore.code = :store OR s.toStore.code = :store)");
            parameters.add(new Object[] {"store", search.storeCode().strip()});
        }
        if (search.onlyStores() != null) {
            if (search.onlyStores().isEmpty()) {
                return List.of();
            }
            jpql.append(" AND (s.fromStore.code IN :scope OR s.toStore.code IN :scope)");
            parameters.add(new Object[] {"scope", List.copyOf(search.onlyStores())});
        }
        if (search.status() != null) {
            jpql.append(" AND s.status = :status");
            parameters.add(new Object[] {"status", search.status()});
        }
        if (search.from() != null) {
            jpql.append(" AND s.slipDate >= :from");
            parameters.add(new Object[] {"from", search.from()});
        }
        if (search.to() != null) {
            jpql.append(" AND s.slipDate <= :to");
            parameters.add(new Object[] {"to", search.to()});
        }
        if (search.crossBu() != null) {
            jpql.append(" AND s.crossBu = :cross");
            parameters.add(new Object[] {"cross", search.crossBu()});
        }
        jpql.append(" ORDER BY s.slipDate DESC, s.number DESC");
        TypedQuery<TransferSlip> query = em.createQuery(jpql.toString(), TransferSlip.class);
        for (Object[] p : parameters) {
            query.setParameter((String) p[0], p[1]);
        }
        return query.setMaxResults(search.maxResults()).getResultList();
    }

    @Override
    public List<TransferSlip> awaitingReview() {
        return em.createQuery("SELECT s FROM TransferSlip s WHERE s.status = :saved ORDER BY s.slipDate, s.number",
                        TransferSlip.class)
                .setParameter("saved", DocumentStatus.SAVED)
                .getResultList();
    }

    @Override
    public List<TransferSlip> awaitingShipment() {
        return em.createQuery("SELECT s FROM TransferSlip s WHERE s.status = :reviewed AND s.outbound.status = :saved"
                        + " ORDER BY s.slipDate, s.number", TransferSlip.class)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .setParameter("saved", DocumentStatus.SAVED)
                .getResultList();
    }

    @Override
    public List<TransferSlip> inTransit() {
        return em.createQuery("SELECT s FROM TransferSlip s WHERE s.status = :reviewed AND s.outbound.status = :reviewed"
                        + " AND (s.inbound.status = :saved OR (s.lossApprovedAt IS NULL AND EXISTS ("
                        + "SELECT l FROM DocumentLine l WHERE l.document = s.inbound AND l.missingOnArrival > 0)))"
                        + " ORDER BY s.slipDate, s.number", TransferSlip.class)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .setParameter("saved", DocumentStatus.SAVED)
                .getResultList();
    }

    @Override
    public List<TransferSlip> crossBu(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT s FROM TransferSlip s WHERE s.status = :reviewed AND s.crossBu = TRUE"
                        + " AND s.slipDate >= :from AND s.slipDate <= :to ORDER BY s.slipDate, s.number",
                        TransferSlip.class)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
