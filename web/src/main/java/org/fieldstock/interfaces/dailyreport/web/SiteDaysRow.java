package org.fieldstock.interfaces.dailyreport.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.application.dailyreport.DailyReportService.SiteDay;
import org.fieldstock.application.dailyreport.DailyReportService.SiteDays;
import org.fieldstock.domain.dailyreport.Punctuality;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/** One site's days as the overview of who reported shows them. */
public record SiteDaysRow(OrgUnitRef site, List<Day> days) implements Serializable {

    /** A day: how punctual the site's report was, and the reason it gave for being late. */
    public record Day(LocalDate day, Punctuality punctuality, String lateReason) implements Serializable {

        static Day of(SiteDay day) {
            return new Day(day.day(), day.punctuality(), day.report() == null ? null : day.report().getLateReason());
        }
    }

    static SiteDaysRow of(SiteDays site) {
        return new SiteDaysRow(OrgUnitRef.of(site.site()), site.days().stream().map(Day::of).toList());
    }

    static List<SiteDaysRow> all(List<SiteDays> sites) {
        return sites.stream().map(SiteDaysRow::of).toList();
    }
}
