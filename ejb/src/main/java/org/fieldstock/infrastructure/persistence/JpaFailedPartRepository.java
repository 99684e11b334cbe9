package org.fieldstock.infrastructure.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.failedpart.FailedPartRepository;
import org.fieldstock.domain.failedpart.RegisterSearch;
import org.fieldstock.domain.failedpart.WarrantyRepair;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaFailedPartRepository implements FailedPartRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public List<DocumentLine> intakeLines(RegisterSearch search, StoreScope scope, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT l FROM DocumentLine l JOIN l.document d JOIN d.store s"
                + " JOIN s.owner o LEFT JOIN o.parent p WHERE d.category = :intake AND d.status = :reviewed"
                + " AND s.kind = :damaged AND o.kind = :site");
        parameters.put("intake", DocumentCategory.DAMAGE_INTAKE);
        parameters.put("reviewed", DocumentStatus.REVIEWED);
        parameters.put("damaged", StoreKind.DAMAGED);
        parameters.put("site", OrgUnitKind.SITE);
        jpql.append(StoreScopes.and(scope, "o", "p"));
        if (search.siteCode() != null) {
            jpql.append(" AND o.code = :siteCode");
            parameters.put("siteCode", search.siteCode());
        }
        if (search.turbineNo() != null) {
            jpql.append(" AND l.turbine.turbineNo = :turbineNo");
            parameters.put("turbineNo", search.turbineNo());
        }
        if (search.itemCode() != null) {
            jpql.append(" AND l.item.code = :itemCode");
            parameters.put("itemCode", search.itemCode());
        }
        if (search.cause() != null) {
            jpql.append(" AND l.failure.cause = :cause");
            parameters.put("cause", search.cause());
        }
        if (search.from() != null) {
            jpql.append(" AND d.documentDate >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            jpql.append(" AND d.documentDate <= :to");
            parameters.put("to", search.to());
        }
        if (Boolean.FALSE.equals(search.returned())) {
            // what still waits is in the store: lines of an item the store no longer holds are all returned
            jpql.append(" AND EXISTS (SELECT b FROM StockBalance b WHERE b.store = d.store AND b.item = l.item"
                    + " AND b.onHand > 0)");
        }
        // newest first, so that a cut drops the oldest lines, which the store's on-hand reaches last
        jpql.append(" ORDER BY d.documentDate DESC, d.number DESC, l.lineNo DESC");
        TypedQuery<DocumentLine> query = StoreScopes.bind(em.createQuery(jpql.toString(), DocumentLine.class), scope);
        parameters.forEach(query::setParameter);
        List<DocumentLine> lines = new ArrayList<>(query.setMaxResults(max).getResultList());
        Collections.reverse(lines);
        return lines;
    }

    @Override
    public List<DocumentLine> linesOfSerial(String itemCode, String serial) {
        return em.createQuery("SELECT l FROM DocumentLine l JOIN l.serials s JOIN l.document d WHERE s = :serial"
                        + " AND l.item.code = :item AND d.status = :reviewed ORDER BY d.reviewedAt, d.id",
                        DocumentLine.class)
                .setParameter("serial", serial).setParameter("item", itemCode)
                .setParameter("reviewed", DocumentStatus.REVIEWED).getResultList();
    }

    @Override
    public Map<String, Long> repairCounts(String itemCode, Collection<String> serials) {
        Map<String, Long> counts = new HashMap<>();
        if (serials.isEmpty()) {
            return counts;
        }
        List<DocumentLine> repaired = em.createQuery("SELECT DISTINCT l FROM DocumentLine l JOIN l.serials s"
                        + " JOIN l.document d WHERE s IN :serials AND l.item.code = :item AND d.category = :repaired"
                        + " AND d.status = :reviewed", DocumentLine.class)
                .setParameter("serials", List.copyOf(serials)).setParameter("item", itemCode)
                .setParameter("repaired", DocumentCategory.REPAIRED).setParameter("reviewed", DocumentStatus.REVIEWED)
                .getResultList();
        for (DocumentLine line : repaired) {
            line.getSerials().stream().filter(serials::contains).forEach(serial -> counts.merge(serial, 1L, Long::sum));
        }
        return counts;
    }

    @Override
    public List<DocumentLine> linesOf(Collection<Store> stores, Collection<DocumentCategory> categories,
            LocalDate from) {
        if (stores.isEmpty() || categories.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM DocumentLine l JOIN l.document d WHERE d.store IN :stores"
                        + " AND d.category IN :categories AND d.status = :reviewed AND d.documentDate >= :from"
                        + " ORDER BY d.documentDate, d.reviewedAt, d.id, l.lineNo", DocumentLine.class)
                .setParameter("stores", List.copyOf(stores)).setParameter("categories", List.copyOf(categories))
                .setParameter("reviewed", DocumentStatus.REVIEWED).setParameter("from", from).getResultList();
    }

    @Override
    public void add(WarrantyRepair repair) {
        em.persist(repair);
    }

    @Override
    public List<WarrantyRepair> warrantyRepairs(String itemCode, String serial) {
        return em.createQuery("SELECT w FROM WarrantyRepair w WHERE w.item.code = :item AND w.serialNo = :serial"
                        + " ORDER BY w.repairedOn, w.id", WarrantyRepair.class)
                .setParameter("item", itemCode).setParameter("serial", serial).getResultList();
    }

    @Override
    public List<DocumentLine> replacingLines(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM DocumentLine l WHERE l.document.id IN :issues"
                        + " AND l.failure.cause IS NOT NULL ORDER BY l.document.id, l.lineNo", DocumentLine.class)
                .setParameter("issues", List.copyOf(issueIds)).getResultList();
    }
}
