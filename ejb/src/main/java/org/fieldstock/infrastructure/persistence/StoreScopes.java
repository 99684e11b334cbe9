package org.fieldstock.infrastructure.persistence;

import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.user.StoreScope;

/**
 * A {@link StoreScope} in JPQL: the condition on a store's owner and the owner's parent, and its
 * parameter. Only what the scope has is written: a flag compared with a literal makes EclipseLink
 * write every value into the SQL, and H2 compares no boolean column with the 1 it then writes for
 * TRUE.
 */
final class StoreScopes {

    private StoreScopes() {
    }

    /**
     * " AND" the condition that a store whose owner is {@code owner} (and its parent, joined LEFT, is
     * {@code parent}) is in the scope ({@link StoreScope#includes}), or nothing for a scope of every
     * store; bind it with {@link #bind}.
     */
    static String and(StoreScope scope, String owner, String parent) {
        return scope.everyStore() ? "" : " AND " + predicate(scope, owner, parent);
    }

    /** " WHERE" the condition, or nothing for a scope of every store. */
    static String where(StoreScope scope, String owner, String parent) {
        return scope.everyStore() ? "" : " WHERE " + predicate(scope, owner, parent);
    }

    private static String predicate(StoreScope scope, String owner, String parent) {
        // no unit: no store (an owner is never missing)
        return scope.unit() == null ? owner + ".id IS NULL"
                : "(" + owner + ".id = :scopeUnit OR " + parent + ".id = :scopeUnit)";
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, StoreScope scope) {
        if (!scope.everyStore() && scope.unit() != null) {
            query.setParameter("scopeUnit", scope.unit().getId());
        }
        return query;
    }
}
