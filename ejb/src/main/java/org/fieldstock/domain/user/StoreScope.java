package org.fieldstock.domain.user;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;

/**
 * {@link Caller#mayRead(org.fieldstock.domain.organisation.Store)} as ids a query can filter by, so
 * that a list is cut to the caller's stores in the database instead of loading every store first. A
 * store is in scope when any part holds: every store; the store's BU is {@code businessUnitId} (its
 * owner is the BU or a site under it); its owner is {@code siteId}; its owner is, or hangs under,
 * {@code underUnitId}. An id of {@link #NONE} matches nothing.
 */
public record StoreScope(boolean every, long businessUnitId, long siteId, long underUnitId) {

    public static final long NONE = -1L;

    public static StoreScope of(Caller caller) {
        if (caller.readsEveryStore()) {
            return new StoreScope(true, NONE, NONE, NONE);
        }
        OrgUnit unit = caller.getOrgUnit();
        OrgUnit bu = unit.businessUnit();
        return new StoreScope(false,
                caller.has(Role.BU_MANAGER) && bu != null ? bu.getId() : NONE,
                caller.has(Role.KEEPER) && unit.getKind() == OrgUnitKind.SITE ? unit.getId() : NONE,
                caller.has(Role.VIEWER) ? unit.getId() : NONE);
    }
}
