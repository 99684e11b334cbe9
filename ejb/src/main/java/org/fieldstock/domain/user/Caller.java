package org.fieldstock.domain.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.AccessDeniedException;

/** The user behind the current call, with the org-scope rules that decide what they may touch. */
public final class Caller {

    private final String username;
    private final EnumSet<Role> roles;
    private final OrgUnit orgUnit;

    public Caller(String username, Set<Role> roles, OrgUnit orgUnit) {
        this.username = Objects.requireNonNull(username);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.orgUnit = Objects.requireNonNull(orgUnit);
    }

    /** Planning office: any store; BU accountant: the stores of the BU and its sites; site keeper: the site's own stores. */
    public boolean mayEnterDocumentsFor(Store store) {
        return isPlanner()
                || roles.contains(Role.ACCOUNTANT) && sameBusinessUnit(store)
                || roles.contains(Role.KEEPER) && orgUnit.getKind() == OrgUnitKind.SITE
                        && orgUnit.getCode().equals(store.getOwner().getCode());
    }

    /** Reviewing moves stock: the planning office for any store, a BU accountant for the BU's own stores. */
    public boolean mayReviewDocumentsFor(Store store) {
        return isPlanner() || roles.contains(Role.ACCOUNTANT) && sameBusinessUnit(store);
    }

    public void requireEntryRight(Store store) {
        if (!mayEnterDocumentsFor(store)) {
            throw new AccessDeniedException("access.denied.enter", username, store.getCode());
        }
    }

    public void requireReviewRight(Store store) {
        if (!mayReviewDocumentsFor(store)) {
            throw new AccessDeniedException("access.denied.review", username, store.getCode());
        }
    }

    private boolean isPlanner() {
        return roles.contains(Role.PLANNER) && orgUnit.getKind() == OrgUnitKind.PLANNING_OFFICE;
    }

    private boolean sameBusinessUnit(Store store) {
        OrgUnit mine = orgUnit.businessUnit();
        OrgUnit theirs = store.businessUnit();
        return mine != null && theirs != null && mine.getCode().equals(theirs.getCode());
    }

    public String getUsername() {
        return username;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }
}
