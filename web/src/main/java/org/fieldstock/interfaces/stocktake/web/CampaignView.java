package org.fieldstock.interfaces.stocktake.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.stocktake.CampaignExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One campaign: its opening progress, every store's sheet with its state and figures, closing it. */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    @Inject
    private StocktakeService stocktakes;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private CampaignExport exports;

    private Long id;
    private CampaignPage overview;
    private String exportJobId;

    public void load() {
        if (id == null || !feedback.attempt(() -> overview = CampaignPage.of(stocktakes.overview(id)))) {
            overview = null;
        }
    }

    /** Polled while the campaign opens. */
    public void refresh() {
        load();
    }

    public boolean isOpening() {
        return overview != null && overview.campaign().status() == CampaignStatus.OPENING;
    }

    public boolean isMayClose() {
        return overview != null && overview.campaign().status() == CampaignStatus.OPEN
                && stocktakes.openableScopes().stream()
                        .anyMatch(u -> u.getCode().equals(overview.campaign().scope().code()));
    }

    public void close() {
        if (feedback.attempt(() -> stocktakes.close(id, overview.campaign().version()))) {
            feedback.info("stocktake.closed", overview.campaign().number());
        }
        load();
    }

    public void discard() throws IOException {
        String number = overview.campaign().number();
        if (feedback.attempt(() -> stocktakes.discard(id))) {
            feedback.flashInfo("stocktake.discarded", number);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/stocktakes/list.xhtml");
        }
    }

    /** Starts exporting every sheet shown, one workbook per store in a zip; the page shows the progress. */
    public void startExport() {
        CampaignExport.Job job = exports.start(user(), overview.campaign().number(),
                overview.sheets().stream().map(row -> row.sheet().id()).toList());
        exportJobId = job.getId();
    }

    public CampaignExport.Job getExportJob() {
        return exports.find(user(), exportJobId);
    }

    public boolean isExporting() {
        CampaignExport.Job job = getExportJob();
        return job != null && !job.isFinished();
    }

    /** The finished export's zip. */
    public StreamedContent getExportFile() {
        CampaignExport.Job job = getExportJob();
        if (job == null || job.getFile() == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name(job.getFileName()).contentType("application/zip")
                .stream(() -> {
                    try {
                        return Files.newInputStream(job.getFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignPage getOverview() {
        return overview;
    }
}
