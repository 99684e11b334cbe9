package org.fieldstock.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.toolloan.ToolLoan;
import org.fieldstock.domain.toolloan.ToolLoanRepository;
import org.fieldstock.domain.user.StoreScope;

@ApplicationScoped
public class JpaToolLoanRepository implements ToolLoanRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public String nextNumber(LocalDate date) {
        return String.format("LOAN-%d-%06d", date.getYear(), SequenceValues.next(em, "tool_loan_number_seq"));
    }

    @Override
    public void add(ToolLoan loan) {
        em.persist(loan);
    }

    @Override
    public Optional<ToolLoan> find(long id) {
        return Optional.ofNullable(em.find(ToolLoan.class, id));
    }

    @Override
    public Optional<ToolLoan> findForUpdate(long id) {
        return Optional.ofNullable(em.find(ToolLoan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public BigDecimal lentOut(Store store, Item item) {
        BigDecimal out = em.createQuery("SELECT SUM(l.quantity) FROM ToolLoan l WHERE l.store = :store"
                        + " AND l.item = :item AND l.returnedOn IS NULL", BigDecimal.class)
                .setParameter("store", store).setParameter("item", item).getSingleResult();
        return out == null ? BigDecimal.ZERO : out;
    }

    @Override
    public Map<String, BigDecimal> lentOutByItem(Store store) {
        Map<String, BigDecimal> out = new java.util.TreeMap<>();
        em.createQuery("SELECT l.item.code, SUM(l.quantity) FROM ToolLoan l WHERE l.store = :store"
                        + " AND l.returnedOn IS NULL GROUP BY l.item.code", Object[].class)
                .setParameter("store", store).getResultList()
                .forEach(row -> out.put((String) row[0], (BigDecimal) row[1]));
        return out;
    }

    @Override
    public boolean isOut(Item item, String serialNo) {
        return !em.createQuery("SELECT l.id FROM ToolLoan l WHERE l.item = :item AND l.serialNo = :serial"
                        + " AND l.returnedOn IS NULL", Long.class)
                .setParameter("item", item).setParameter("serial", serialNo).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ToolLoan> search(StoreScope scope, Store store, boolean outOnly, LocalDate overdueOn, int max) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT l FROM ToolLoan l JOIN l.store s JOIN s.owner o"
                + " LEFT JOIN o.parent p WHERE 1 = 1").append(StoreScopes.and(scope, "o", "p"));
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (store != null) {
            jpql.append(" AND l.store = :store");
            parameters.put("store", store);
        }
        if (outOnly || overdueOn != null) {
            jpql.append(" AND l.returnedOn IS NULL");
        }
        if (overdueOn != null) {
            jpql.append(" AND l.dueOn < :today");
            parameters.put("today", overdueOn);
        }
        // what is still out, the longest out first; with what came back, the newest first
        jpql.append(outOnly || overdueOn != null ? " ORDER BY l.lentOn, l.number" : " ORDER BY l.lentOn DESC, l.number DESC");
        TypedQuery<ToolLoan> query = StoreScopes.bind(em.createQuery(jpql.toString(), ToolLoan.class), scope);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }
}
