package org.fieldstock.infrastructure.persistence;

import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.user.StoreScope;

/** A {@link StoreScope} in JPQL: the condition on a store's owner and the owner's parent, and its parameters. */
final class StoreScopes {

    private StoreScopes() {
    }

    /**
     * The condition that a store whose owner is {@code owner} (and its parent, joined LEFT, is
     * {@code parent}) is in the scope; bind it with {@link #bind}.
     */
    static String condition(String owner, String parent) {
        return "(:scopeEvery = 1 OR " + parent + ".id = :scopeBu OR " + owner + ".id = :scopeBu OR "
                + owner + ".id = :scopeSite OR " + owner + ".id = :scopeUnder OR " + parent + ".id = :scopeUnder)";
    }

    /** Binds the scope; "every store" is a number, as H2 compares no boolean parameter with EclipseLink's TRUE. */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, StoreScope scope) {
        return query.setParameter("scopeEvery", scope.every() ? 1 : 0)
                .setParameter("scopeBu", scope.businessUnitId())
                .setParameter("scopeSite", scope.siteId())
                .setParameter("scopeUnder", scope.underUnitId());
    }
}
