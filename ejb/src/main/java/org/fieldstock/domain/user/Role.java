package org.fieldstock.domain.user;

/**
 * A user's role. The names are the security groups checked by {@code @RolesAllowed}; the
 * string constants exist because annotations need compile-time constants.
 */
public enum Role {
    /** Planning office staff: master data, cross-BU work, may review any BU's documents. */
    PLANNER,
    /** BU accountant: enters and reviews the documents of the BU's own stores. */
    ACCOUNTANT,
    /** Site stock keeper: enters the documents of the site's own stores, does not review. */
    KEEPER,
    /** Read-only: managers and site chiefs who look but do not book. */
    VIEWER;

    public static final String PLANNER_NAME = "PLANNER";
    public static final String ACCOUNTANT_NAME = "ACCOUNTANT";
    public static final String KEEPER_NAME = "KEEPER";
    public static final String VIEWER_NAME = "VIEWER";
}
