package org.fieldstock.domain.user;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;

/**
 * The stores a caller may read ({@link Caller#mayRead}) in a shape a query filters by, so that a list
 * is scoped in the database instead of by loading every store first: every store, none, or the
 * stores owned by one org unit or by the units right under it (a BU's and its sites', or a site's).
 *
 * @param everyStore true when no filter is needed
 * @param unit       the org unit whose stores and whose children's stores are read; null with everyStore
 *                   or when no store is read
 */
public record StoreScope(boolean everyStore, OrgUnit unit) {

    public static StoreScope all() {
        return new StoreScope(true, null);
    }

    public static StoreScope none() {
        return new StoreScope(false, null);
    }

    public static StoreScope under(OrgUnit unit) {
        return new StoreScope(false, unit);
    }

    /** True when the caller reads no store at all: a list answers empty without asking the database. */
    public boolean isEmpty() {
        return !everyStore && unit == null;
    }

    /** The rule the queries apply, in memory: the store's owner is the unit or right under it. */
    public boolean includes(Store store) {
        if (everyStore) {
            return true;
        }
        if (unit == null) {
            return false;
        }
        OrgUnit owner = store.getOwner();
        return owner.getCode().equals(unit.getCode())
                || owner.getParent() != null && owner.getParent().getCode().equals(unit.getCode());
    }

    /**
     * The part of this scope under an org unit: a site's stores, a BU's and its sites', or (the
     * planning office) the whole organisation; none when the unit lies outside this scope.
     */
    public StoreScope narrowedTo(OrgUnit target) {
        if (isEmpty()) {
            return this;
        }
        StoreScope wanted = target.getKind() == OrgUnitKind.PLANNING_OFFICE ? all() : under(target);
        if (everyStore || wanted.everyStore) {
            return everyStore ? wanted : this;
        }
        if (same(unit, target) || same(unit, target.getParent())) {
            return wanted;
        }
        return same(unit.getParent(), target) ? this : none();
    }

    private static boolean same(OrgUnit one, OrgUnit other) {
        return one != null && other != null && one.getCode().equals(other.getCode());
    }
}
