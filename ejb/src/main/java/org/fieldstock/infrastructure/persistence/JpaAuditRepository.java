package org.fieldstock.infrastructure.persistence;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.audit.AuditEvent;
import org.fieldstock.domain.audit.AuditRepository;
import org.fieldstock.domain.audit.AuditSearch;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> search(AuditSearch search) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        if (search.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.add(new Object[] {"from", search.from().atStartOfDay(zone).toInstant()});
        }
        if (search.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.add(new Object[] {"to", search.to().plusDays(1).atStartOfDay(zone).toInstant()});
        }
        if (search.actor() != null) {
            jpql.append(" AND LOWER(e.actor) = :actor");
            parameters.add(new Object[] {"actor", search.actor().toLowerCase(Locale.ROOT)});
        }
        if (search.action() != null) {
            jpql.append(" AND e.action = :action");
            parameters.add(new Object[] {"action", search.action()});
        }
        if (search.subject() != null) {
            jpql.append(" AND LOWER(e.subjectRef) LIKE :subject ESCAPE '!'");
            parameters.add(new Object[] {"subject", "%" + escapeLike(search.subject().toLowerCase(Locale.ROOT)) + "%"});
        }
        jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class);
        for (Object[] p : parameters) {
            query.setParameter((String) p[0], p[1]);
        }
        return query.setMaxResults(search.maxResults()).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
