package org.fieldstock.application.stocktake;

import java.io.Serializable;
import java.time.LocalDate;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.stocktake.CampaignKind;

/**
 * A campaign the caller may open, as the screen offers it: its kind and the org unit whose stores it
 * counts (the planning office's are every store). Plain values, so that a page may keep it.
 */
public record CampaignChoice(CampaignKind kind, String scopeCode, String scopeNameZh, String scopeNameEn)
        implements Serializable {

    static CampaignChoice of(CampaignKind kind, OrgUnit scope) {
        return new CampaignChoice(kind, scope.getCode(), scope.getNameZh(), scope.getNameEn());
    }

    /** Names the choice in a form: kind and scope, e.g. {@code QUARTERLY NC}. */
    public String key() {
        return kind.name() + " " + scopeCode;
    }

    /** The campaign as asked for with this choice. */
    public CampaignDraft draft(LocalDate deadline, boolean blind, String remark) {
        return new CampaignDraft(kind, scopeCode, deadline, blind, remark);
    }
}
