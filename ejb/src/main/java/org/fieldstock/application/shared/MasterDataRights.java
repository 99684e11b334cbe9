package org.fieldstock.application.shared;

import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/** The checks the master-data services share: who maintains what, and a stale version read by a form. */
public final class MasterDataRights {

    private MasterDataRights() {
    }

    /** Items, suppliers and turbines are the planning office's. */
    public static Caller requirePlanner(Caller caller) {
        if (!caller.has(Role.PLANNER)) {
            throw new AccessDeniedException("access.denied.masterData", caller.getUsername());
        }
        return caller;
    }

    /** The organisation (org units and their stores) is kept by the planning office and the administrator. */
    public static Caller requireOrganisationKeeper(Caller caller) {
        if (!caller.has(Role.PLANNER) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("access.denied.masterData", caller.getUsername());
        }
        return caller;
    }

    /** A form sends the version it showed; another one means someone saved in between. */
    public static void requireVersion(Integer expected, int current, String what) {
        VersionCheck.require(expected, current, "masterData.changedMeanwhile", what);
    }
}
