package org.fieldstock.domain.transfer;

import org.fieldstock.domain.organisation.OrgUnit;

/**
 * Which slips a read may return, decided in the database: those with an end in a store of
 * {@code within} or of a unit under it (null: any store), at the end named; cross-BU slips only if
 * asked. The caller's rights narrow what the lists show; this keeps the rows read to the caller's part.
 *
 * @param within       the unit whose stores (and those of its sites) count; null for every store
 * @param end          which end of the slip must be there
 * @param crossBuOnly  only slips between two BUs (the planning office's work)
 */
public record SlipScope(OrgUnit within, End end, boolean crossBuOnly) {

    /** The end of a slip a scope looks at. */
    public enum End {
        EITHER, SENDING, RECEIVING
    }

    public static final SlipScope EVERY_STORE = new SlipScope(null, End.EITHER, false);

    /** Slips with either end under the unit. */
    public static SlipScope within(OrgUnit unit) {
        return new SlipScope(unit, End.EITHER, false);
    }

    public SlipScope at(End which) {
        return new SlipScope(within, which, crossBuOnly);
    }

    public SlipScope crossBu() {
        return new SlipScope(within, end, true);
    }
}
