package org.fieldstock.interfaces.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.organisation.OrgUnit;

/**
 * A page about one site's day (daily ledger, daily report, reconciliation): the sites to pick from,
 * the first of them by default, the day, and paging a day back or forth.
 */
public abstract class SiteDayPage implements Serializable {

    private List<OrgUnitRef> sites = List.of();
    private String siteCode;
    private LocalDate date;

    protected SiteDayPage(LocalDate defaultDate) {
        this.date = defaultDate;
    }

    /** The sites the caller may pick, as the service gives them. */
    protected abstract List<OrgUnit> availableSites();

    /** Reads the chosen site's day. */
    public abstract void show();

    public void load() {
        sites = OrgUnitRef.all(availableSites());
        if (siteCode == null && !sites.isEmpty()) {
            siteCode = sites.get(0).code();
        }
        show();
    }

    /** The previous or the next day, for paging through the days with the keyboard or a click. */
    public void shift(int days) {
        date = (date == null ? LocalDate.now() : date).plusDays(days);
        show();
    }

    public List<OrgUnitRef> getSites() {
        return sites;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
