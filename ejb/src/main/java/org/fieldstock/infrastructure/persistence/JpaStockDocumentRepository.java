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
import org.fieldstock.domain.document.DocumentEvent;
import org.fieldstock.domain.document.DocumentSearch;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.Reversal;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.user.StoreScope;

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
    public Optional<StockDocument> openingOf(org.fieldstock.domain.organisation.Store store) {
        return em.createQuery("SELECT d FROM StockDocument d WHERE d.store = :store AND d.category = :opening"
                        + " AND d.status <> :deleted ORDER BY d.id", StockDocument.class)
                .setParameter("store", store)
                .setParameter("opening", DocumentCategory.OPENING_BALANCE)
                .setParameter("deleted", DocumentStatus.DELETED)
                .getResultStream()
                .findFirst();
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
    public Optional<StockDocument> removedPartsIntakeForUpdate(long issueId) {
        return removedPartsIntake(issueId).map(intake -> em.find(StockDocument.class, intake.getId(),
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<StockDocument> removedPartsIntake(long issueId) {
        return em.createQuery("SELECT d FROM StockDocument d WHERE d.generatedFrom.id = :issue AND d.status = :reviewed",
                        StockDocument.class)
                .setParameter("issue", issueId)
                .setParameter("reviewed", DocumentStatus.REVIEWED)
                .getResultStream().findFirst();
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
    public Page<StockDocument> page(DocumentSearch search, StoreScope scope, PageRequest request) {
        if (scope.isEmpty()) {
            return Page.empty(request);
        }
        List<Long> scopeStores = scope.everyStore() ? List.of() : storeIds(scope);
        if (!scope.everyStore() && scopeStores.isEmpty()) {
            return Page.empty(request);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, scope, scopeStores, parameters);
        TypedQuery<StockDocument> rows = em.createQuery("SELECT d FROM StockDocument d" + where + orderBy(request),
                StockDocument.class);
        TypedQuery<Long> ids = em.createQuery("SELECT d.id FROM StockDocument d" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            ids.setParameter(name, value);
        });
        return Paging.page(rows, ids, request);
    }

    /**
     * The ids of the scope's stores (a BU's hundred at most), read first: with them in the query the
     * database sees how few documents a keeper's site has and reads them by store, where with a
     * sub-select it walked the newest documents of every store until the page was full (151 ms on
     * the field data against 28).
     */
    private List<Long> storeIds(StoreScope scope) {
        return em.createQuery("SELECT s.id FROM Store s JOIN s.owner o LEFT JOIN o.parent p WHERE o.id = :unit OR p.id = :unit",
                Long.class).setParameter("unit", scope.unit().getId()).getResultList();
    }

    /** The filter of the list: never a deleted document; the caller's scope as the ids of its stores. */
    private static String where(DocumentSearch search, StoreScope scope, List<Long> scopeStores,
            Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" WHERE d.status <> :deleted");
        parameters.put("deleted", DocumentStatus.DELETED);
        if (search.storeCode() != null && !search.storeCode().isBlank()) {
            jpql.append(" AND d.store.code = :store");
            parameters.put("store", search.storeCode());
        }
        if (!scope.everyStore()) {
            jpql.append(" AND d.store.id IN :scope");
            parameters.put("scope", scopeStores);
        }
        if (search.status() != null) {
            jpql.append(" AND d.status = :status");
            parameters.put("status", search.status());
        }
        if (search.from() != null) {
            jpql.append(" AND d.documentDate >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            jpql.append(" AND d.documentDate <= :to");
            parameters.put("to", search.to());
        }
        if (search.type() != null) {
            jpql.append(" AND d.type = :type");
            parameters.put("type", search.type());
        }
        if (search.category() != null) {
            jpql.append(" AND d.category = :category");
            parameters.put("category", search.category());
        }
        return jpql.toString();
    }

    /**
     * Newest first (by date, then number), or by one of the columns the list sorts by; any other name
     * keeps the list's own order. Each order ends on the number, so that pages never overlap.
     */
    private static String orderBy(PageRequest request) {
        String direction = request.sort() != null && request.sort().ascending() ? " ASC" : " DESC";
        if (request.sortsBy(DocumentSearch.SORT_NUMBER)) {
            return " ORDER BY d.number" + direction;
        }
        if (request.sortsBy(DocumentSearch.SORT_STATUS)) {
            return " ORDER BY d.status" + direction + ", d.documentDate" + direction + ", d.number" + direction;
        }
        if (request.sortsBy(DocumentSearch.SORT_DATE)) {
            return " ORDER BY d.documentDate" + direction + ", d.number" + direction;
        }
        return " ORDER BY d.documentDate DESC, d.number DESC";
    }
}
