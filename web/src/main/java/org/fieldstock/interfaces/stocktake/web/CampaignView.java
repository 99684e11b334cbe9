package org.fieldstock.interfaces.stocktake.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.stocktake.StocktakeService;
import org.fieldstock.application.stocktake.StocktakeViews.CampaignOverview;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.stocktake.CampaignStatus;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.PagedRows;
import org.fieldstock.interfaces.stocktake.CampaignExport;
import org.omnifaces.cdi.ViewScoped;
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

    /** The sheets of a page of the table. */
    static final int ROWS = 50;

    private Long id;
    private CampaignPage overview;
    private PagedRows<CampaignPage.Sheet> sheets;
    private String exportJobId;

    /** The first page of sheets as {@link #load} read it with the campaign, until the table takes it. */
    private transient Page<CampaignPage.Sheet> firstPage;

    /** The campaign with its totals and the first page of its sheets; the table reads the others as the user turns to them. */
    public void load() {
        if (id == null || !feedback.attempt(() -> {
            CampaignOverview read = stocktakes.overview(id, PageRequest.firstRows(ROWS));
            overview = CampaignPage.of(read);
            firstPage = CampaignPage.sheets(read);
            if (sheets == null) {
                sheets = new PagedRows<>(this::sheetPage, row -> String.valueOf(row.sheet().id()));
            }
        })) {
            overview = null;
        }
    }

    private Page<CampaignPage.Sheet> sheetPage(PageRequest request) {
        Page<CampaignPage.Sheet> read = firstPage;
        firstPage = null;
        if (read != null && request.sort() == null && read.request().first() == request.first()
                && read.request().size() == request.size()) {
            return read;
        }
        return CampaignPage.sheets(stocktakes.overview(id, request));
    }

    public PagedRows<CampaignPage.Sheet> getSheets() {
        return sheets;
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
                stocktakes.sheetIds(id));
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
