package org.fieldstock.domain.freight;

/** Where a freight request is. */
public enum FreightStatus {
    /** Within what the site decides: recorded, no approval needed. */
    SITE_DECIDED,
    REQUESTED,
    APPROVED,
    REFUSED
}
