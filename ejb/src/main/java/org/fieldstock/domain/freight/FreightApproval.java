package org.fieldstock.domain.freight;

/** Whose approval a shipment's freight needs (3篇 3.2). */
public enum FreightApproval {
    /** Within the rules the site decides itself: no request. */
    SITE_DECIDES,
    /** A request per shipment to the BU (its accountant or manager). */
    BU,
    /** Always the BU manager's approval. */
    BU_MANAGER
}
