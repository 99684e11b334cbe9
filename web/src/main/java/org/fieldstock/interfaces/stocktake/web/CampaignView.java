package org.fieldstock.interfaces.stocktake.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.StocktakeService;
import org.fieldstock.application.StocktakeViews.CampaignOverview;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.interfaces.shared.FacesFeedback;

/** One campaign: its opening progress, every store's sheet with its state and figures, closing it. */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    @Inject
    private StocktakeService stocktakes;

    @Inject
    private FacesFeedback feedback;

    private Long id;
    private CampaignOverview overview;

    public void load() {
        if (id == null || !feedback.attempt(() -> overview = stocktakes.overview(id))) {
            overview = null;
        }
    }

    /** Polled while the campaign opens. */
    public void refresh() {
        load();
    }

    public boolean isOpening() {
        return overview != null && overview.campaign().getStatus() == CampaignStatus.OPENING;
    }

    public boolean isMayClose() {
        return overview != null && overview.campaign().getStatus() == CampaignStatus.OPEN
                && stocktakes.openableScopes().stream()
                        .anyMatch(u -> u.getCode().equals(overview.campaign().getScope().getCode()));
    }

    public void close() {
        if (feedback.attempt(() -> stocktakes.close(id, overview.campaign().getVersion()))) {
            feedback.info("stocktake.closed", overview.campaign().getNumber());
        }
        load();
    }

    public void discard() throws IOException {
        String number = overview.campaign().getNumber();
        if (feedback.attempt(() -> stocktakes.discard(id))) {
            feedback.flashInfo("stocktake.discarded", number);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/stocktakes/list.xhtml");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignOverview getOverview() {
        return overview;
    }
}
