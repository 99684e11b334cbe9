package org.fieldstock.domain.failedpart;

import java.time.LocalDate;

/**
 * What the damaged-part register is filtered by; every part may be left out. Dates are the intake's
 * (the day the failed part entered the damaged store). {@code returned}: true for what has left the
 * site's damaged store, false for what is still waiting there, null for both. {@code ownSites}: only
 * the sites of the caller's own org unit (a BU's, a keeper's), not every site they may read.
 */
public record RegisterSearch(String siteCode, String turbineNo, String itemCode, FailureCause cause,
        LocalDate from, LocalDate to, Boolean returned, boolean ownSites) {

    /** Over every site the caller may read. */
    public RegisterSearch(String siteCode, String turbineNo, String itemCode, FailureCause cause, LocalDate from,
            LocalDate to, Boolean returned) {
        this(siteCode, turbineNo, itemCode, cause, from, to, returned, false);
    }

    public RegisterSearch {
        siteCode = blankToNull(siteCode);
        turbineNo = blankToNull(turbineNo);
        itemCode = blankToNull(itemCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
