package org.fieldstock.domain.user;

import java.util.Arrays;
import java.util.Optional;

import org.fieldstock.domain.organisation.OrgUnitKind;

/**
 * A user's role. The names are the security groups checked by {@code @RolesAllowed}; the
 * string constants exist because annotations need compile-time constants. Each role belongs to
 * one level of the organisation ({@link #belongsAt}); the user's org unit gives its scope.
 */
public enum Role {
    /** Planning office staff: master data, cross-BU work, may review any BU's documents. */
    PLANNER(OrgUnitKind.PLANNING_OFFICE),
    /** BU accountant: enters and reviews the documents of the BU's stores; reads other BUs' documents. */
    ACCOUNTANT(OrgUnitKind.BU),
    /** BU manager: the approvals the rules give a BU (scrap); reads everything in the BU. */
    BU_MANAGER(OrgUnitKind.BU),
    /** BU planner (计划员): checks the sites' requisitions within a day of their filing. */
    BU_PLANNER(OrgUnitKind.BU),
    /** BU supervisor (主管): signs requisitions after the planner's check, before the manager. */
    BU_SUPERVISOR(OrgUnitKind.BU),
    /** Site stock keeper: enters drafts for the site's own stores, does not review. */
    KEEPER(OrgUnitKind.SITE),
    /** Site chief representative (现场总代表): signs the site's requisitions before they go to the BU. */
    SITE_CHIEF(OrgUnitKind.SITE),
    /** Read-only: site chiefs and others who look at their org unit's stock but do not book. */
    VIEWER(null),
    /** Users, roles and org units; no stock work. */
    ADMIN(null);

    public static final String PLANNER_NAME = "PLANNER";
    public static final String ACCOUNTANT_NAME = "ACCOUNTANT";
    public static final String BU_MANAGER_NAME = "BU_MANAGER";
    public static final String BU_PLANNER_NAME = "BU_PLANNER";
    public static final String BU_SUPERVISOR_NAME = "BU_SUPERVISOR";
    public static final String KEEPER_NAME = "KEEPER";
    public static final String SITE_CHIEF_NAME = "SITE_CHIEF";
    public static final String VIEWER_NAME = "VIEWER";
    public static final String ADMIN_NAME = "ADMIN";

    private final OrgUnitKind level;

    Role(OrgUnitKind level) {
        this.level = level;
    }

    /** Whether a user of an org unit of this kind may hold the role (viewers and administrators: any). */
    /** The role of this name, in any case (a role column of an import). */
    public static Optional<Role> named(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public boolean belongsAt(OrgUnitKind kind) {
        return level == null || level == kind;
    }
}
