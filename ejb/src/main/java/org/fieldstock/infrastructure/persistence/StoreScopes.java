package org.fieldstock.infrastructure.persistence;

import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.user.StoreScope;

/** A {@link StoreScope} in JPQL: the condition on a store's owner and the owner's parent, and its parameters. */
final class StoreScopes {

    private StoreScopes() {
    }

    /**
     * The condition that a store whose owner is {@code owner} (and its parent, joined LEFT, is
     * {@code parent}) is in the scope ({@link StoreScope#includes}); bind it with {@link #bind}.
     */
    static String condition(String owner, String parent) {
        return "(:scopeEvery = 1 OR " + owner + ".id = :scopeUnit OR " + parent + ".id = :scopeUnit)";
    }

    /** Binds the scope; "every store" is a number, as H2 compares no boolean parameter with EclipseLink's TRUE. */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, StoreScope scope) {
        return query.setParameter("scopeEvery", scope.everyStore() ? 1 : 0)
                .setParameter("scopeUnit", scope.unit() == null ? StoreScope.NONE : scope.unit().getId());
    }
}
