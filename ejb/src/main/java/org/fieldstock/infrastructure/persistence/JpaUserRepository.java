package org.fieldstock.infrastructure.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
}
