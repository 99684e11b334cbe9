package org.fieldstock.domain.requisition;

import org.fieldstock.domain.user.Role;

/**
 * Where a requisition is on its way: drafted at the site, signed by the site chief (filed with the
 * BU, whose planner checks it within a day), signed by the BU supervisor, then by the BU manager
 * (approved: sent to production management), fulfilled until the site's receipts close it; or
 * refused. A requisition sent back is a draft again; a draft may be withdrawn.
 */
public enum RequisitionStatus {
    DRAFT(Role.SITE_CHIEF),
    FILED(Role.BU_PLANNER),
    CHECKED(Role.BU_SUPERVISOR),
    SUPERVISOR_SIGNED(Role.BU_MANAGER),
    APPROVED(null),
    CLOSED(null),
    REFUSED(null),
    /** A draft the site took back: kept with its history, no longer open. */
    WITHDRAWN(null);

    private final Role signer;

    RequisitionStatus(Role signer) {
        this.signer = signer;
    }

    /** The role whose signature it waits for, if it waits for one. */
    public Role signer() {
        return signer;
    }

    /** Whether it is still on its way through the BU: signed by the site, not yet approved. */
    public boolean isBeingSigned() {
        return this == FILED || this == CHECKED || this == SUPERVISOR_SIGNED;
    }

    /** Whether it is neither closed nor refused. */
    public boolean isOpen() {
        return this != CLOSED && this != REFUSED && this != WITHDRAWN;
    }
}
