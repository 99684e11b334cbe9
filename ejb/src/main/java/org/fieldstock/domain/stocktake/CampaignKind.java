package org.fieldstock.domain.stocktake;

import java.time.LocalDate;
import java.util.Set;

import org.fieldstock.domain.organisation.OrgUnitKind;

/**
 * Every store is counted each quarter: the planning office counts the whole organisation, or a BU
 * counts its own stores (those of the BU and its sites), since the BU prepares its sites' count
 * sheets (2篇 6). A BU may count its own stores each month as well.
 */
public enum CampaignKind {
    QUARTERLY(Set.of(OrgUnitKind.PLANNING_OFFICE, OrgUnitKind.BU)),
    MONTHLY(Set.of(OrgUnitKind.BU));

    private final Set<OrgUnitKind> scopes;

    CampaignKind(Set<OrgUnitKind> scopes) {
        this.scopes = scopes;
    }

    /**
     * Whether a campaign of this kind may count the stores of an org unit of that kind: the
     * planning office's are every store, a BU's its own and its sites'.
     */
    public boolean countsStoresOf(OrgUnitKind unit) {
        return scopes.contains(unit);
    }

    /** The period a campaign opened on that day counts: {@code 2026-Q4} or {@code 2026-11}. */
    public String periodOf(LocalDate day) {
        return this == QUARTERLY ? day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1)
                : String.format("%d-%02d", day.getYear(), day.getMonthValue());
    }
}
