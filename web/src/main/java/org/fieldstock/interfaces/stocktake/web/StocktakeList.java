package org.fieldstock.interfaces.stocktake.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stocktake.CampaignChoice;
import org.fieldstock.application.stocktake.CampaignDraft;
import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stocktake.StocktakeCampaign;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.PagedRows;
import org.omnifaces.cdi.ViewScoped;

/** The stocktake campaigns, newest first, and opening a new one of those the service offers the user. */
@Named
@ViewScoped
public class StocktakeList implements Serializable {

    /** A count sheet's usual turnaround: two weeks. */
    private static final int DEFAULT_DAYS_TO_DEADLINE = 14;

    @Inject
    private StocktakeService stocktakes;

    @Inject
    private FacesFeedback feedback;

    private final PagedRows<CampaignRow> campaigns = new PagedRows<>(this::campaigns, row -> String.valueOf(row.id()));
    private List<CampaignChoice> choices = List.of();
    private String choiceKey;
    private LocalDate deadline = LocalDate.now().plusDays(DEFAULT_DAYS_TO_DEADLINE);
    private boolean blind;
    private String remark;

    public void load() {
        choices = stocktakes.openableCampaigns();
        if (!choices.isEmpty()) {
            choiceKey = choices.get(0).key();
        }
    }

    /** Opens the campaign and shows it; its page follows the opening. */
    public void open() throws IOException {
        CampaignDraft draft = choices.stream().filter(c -> c.key().equals(choiceKey)).findFirst()
                .map(c -> c.draft(deadline, blind, remark))
                .orElseGet(() -> new CampaignDraft(null, null, deadline, blind, remark));
        StocktakeCampaign[] opened = new StocktakeCampaign[1];
        if (feedback.attempt(() -> opened[0] = stocktakes.open(draft))) {
            feedback.flashInfo("stocktake.opened", opened[0].getNumber());
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/stocktakes/campaign.xhtml?id=" + opened[0].getId());
        }
    }

    public boolean isMayOpen() {
        return !choices.isEmpty();
    }

    private Page<CampaignRow> campaigns(PageRequest request) {
        return stocktakes.campaigns(new PageRequest(request.first(), request.size())).map(CampaignRow::of);
    }

    public PagedRows<CampaignRow> getCampaigns() {
        return campaigns;
    }

    public List<CampaignChoice> getChoices() {
        return choices;
    }

    public String getChoiceKey() {
        return choiceKey;
    }

    public void setChoiceKey(String choiceKey) {
        this.choiceKey = choiceKey;
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
