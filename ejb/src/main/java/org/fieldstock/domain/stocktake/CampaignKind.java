package org.fieldstock.domain.stocktake;

import java.time.LocalDate;

import org.fieldstock.domain.organisation.OrgUnitKind;

/**
 * The planning office counts every store each quarter; a BU may count its own stores (those of the
 * BU and its sites) each month.
 */
public enum CampaignKind {
    QUARTERLY(OrgUnitKind.PLANNING_OFFICE),
    MONTHLY(OrgUnitKind.BU);

    private final OrgUnitKind scope;

    CampaignKind(OrgUnitKind scope) {
        this.scope = scope;
    }

    /** The kind of org unit whose stores a campaign of this kind counts. */
    public OrgUnitKind scope() {
        return scope;
    }

    /** The period a campaign opened on that day counts: {@code 2026-Q4} or {@code 2026-11}. */
    public String periodOf(LocalDate day) {
        return this == QUARTERLY ? day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1)
                : String.format("%d-%02d", day.getYear(), day.getMonthValue());
    }
}
