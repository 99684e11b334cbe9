package org.fieldstock.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.receiving.DiscrepancyReport;
import org.fieldstock.domain.receiving.DiscrepancyRepository;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaDiscrepancyRepository implements DiscrepancyRepository {

    private static final List<DocumentCategory> DELIVERED = java.util.Arrays.stream(DocumentCategory.values())
            .filter(DocumentCategory::isDelivered).toList();

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public String nextNumber(LocalDate date) {
        return String.format("DIS-%d-%06d", date.getYear(), SequenceValues.next(em, "discrepancy_number_seq"));
    }

    @Override
    public void add(DiscrepancyReport report) {
        em.persist(report);
    }

    @Override
    public Optional<DiscrepancyReport> find(long id) {
        return Optional.ofNullable(em.find(DiscrepancyReport.class, id));
    }

    @Override
    public Optional<DiscrepancyReport> findForUpdate(long id) {
        return Optional.ofNullable(em.find(DiscrepancyReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<DiscrepancyReport> search(StoreScope scope, boolean openOnly, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return StoreScopes.bind(em.createQuery("SELECT r FROM DiscrepancyReport r JOIN r.receipt d JOIN d.store s"
                        + " JOIN s.owner o LEFT JOIN o.parent p WHERE 1 = 1" + StoreScopes.and(scope, "o", "p")
                        + (openOnly ? " AND r.settledBy IS NULL" : "") + " ORDER BY r.reportedAt DESC, r.number DESC",
                DiscrepancyReport.class), scope).setMaxResults(max).getResultList();
    }

    @Override
    public List<DiscrepancyReport> ofReceipt(StockDocument receipt) {
        return em.createQuery("SELECT r FROM DiscrepancyReport r WHERE r.receipt = :receipt ORDER BY r.number",
                DiscrepancyReport.class).setParameter("receipt", receipt).getResultList();
    }

    @Override
    public List<StockDocument> waitingToBeCounted(StoreScope scope, LocalDate arrivedBy, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        TypedQuery<StockDocument> query = StoreScopes.bind(em.createQuery("SELECT d FROM StockDocument d JOIN d.store s"
                        + " JOIN s.owner o LEFT JOIN o.parent p WHERE d.status = :saved AND d.category IN :delivered"
                        + (arrivedBy == null ? "" : " AND COALESCE(d.arrivedOn, d.documentDate) <= :arrivedBy")
                        + StoreScopes.and(scope, "o", "p") + " ORDER BY d.documentDate, d.number", StockDocument.class),
                scope).setParameter("saved", DocumentStatus.SAVED).setParameter("delivered", DELIVERED);
        if (arrivedBy != null) {
            query.setParameter("arrivedBy", arrivedBy);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public List<StockDocument> withoutPapers(StoreScope scope, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return StoreScopes.bind(em.createQuery("SELECT d FROM StockDocument d JOIN d.store s JOIN s.owner o"
                        + " LEFT JOIN o.parent p WHERE d.status <> :deleted AND d.category IN :delivered"
                        + " AND d.deliveryNote IS NULL AND d.shipperConfirmation IS NOT NULL"
                        + StoreScopes.and(scope, "o", "p") + " ORDER BY d.documentDate, d.number", StockDocument.class),
                scope).setParameter("deleted", DocumentStatus.DELETED).setParameter("delivered", DELIVERED)
                .setMaxResults(max).getResultList();
    }
}
