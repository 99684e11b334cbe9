package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.user.AppUser;
import org.fieldstock.domain.user.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public Optional<AppUser> byUsername(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AppUser> byUsernameForUpdate(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :name", AppUser.class)
                .setParameter("name", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // the user may have been read earlier in the transaction: what the locked row says counts
                .setHint("eclipselink.refresh", "true")
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AppUser> all() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

    @Override
    public void add(AppUser user) {
        em.persist(user);
    }
}
