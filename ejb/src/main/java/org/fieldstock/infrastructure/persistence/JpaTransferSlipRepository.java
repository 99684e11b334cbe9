package org.fieldstock.infrastructure.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.transfer.InTransit;
import org.fieldstock.domain.transfer.SlipScope;
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
    public Optional<TransferSlip> findByNumber(String number) {
        return em.createQuery("SELECT s FROM TransferSlip s WHERE s.number = :number AND s.status <> :deleted",
                        TransferSlip.class).setParameter("number", number)
                .setParameter("deleted", DocumentStatus.DELETED).getResultStream().findFirst();
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
    public Map<Long, String> sendersOf(Collection<Long> inboundIds) {
        Map<Long, String> senders = new HashMap<>();
        List<Long> ids = List.copyOf(inboundIds);
        // a few hundred ids per statement: Oracle takes at most a thousand in a list
        for (int from = 0; from < ids.size(); from += 500) {
            em.createQuery("SELECT s.inbound.id, s.fromStore.owner.code FROM TransferSlip s WHERE s.status <> :deleted"
                            + " AND s.inbound.id IN :ids", Object[].class)
                    .setParameter("deleted", DocumentStatus.DELETED)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultList().forEach(row -> senders.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return senders;
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
    public Page<TransferSlip> search(TransferSearch search, SlipScope scope, PageRequest request) {
        StringBuilder where = new StringBuilder(" WHERE s.status <> :deleted");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("deleted", DocumentStatus.DELETED);
        if (search.storeCode() != null && !search.storeCode().isBlank()) {
            Optional<Long> store = storeId(search.storeCode().strip());
            if (store.isEmpty()) {
                return Page.empty(request);
            }
            where.append(" AND (s.fromStore.id = :store OR s.toStore.id = :store)");
            parameters.put("store", store.get());
        }
        if (!scoped(scope, where, parameters)) {
            return Page.empty(request);
        }
        if (search.status() != null) {
            where.append(" AND s.status = :status");
            parameters.put("status", search.status());
        }
        if (search.from() != null) {
            where.append(" AND s.slipDate >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" AND s.slipDate <= :to");
            parameters.put("to", search.to());
        }
        if (search.crossBu() != null) {
            where.append(" AND s.crossBu = :cross");
            parameters.put("cross", search.crossBu());
        }
        TypedQuery<TransferSlip> rows = withDocuments(em.createQuery("SELECT s FROM TransferSlip s" + where
                + slipOrder(request), TransferSlip.class));
        TypedQuery<Long> ids = em.createQuery("SELECT s.id FROM TransferSlip s" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            ids.setParameter(name, value);
        });
        return Paging.page(rows, ids, request);
    }

    /** Newest first unless the request sorts by one of the columns the list can sort by. */
    private static String slipOrder(PageRequest request) {
        String direction = request.sort() != null && request.sort().ascending() ? " ASC" : " DESC";
        if (request.sortsBy("number")) {
            return " ORDER BY s.number" + direction;
        }
        if (request.sortsBy("slipDate")) {
            return " ORDER BY s.slipDate" + direction + ", s.number" + direction;
        }
        return " ORDER BY s.slipDate DESC, s.number DESC";
    }

    /**
     * Adds the scope to the filter: an end of the slip among the ids of the stores under the unit
     * (a BU's are about a hundred), which the indexes on either end serve. False when no store is in it.
     */
    private boolean scoped(SlipScope scope, StringBuilder where, Map<String, Object> parameters) {
        if (scope.crossBuOnly()) {
            where.append(" AND s.crossBu = TRUE");
        }
        if (scope.within() == null) {
            return true;
        }
        List<Long> stores = em.createQuery("SELECT st.id FROM Store st WHERE st.owner = :unit"
                        + " OR st.owner.parent = :unit", Long.class)
                .setParameter("unit", scope.within())
                .getResultList();
        if (stores.isEmpty()) {
            return false;
        }
        where.append(switch (scope.end()) {
            case EITHER -> " AND (s.fromStore.id IN :scope OR s.toStore.id IN :scope)";
            case SENDING -> " AND s.fromStore.id IN :scope";
            case RECEIVING -> " AND s.toStore.id IN :scope";
        });
        parameters.put("scope", stores);
        return true;
    }

    /** A page's slips come with their two documents read in one query each, not one query per slip. */
    private static <T> TypedQuery<T> withDocuments(TypedQuery<T> query) {
        return query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN).setHint(QueryHints.BATCH, "s.outbound")
                .setHint(QueryHints.BATCH, "s.inbound");
    }

    private Optional<Long> storeId(String code) {
        return em.createQuery("SELECT st.id FROM Store st WHERE st.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private List<TransferSlip> oldestFirst(String condition, Map<String, Object> given, SlipScope scope, int max) {
        StringBuilder where = new StringBuilder(" WHERE ").append(condition);
        Map<String, Object> parameters = new HashMap<>(given);
        if (!scoped(scope, where, parameters)) {
            return List.of();
        }
        TypedQuery<TransferSlip> query = withDocuments(em.createQuery("SELECT s FROM TransferSlip s" + where
                + " ORDER BY s.slipDate, s.number", TransferSlip.class));
        parameters.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, Math.min(max, PageRequest.MAX_SIZE))).getResultList();
    }

    @Override
    public List<TransferSlip> awaitingReview(SlipScope scope, int max) {
        return oldestFirst("s.status = :saved", Map.of("saved", DocumentStatus.SAVED), scope, max);
    }

    /**
     * The documents of a slip are found through their category and status (index-served: the few
     * saved transfer documents among a million), not by reading every slip's documents.
     */
    @Override
    public List<TransferSlip> awaitingShipment(SlipScope scope, int max) {
        return oldestFirst("s.status = :reviewed AND s.outbound IN (SELECT d FROM StockDocument d"
                        + " WHERE d.category IN :outs AND d.status = :saved)",
                Map.of("reviewed", DocumentStatus.REVIEWED, "saved", DocumentStatus.SAVED, "outs", TRANSFER_OUTS),
                scope, max);
    }

    @Override
    public List<TransferSlip> awaitingArrival(SlipScope scope, int max) {
        return oldestFirst("s.status = :reviewed AND " + OUTBOUND_REVIEWED + " AND " + INBOUND_SAVED,
                Map.of("reviewed", DocumentStatus.REVIEWED, "saved", DocumentStatus.SAVED, "ins", TRANSFER_INS,
                        "outs", TRANSFER_OUTS), scope, max);
    }

    @Override
    public List<TransferSlip> lossesAwaitingApproval(int max) {
        return oldestFirst("s.status = :reviewed AND " + OUTBOUND_REVIEWED + " AND s.inbound IN (SELECT d"
                        + " FROM StockDocument d WHERE d.category IN :ins AND d.status = :reviewed) AND "
                        + MISSING_NOT_APPROVED, Map.of("reviewed", DocumentStatus.REVIEWED, "ins", TRANSFER_INS,
                        "outs", TRANSFER_OUTS), SlipScope.EVERY_STORE, max);
    }

    /**
     * The slip's transfer-out is reviewed (the goods left). Conditions on a slip's documents are on
     * the ids of the documents they select, so that the database needs no join with a million documents.
     */
    private static final String OUTBOUND_REVIEWED = "s.outbound IN (SELECT o FROM StockDocument o"
            + " WHERE o.category IN :outs AND o.status = :reviewed)";

    /** The slip's transfer-in is still saved: found among the saved transfer-ins. */
    private static final String INBOUND_SAVED = "s.inbound IN (SELECT d FROM StockDocument d"
            + " WHERE d.category IN :ins AND d.status = :saved)";

    /** Units were reported missing on the slip's transfer-in and their loss is not approved: found among the lines with missing units. */
    private static final String MISSING_NOT_APPROVED = "s.lossApprovedAt IS NULL AND s.inbound IN"
            + " (SELECT m.document FROM DocumentLine m WHERE m.missingOnArrival > 0)";

    private static final List<DocumentCategory> TRANSFER_INS = List.of(DocumentCategory.GOOD_TRANSFER_IN,
            DocumentCategory.DAMAGED_TRANSFER_IN);

    private static final List<DocumentCategory> TRANSFER_OUTS = List.of(DocumentCategory.GOOD_TRANSFER_OUT,
            DocumentCategory.DAMAGED_TRANSFER_OUT);

    /**
     * Paged per slip line in the database: a line is in transit while its slip's transfer-out is
     * reviewed and the transfer-in saved, or once received while the line of the transfer-in with the
     * same number reports units missing and the loss is not approved. What is in transit and since
     * when comes from the slip ({@link TransferSlip#inTransit}).
     */
    @Override
    public Page<InTransit> inTransit(SlipScope scope, Store store, LocalDate today, ZoneId zone,
            PageRequest request) {
        StringBuilder where = new StringBuilder(" WHERE s.status = :reviewed AND " + OUTBOUND_REVIEWED + " AND ("
                + INBOUND_SAVED + " OR (" + MISSING_NOT_APPROVED + " AND EXISTS (SELECT n.id FROM DocumentLine n"
                + " WHERE n.document = s.inbound AND n.lineNo = l.lineNo AND n.missingOnArrival > 0)))");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reviewed", DocumentStatus.REVIEWED);
        parameters.put("saved", DocumentStatus.SAVED);
        parameters.put("ins", TRANSFER_INS);
        parameters.put("outs", TRANSFER_OUTS);
        if (store != null) {
            where.append(" AND (s.fromStore = :store OR s.toStore = :store)");
            parameters.put("store", store);
        }
        if (!scoped(scope, where, parameters)) {
            return Page.empty(request);
        }
        TypedQuery<Object[]> rows = em.createQuery("SELECT s, l.lineNo FROM TransferSlip s JOIN s.lines l" + where
                + transitOrder(request), Object[].class);
        TypedQuery<Long> ids = em.createQuery("SELECT l.id FROM TransferSlip s JOIN s.lines l" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            ids.setParameter(name, value);
        });
        return Paging.page(rows, ids, request).map(row -> ((TransferSlip) row[0]).inTransit(today, zone).stream()
                .filter(transit -> transit.line().getLineNo() == (Integer) row[1]).findFirst().orElseThrow());
    }

    /** Oldest first (by slip and line) unless the request sorts by a column the list can sort by. */
    private static String transitOrder(PageRequest request) {
        String direction = request.sort() != null && request.sort().ascending() ? " ASC" : " DESC";
        String column = request.sort() == null ? null : switch (request.sort().field()) {
            case "slipNumber" -> "s.number" + direction;
            case "fromStore" -> "s.fromStore.code" + direction;
            case "toStore" -> "s.toStore.code" + direction;
            case "item" -> "l.item.code" + direction;
            case "shippedOn" -> "s.outbound.reviewedAt" + direction;
            // the older the shipment, the more days in transit
            case "ageDays" -> "s.outbound.reviewedAt" + (request.sort().ascending() ? " DESC" : " ASC");
            default -> null;
        };
        return " ORDER BY " + (column == null ? "" : column + ", ") + "s.slipDate, s.number, l.lineNo";
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
