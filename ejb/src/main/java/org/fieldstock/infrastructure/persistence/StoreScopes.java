package org.fieldstock.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.TypedQuery;

import org.fieldstock.domain.user.StoreScope;

/**
 * A {@link StoreScope} in JPQL: the condition on a store's owner and the owner's parent, and its
 * parameters. Only the parts the scope has are written: a flag compared with a literal makes
 * EclipseLink write every value into the SQL, and H2 compares no boolean column with the 1 it then
 * writes for TRUE.
 */
final class StoreScopes {

    private StoreScopes() {
    }

    /**
     * " AND" the condition that a store whose owner is {@code owner} (and its parent, joined LEFT, is
     * {@code parent}) is in the scope, or nothing for a scope of every store; bind it with {@link #bind}.
     */
    static String and(StoreScope scope, String owner, String parent) {
        return scope.every() ? "" : " AND " + predicate(scope, owner, parent);
    }

    /** " WHERE" the condition, or nothing for a scope of every store. */
    static String where(StoreScope scope, String owner, String parent) {
        return scope.every() ? "" : " WHERE " + predicate(scope, owner, parent);
    }

    private static String predicate(StoreScope scope, String owner, String parent) {
        List<String> parts = new ArrayList<>();
        if (scope.businessUnitId() != StoreScope.NONE) {
            parts.add(parent + ".id = :scopeBu OR " + owner + ".id = :scopeBu");
        }
        if (scope.siteId() != StoreScope.NONE) {
            parts.add(owner + ".id = :scopeSite");
        }
        if (scope.underUnitId() != StoreScope.NONE) {
            parts.add(owner + ".id = :scopeUnder OR " + parent + ".id = :scopeUnder");
        }
        // no part: no store (an owner is never missing)
        return parts.isEmpty() ? owner + ".id IS NULL" : "(" + String.join(" OR ", parts) + ")";
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, StoreScope scope) {
        if (scope.every()) {
            return query;
        }
        if (scope.businessUnitId() != StoreScope.NONE) {
            query.setParameter("scopeBu", scope.businessUnitId());
        }
        if (scope.siteId() != StoreScope.NONE) {
            query.setParameter("scopeSite", scope.siteId());
        }
        if (scope.underUnitId() != StoreScope.NONE) {
            query.setParameter("scopeUnder", scope.underUnitId());
        }
        return query;
    }
}
