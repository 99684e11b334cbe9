package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.SiteReturn;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.requisition.MinimumStockService;
import org.fieldstock.application.requisition.RequisitionService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.application.transfer.TransferWork;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionAction;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.transfer.TransferSearch;
import org.fieldstock.interfaces.failedpart.web.ReturnRow;
import org.fieldstock.interfaces.requisition.web.RequisitionRow;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.PagedRows;
import org.fieldstock.interfaces.shared.StoreRef;
import org.omnifaces.cdi.ViewScoped;

/** The user's transfer work lists, and a search over the slips they may see. */
@Named
@ViewScoped
public class TransferList implements Serializable {

    @Inject
    private TransferService transfers;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private FailedPartService failedParts;

    @Inject
    private MinimumStockService minimumStock;

    @Inject
    private RequisitionService requisitions;

    private Work work;
    /** The sites whose damaged parts are due (or overdue) to go back to the repair hub. */
    private List<ReturnRow> returnsDue = List.of();
    /** Stores below a minimum stock, with what they are short of. */
    private List<ShortRow> belowMinimum = List.of();
    /** Requisitions waiting for the user's signature. */
    private List<RequisitionRow> toSign = List.of();
    private boolean draftsRequisitions;
    private final PagedRows<SlipRow> results = new PagedRows<>(this::page, row -> String.valueOf(row.id()));
    private List<StoreRef> stores;
    private String storeCode;
    private DocumentStatus status;
    private Boolean crossBu;
    private LocalDate from;
    private LocalDate to;

    /** The user's work lists ({@link TransferWork}) as the tabs show them. */
    public record Work(List<SlipRow> toReview, List<SlipRow> toShip, List<SlipRow> toReceive,
            List<SlipRow> lossesToApprove) implements Serializable {

        static Work of(TransferWork work) {
            return new Work(SlipRow.all(work.toReview()), SlipRow.all(work.toShip()), SlipRow.all(work.toReceive()),
                    SlipRow.all(work.lossesToApprove()));
        }
    }

    public void load() {
        stores = StoreRef.all(catalog.stores());
        work = Work.of(transfers.workFor());
        feedback.attempt(() -> returnsDue = ReturnRow.all(failedParts.returns().stream().filter(SiteReturn::alert)
                .toList()));
        feedback.attempt(() -> belowMinimum = minimumStock.belowMinimum().stream().map(ShortRow::of).toList());
        feedback.attempt(() -> {
            Instant now = Instant.now();
            toSign = requisitions.list(null, true).stream().filter(r -> requisitions.allowedActions(r).stream()
                    .anyMatch(RequisitionAction::isSignature)).map(r -> RequisitionRow.of(r, now)).toList();
        });
        draftsRequisitions = requisitions.draftingSite().isPresent();
        search();
    }

    /** A store below a minimum: what it holds and what it is short of. */
    public record ShortRow(String storeCode, ItemRef item, String onHand, String minimum, String shortfall)
            implements java.io.Serializable {

        static ShortRow of(MinimumStockService.LevelState state) {
            return new ShortRow(state.level().getStore().getCode(), ItemRef.of(state.level().getItem()),
                    plain(state.onHand()), plain(state.level().getMinimum()), plain(state.shortfall()));
        }

        private static String plain(java.math.BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /** Drafts the requisition of the user's site's shortfalls and opens it. */
    public void draftShortfalls() throws java.io.IOException {
        List<Requisition> drafted = new java.util.ArrayList<>(1);
        if (feedback.attempt(() -> drafted.add(minimumStock.draftShortfalls(
                requisitions.draftingSite().orElseThrow().getCode())))) {
            feedback.flashInfo("requisition.saved", drafted.get(0).getNumber());
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext();
            external.redirect(external.getRequestContextPath() + "/requisitions/edit.xhtml?id=" + drafted.get(0).getId());
        }
    }

    public List<ShortRow> getBelowMinimum() {
        return belowMinimum;
    }

    public List<RequisitionRow> getToSign() {
        return toSign;
    }

    public boolean isDraftsRequisitions() {
        return draftsRequisitions;
    }

    public List<ReturnRow> getReturnsDue() {
        return returnsDue;
    }

    /**
     * The search is the filters as they stand: the lazy table reads its pages through them, so
     * searching only takes the table back to its first page.
     */
    public void search() {
        PagedRows.firstPage(":results:slips");
    }

    /** One page of the slips the filters find, read in the database. */
    private Page<SlipRow> page(PageRequest request) {
        return feedback.answer(() -> transfers.search(new TransferSearch(storeCode, status, from, to, crossBu),
                request).map(SlipRow::of)).orElseGet(() -> Page.empty(request));
    }

    public void reset() {
        storeCode = null;
        status = null;
        crossBu = null;
        from = null;
        to = null;
        search();
    }

    public List<DocumentStatus> getStatuses() {
        return List.of(DocumentStatus.SAVED, DocumentStatus.REVIEWED);
    }

    public Work getWork() {
        return work;
    }

    public PagedRows<SlipRow> getResults() {
        return results;
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public Boolean getCrossBu() {
        return crossBu;
    }

    public void setCrossBu(Boolean crossBu) {
        this.crossBu = crossBu;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
