package org.fieldstock.domain.organisation;

/** Level of an org unit. */
public enum OrgUnitKind {
    PLANNING_OFFICE,
    BU,
    SITE
}
