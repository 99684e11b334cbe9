package org.fieldstock.infrastructure.persistence;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.audit.AuditEvent;
import org.fieldstock.domain.audit.AuditRepository;
import org.fieldstock.domain.audit.AuditSearch;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public Page<AuditEvent> page(AuditSearch search, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<AuditEvent> rows = em.createQuery("SELECT e FROM AuditEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        TypedQuery<Long> ids = em.createQuery("SELECT e.id FROM AuditEvent e" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            ids.setParameter(name, value);
        });
        return Paging.page(rows, ids, request);
    }

    private static String where(AuditSearch search, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        ZoneId zone = ZoneId.systemDefault();
        if (search.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", search.from().atStartOfDay(zone).toInstant());
        }
        if (search.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", search.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (search.actor() != null) {
            jpql.append(" AND LOWER(e.actor) = :actor");
            parameters.put("actor", search.actor().toLowerCase(Locale.ROOT));
        }
        if (search.action() != null) {
            jpql.append(" AND e.action = :action");
            parameters.put("action", search.action());
        }
        if (search.subject() != null) {
            jpql.append(" AND LOWER(e.subjectRef) LIKE :subject ESCAPE '!'");
            parameters.put("subject", "%" + escapeLike(search.subject().toLowerCase(Locale.ROOT)) + "%");
        }
        return jpql.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
