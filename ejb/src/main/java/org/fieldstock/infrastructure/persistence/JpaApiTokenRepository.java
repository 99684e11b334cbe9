package org.fieldstock.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.user.ApiToken;
import org.fieldstock.domain.user.ApiTokenRepository;
import org.fieldstock.domain.user.AppUser;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }

    @Override
    public void noteUse(ApiToken token, Instant now, Instant notedSince) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :since)")
                .setParameter("now", now)
                .setParameter("id", token.getId())
                .setParameter("since", notedSince)
                .executeUpdate();
    }

    @Override
    public Optional<ApiToken> byHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> of(AppUser owner) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.owner = :owner ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("owner", owner)
                .getResultList();
    }
}
