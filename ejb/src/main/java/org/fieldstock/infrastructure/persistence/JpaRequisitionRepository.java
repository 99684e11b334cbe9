package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.transfer.TransferSlip;

@ApplicationScoped
public class JpaRequisitionRepository implements RequisitionRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(Requisition requisition) {
        em.persist(requisition);
    }

    @Override
    public Optional<Requisition> find(long id) {
        return Optional.ofNullable(em.find(Requisition.class, id));
    }

    @Override
    public Optional<Requisition> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Requisition.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public String nextNumber(LocalDate date) {
        return String.format("REQ-%d-%06d", date.getYear(), SequenceValues.next(em, "requisition_number_seq"));
    }

    @Override
    public List<Requisition> search(OrgUnit within, boolean openOnly, int max) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM Requisition r JOIN r.site s LEFT JOIN s.parent p WHERE 1 = 1");
        if (within != null) {
            jpql.append(" AND (s.code = :within OR p.code = :within)");
        }
        if (openOnly) {
            jpql.append(" AND r.status NOT IN :ended");
        }
        jpql.append(" ORDER BY r.createdAt DESC, r.id DESC");
        TypedQuery<Requisition> query = em.createQuery(jpql.toString(), Requisition.class);
        if (within != null) {
            query.setParameter("within", within.getCode());
        }
        if (openOnly) {
            query.setParameter("ended", List.of(RequisitionStatus.CLOSED, RequisitionStatus.REFUSED,
                    RequisitionStatus.WITHDRAWN));
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, BigDecimal> receivedByItem(Requisition requisition) {
        Map<Long, BigDecimal> received = new HashMap<>();
        // of a transfer's arrival only what came in good order: damaged units went to the damaged store
        em.createQuery("SELECT l.item.id, l.quantity, l.damagedOnArrival, l.missingOnArrival FROM DocumentLine l"
                        + " JOIN l.document d WHERE d.requisition = :r AND d.status = :reviewed AND d.type = :inbound"
                        + " AND d.category <> :redReturn AND d.store.owner = :site", Object[].class)
                .setParameter("r", requisition)
                .setParameter("redReturn", DocumentCategory.MATERIAL_RETURN)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .setParameter("inbound", DocumentType.OTHER_INBOUND)
                .setParameter("site", requisition.getSite())
                .getResultList()
                .forEach(row -> received.merge(((Number) row[0]).longValue(), ((BigDecimal) row[1])
                        .subtract(row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2])
                        .subtract(row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3]), BigDecimal::add));
        return received;
    }

    @Override
    public Optional<Requisition> byNumber(String number) {
        return em.createQuery("SELECT r FROM Requisition r WHERE r.number = :number", Requisition.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Map<Long, BigDecimal> comingByItem(Requisition requisition, Long exceptSlipId, Long exceptDocumentId) {
        Map<Long, BigDecimal> coming = new HashMap<>();
        em.createQuery("SELECT l.item.id, l.quantity FROM TransferSlipLine l JOIN l.slip s LEFT JOIN s.inbound i"
                        + " WHERE s.requisition = :r AND s.status <> :deleted AND s.id <> :slip"
                        + " AND (i IS NULL OR i.status <> :reviewed)", Object[].class)
                .setParameter("r", requisition)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .setParameter("slip", exceptSlipId == null ? -1L : exceptSlipId)
                .getResultList()
                .forEach(row -> coming.merge(((Number) row[0]).longValue(), (BigDecimal) row[1], BigDecimal::add));
        em.createQuery("SELECT l.item.id, l.quantity FROM DocumentLine l JOIN l.document d WHERE d.requisition = :r"
                        + " AND d.status = :saved AND d.type = :inbound AND d.id <> :doc"
                        + " AND d.category NOT IN :notReceipts", Object[].class)
                .setParameter("r", requisition)
                .setParameter("saved", DocumentStatus.SAVED)
                .setParameter("inbound", DocumentType.OTHER_INBOUND)
                .setParameter("doc", exceptDocumentId == null ? -1L : exceptDocumentId)
                // a transfer's arrival is counted by its slip; a red-ink return brings nothing
                .setParameter("notReceipts", List.of(DocumentCategory.GOOD_TRANSFER_IN,
                        DocumentCategory.DAMAGED_TRANSFER_IN, DocumentCategory.MATERIAL_RETURN))
                .getResultList()
                .forEach(row -> coming.merge(((Number) row[0]).longValue(), (BigDecimal) row[1], BigDecimal::add));
        return coming;
    }

    @Override
    public List<Requisition> activeBetween(OrgUnit within, java.time.Instant start, java.time.Instant end) {
        String jpql = "SELECT r FROM Requisition r JOIN r.site s LEFT JOIN s.parent p WHERE r.createdAt < :end"
                + " AND (r.status NOT IN :ended OR r.stepSince >= :start)"
                + (within == null ? "" : " AND (s.code = :within OR p.code = :within)")
                + " ORDER BY r.createdAt, r.id";
        TypedQuery<Requisition> query = em.createQuery(jpql, Requisition.class).setParameter("end", end)
                .setParameter("start", start).setParameter("ended", List.of(RequisitionStatus.CLOSED,
                        RequisitionStatus.REFUSED, RequisitionStatus.WITHDRAWN));
        if (within != null) {
            query.setParameter("within", within.getCode());
        }
        return query.getResultList();
    }

    @Override
    public List<StockDocument> purchasesAwaitingRequisition(OrgUnit within, int max) {
        // the flag is bound, never written as a literal: EclipseLink would write TRUE as 1
        return awaiting("SELECT d FROM StockDocument d JOIN d.store st JOIN st.owner s LEFT JOIN s.parent p"
                + " WHERE d.emergency = :flagged AND d.requisition IS NULL AND d.status <> :deleted", "d.documentDate",
                within, max, StockDocument.class);
    }

    @Override
    public List<TransferSlip> shipmentsAwaitingRequisition(OrgUnit within, int max) {
        return awaiting("SELECT d FROM TransferSlip d JOIN d.toStore st JOIN st.owner s LEFT JOIN s.parent p"
                + " WHERE d.emergency = :flagged AND d.requisition IS NULL AND d.status <> :deleted", "d.slipDate",
                within, max, TransferSlip.class);
    }

    private <T> List<T> awaiting(String select, String date, OrgUnit within, int max, Class<T> type) {
        String jpql = select + (within == null ? "" : " AND (s.code = :within OR p.code = :within)")
                + " ORDER BY " + date + ", d.id";
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("flagged", Boolean.TRUE)
                .setParameter("deleted", DocumentStatus.DELETED);
        if (within != null) {
            query.setParameter("within", within.getCode());
        }
        return query.setMaxResults(max).getResultList();
    }
}
