package org.fieldstock.interfaces.failedpart.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.application.failedpart.SiteReturn;

/** Where a site's return of damaged parts to the repair hub stands. */
@Schema(name = "SiteReturn")
public record SiteReturnJson(String site, String nameZh, String nameEn, BigDecimal units, BigDecimal volumeM3,
        LocalDate oldest, long oldestAgeDays, String status, boolean alert) {

    static SiteReturnJson of(SiteReturn r) {
        return new SiteReturnJson(r.site().getCode(), r.site().getNameZh(), r.site().getNameEn(), r.units(),
                r.volumeM3(), r.oldest(), r.oldestAgeDays(), r.status().name(), r.alert());
    }
}
