package org.fieldstock.interfaces.failedpart.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.failedpart.SiteReturn;
import org.fieldstock.domain.failedpart.ReturnCycle;
import org.fieldstock.interfaces.shared.Bilingual;

/** A site's return of damaged parts to the repair hub, as the screens show it. */
public record ReturnRow(String code, String nameZh, String nameEn, BigDecimal units, BigDecimal volumeM3,
        LocalDate oldest, long oldestAgeDays, ReturnCycle.ReturnStatus status, boolean alert)
        implements Bilingual, Serializable {

    static ReturnRow of(SiteReturn r) {
        return new ReturnRow(r.site().getCode(), r.site().getNameZh(), r.site().getNameEn(), r.units(), r.volumeM3(),
                r.oldest(), r.oldestAgeDays(), r.status(), r.alert());
    }

    public static List<ReturnRow> all(List<SiteReturn> returns) {
        return returns.stream().map(ReturnRow::of).toList();
    }
}
