package org.fieldstock.interfaces.stocktake.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stocktake.CampaignDraft;
import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.stocktake.CampaignKind;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.OrgUnitRef;

/** The stocktake campaigns, newest first, and opening a new one. */
@Named
@ViewScoped
public class StocktakeList implements Serializable {

    /** A count sheet's usual turnaround: two weeks. */
    private static final int DEFAULT_DAYS_TO_DEADLINE = 14;

    @Inject
    private StocktakeService stocktakes;

    @Inject
    private FacesFeedback feedback;

    private List<CampaignRow> campaigns = List.of();
    private List<OrgUnitRef> scopes = List.of();
    private String scopeCode;
    private LocalDate deadline = LocalDate.now().plusDays(DEFAULT_DAYS_TO_DEADLINE);
    private boolean blind;
    private String remark;

    public void load() {
        campaigns = CampaignRow.all(stocktakes.campaigns());
        scopes = OrgUnitRef.all(stocktakes.openableScopes());
        if (!scopes.isEmpty()) {
            scopeCode = scopes.get(0).code();
        }
    }

    /** Opens the campaign and shows it; its page follows the opening. */
    public void open() throws IOException {
        OrgUnitRef scope = scopes.stream().filter(u -> u.code().equals(scopeCode)).findFirst().orElse(null);
        CampaignKind kind = scope != null && scope.kind() == OrgUnitKind.PLANNING_OFFICE ? CampaignKind.QUARTERLY
                : CampaignKind.MONTHLY;
        StocktakeCampaign[] opened = new StocktakeCampaign[1];
        if (feedback.attempt(() -> opened[0] = stocktakes.open(new CampaignDraft(kind, scopeCode, deadline, blind,
                remark)))) {
            feedback.flashInfo("stocktake.opened", opened[0].getNumber());
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/stocktakes/campaign.xhtml?id=" + opened[0].getId());
        }
    }

    public boolean isMayOpen() {
        return !scopes.isEmpty();
    }

    public List<CampaignRow> getCampaigns() {
        return campaigns;
    }

    public List<OrgUnitRef> getScopes() {
        return scopes;
    }

    public String getScopeCode() {
        return scopeCode;
    }

    public void setScopeCode(String scopeCode) {
        this.scopeCode = scopeCode;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
