package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.requisition.DemandPlanLine;
import org.fieldstock.domain.requisition.DemandPlanRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;

@ApplicationScoped
public class JpaDemandPlanRepository implements DemandPlanRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(DemandPlanLine line) {
        em.persist(line);
    }

    @Override
    public void remove(DemandPlanLine line) {
        em.remove(line);
    }

    @Override
    public Optional<DemandPlanLine> find(int year, OrgUnit businessUnit, Item item) {
        return em.createQuery("SELECT l FROM DemandPlanLine l WHERE l.year = :year AND l.businessUnit = :bu"
                        + " AND l.item = :item", DemandPlanLine.class)
                .setParameter("year", year).setParameter("bu", businessUnit).setParameter("item", item)
                .getResultStream().findFirst();
    }

    @Override
    public List<DemandPlanLine> ofYear(int year, OrgUnit businessUnit) {
        TypedQuery<DemandPlanLine> query = em.createQuery("SELECT l FROM DemandPlanLine l JOIN l.businessUnit b"
                + " JOIN l.item i WHERE l.year = :year" + (businessUnit == null ? "" : " AND l.businessUnit = :bu")
                + " ORDER BY b.code, i.code", DemandPlanLine.class).setParameter("year", year);
        if (businessUnit != null) {
            query.setParameter("bu", businessUnit);
        }
        return query.getResultList();
    }

    @Override
    public List<DemandPlanLine> ofItem(Item item, int fromYear, int toYear) {
        return em.createQuery("SELECT l FROM DemandPlanLine l JOIN l.businessUnit b WHERE l.item = :item"
                        + " AND l.year BETWEEN :from AND :to ORDER BY l.year, b.code", DemandPlanLine.class)
                .setParameter("item", item).setParameter("from", fromYear).setParameter("to", toYear)
                .getResultList();
    }

    @Override
    public Map<Long, BigDecimal> consumedByItem(OrgUnit businessUnit, LocalDate from, LocalDate to) {
        return sums(em.createQuery("SELECT l.item.id, SUM(l.quantity) FROM DocumentLine l JOIN l.document d"
                        + " JOIN d.store st JOIN st.owner o LEFT JOIN o.parent p WHERE (o = :bu OR p = :bu)"
                        + " AND d.category = :selfUse AND d.status = :reviewed AND d.documentDate BETWEEN :from AND :to"
                        + " GROUP BY l.item.id", Object[].class)
                .setParameter("bu", businessUnit).setParameter("selfUse", DocumentCategory.SELF_USE)
                .setParameter("reviewed", DocumentStatus.REVIEWED).setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    @Override
    public Map<Long, BigDecimal> requestedByItem(OrgUnit businessUnit) {
        return sums(em.createQuery("SELECT i.id, SUM(l.quantity) FROM RequisitionLine l JOIN l.requisition r"
                        + " JOIN r.site s JOIN l.item i WHERE s.parent = :bu AND r.status IN :open GROUP BY i.id",
                        Object[].class)
                .setParameter("bu", businessUnit)
                .setParameter("open", List.of(RequisitionStatus.FILED, RequisitionStatus.CHECKED,
                        RequisitionStatus.SUPERVISOR_SIGNED, RequisitionStatus.APPROVED))
                .getResultList());
    }

    @Override
    public Map<Long, BigDecimal> minimumByItem(OrgUnit businessUnit) {
        return sums(em.createQuery("SELECT m.item.id, SUM(m.minimum) FROM MinimumStock m JOIN m.store st"
                        + " JOIN st.owner o LEFT JOIN o.parent p WHERE (o = :bu OR p = :bu) GROUP BY m.item.id",
                        Object[].class)
                .setParameter("bu", businessUnit).getResultList());
    }

    @Override
    public Map<String, BigDecimal> consumedByBusinessUnit(Item item, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> consumed = new HashMap<>();
        em.createQuery("SELECT o.code, p.code, o.kind, SUM(l.quantity) FROM DocumentLine l JOIN l.document d"
                        + " JOIN d.store st JOIN st.owner o LEFT JOIN o.parent p WHERE l.item = :item"
                        + " AND d.category = :selfUse AND d.status = :reviewed AND d.documentDate BETWEEN :from AND :to"
                        + " GROUP BY o.code, p.code, o.kind", Object[].class)
                .setParameter("item", item).setParameter("selfUse", DocumentCategory.SELF_USE)
                .setParameter("reviewed", DocumentStatus.REVIEWED).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(row -> {
                    String bu = row[2] == org.fieldstock.domain.organisation.OrgUnitKind.BU ? (String) row[0]
                            : (String) row[1];
                    if (bu != null) {
                        consumed.merge(bu, ((BigDecimal) row[3]).abs(), BigDecimal::add);
                    }
                });
        return consumed;
    }

    private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(((Number) row[0]).longValue(), ((BigDecimal) row[1]).abs(), BigDecimal::add));
        return sums;
    }
}
