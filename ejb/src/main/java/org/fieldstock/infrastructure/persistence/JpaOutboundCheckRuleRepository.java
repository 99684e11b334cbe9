package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.document.OutboundCheckRule;
import org.fieldstock.domain.document.OutboundCheckRuleRepository;

@ApplicationScoped
public class JpaOutboundCheckRuleRepository implements OutboundCheckRuleRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public List<OutboundCheckRule> all() {
        // few rules, kept in memory order: every BU's first, then by BU and category
        return em.createQuery("SELECT r FROM OutboundCheckRule r LEFT JOIN FETCH r.businessUnit", OutboundCheckRule.class)
                .getResultList().stream()
                .sorted(java.util.Comparator.comparing((OutboundCheckRule r) -> r.getBusinessUnit() == null ? ""
                        : r.getBusinessUnit().getCode()).thenComparing(r -> r.getCategory() == null ? ""
                        : r.getCategory().name()))
                .toList();
    }

    @Override
    public Optional<OutboundCheckRule> find(long id) {
        return Optional.ofNullable(em.find(OutboundCheckRule.class, id));
    }

    @Override
    public void add(OutboundCheckRule rule) {
        em.persist(rule);
    }

    @Override
    public void remove(OutboundCheckRule rule) {
        em.remove(rule);
    }
}
