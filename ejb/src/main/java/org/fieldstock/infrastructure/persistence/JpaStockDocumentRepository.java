package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentEvent;
import org.fieldstock.domain.document.DocumentSearch;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.Reversal;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;

@ApplicationScoped
public class JpaStockDocumentRepository implements StockDocumentRepository {

    private static final String NUMBER_SEQUENCE = "document_number_seq";

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<StockDocument> find(long id) {
        return Optional.ofNullable(em.find(StockDocument.class, id)).filter(d -> d.getStatus() != DocumentStatus.DELETED);
    }

    @Override
    public Optional<StockDocument> findForUpdate(long id) {
        return Optional.ofNullable(em.find(StockDocument.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(d -> d.getStatus() != DocumentStatus.DELETED);
    }

    @Override
    public Optional<StockDocument> findEvenIfDeleted(long id) {
        return Optional.ofNullable(em.find(StockDocument.class, id));
    }

    @Override
    public Optional<StockDocument> findByNumberEvenIfDeleted(String number) {
        return em.createQuery("SELECT d FROM StockDocument d WHERE d.number = :n", StockDocument.class)
                .setParameter("n", number.strip())
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(StockDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<StockDocument> findByNumber(String number) {
        return em.createQuery("SELECT d FROM StockDocument d WHERE d.number = :n AND d.status <> :deleted",
                        StockDocument.class)
                .setParameter("n", number.strip())
                .setParameter("deleted", DocumentStatus.DELETED)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, BigDecimal> returnedQuantities(long receiptId, Long excludingDocumentId) {
        Map<String, BigDecimal> returned = new HashMap<>();
        em.createQuery("SELECT l.item.code, SUM(l.quantity) FROM DocumentLine l WHERE l.document.reverses.id = :r"
                        + " AND l.document.status <> :deleted AND l.document.id <> :self GROUP BY l.item.code",
                        Object[].class)
                .setParameter("r", receiptId)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("self", excludingDocumentId == null ? -1L : excludingDocumentId)
                .getResultList()
                .forEach(row -> returned.put((String) row[0], ((BigDecimal) row[1]).abs()));
        return returned;
    }

    @Override
    public Map<Reversal.BatchKey, BigDecimal> returnedBatchQuantities(long receiptId, Long excludingDocumentId) {
        Map<Reversal.BatchKey, BigDecimal> returned = new HashMap<>();
        em.createQuery("SELECT l.item.code, l.batchNo, SUM(l.quantity) FROM DocumentLine l"
                        + " WHERE l.document.reverses.id = :r AND l.batchNo IS NOT NULL"
                        + " AND l.document.status <> :deleted AND l.document.id <> :self GROUP BY l.item.code, l.batchNo",
                        Object[].class)
                .setParameter("r", receiptId)
                .setParameter("deleted", DocumentStatus.DELETED)
                .setParameter("self", excludingDocumentId == null ? -1L : excludingDocumentId)
                .getResultList()
                .forEach(row -> returned.put(new Reversal.BatchKey((String) row[0], (String) row[1]),
                        ((BigDecimal) row[2]).abs()));
        return returned;
    }

    @Override
    public boolean hasReviewedReturns(long receiptId) {
        return em.createQuery("SELECT COUNT(d) FROM StockDocument d WHERE d.reverses.id = :r AND d.status = :reviewed",
                        Long.class)
                .setParameter("r", receiptId)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .getSingleResult() > 0;
    }

    @Override
    public String nextNumber(DocumentType type, LocalDate date) {
        return String.format("%s-%d-%06d", type.numberPrefix(), date.getYear(), SequenceValues.next(em, NUMBER_SEQUENCE));
    }

    @Override
    public List<DocumentEvent> history(long documentId) {
        return em.createQuery("SELECT e FROM DocumentEvent e WHERE e.document.id = :id ORDER BY e.occurredAt, e.id",
                        DocumentEvent.class)
                .setParameter("id", documentId)
                .getResultList();
    }

    @Override
    public List<StockDocument> search(DocumentSearch search) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM StockDocument d WHERE d.status <> :deleted");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"deleted", DocumentStatus.DELETED});
        if (search.storeCode() != null && !search.storeCode().isBlank()) {
            jpql.append(" AND d.store.code = :store");
            parameters.add(new Object[] {"store", search.storeCode()});
        }
        if (search.onlyStores() != null) {
            if (search.onlyStores().isEmpty()) {
                return List.of();
            }
            jpql.append(" AND d.store.code IN :scope");
            parameters.add(new Object[] {"scope", List.copyOf(search.onlyStores())});
        }
        if (search.status() != null) {
            jpql.append(" AND d.status = :status");
            parameters.add(new Object[] {"status", search.status()});
        }
        if (search.from() != null) {
            jpql.append(" AND d.documentDate >= :from");
            parameters.add(new Object[] {"from", search.from()});
        }
        if (search.to() != null) {
            jpql.append(" AND d.documentDate <= :to");
            parameters.add(new Object[] {"to", search.to()});
        }
        if (search.type() != null) {
            jpql.append(" AND d.type = :type");
            parameters.add(new Object[] {"type", search.type()});
        }
        if (search.category() != null) {
            jpql.append(" AND d.category = :category");
            parameters.add(new Object[] {"category", search.category()});
        }
        jpql.append(" ORDER BY d.documentDate DESC, d.number DESC");
        TypedQuery<StockDocument> query = em.createQuery(jpql.toString(), StockDocument.class);
        for (Object[] p : parameters) {
            query.setParameter((String) p[0], p[1]);
        }
        return query.setMaxResults(search.maxResults()).getResultList();
    }
}
