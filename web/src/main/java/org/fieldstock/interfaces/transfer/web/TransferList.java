package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.failedpart.SiteReturn;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.application.transfer.TransferWork;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.domain.transfer.TransferSearch;
import org.fieldstock.interfaces.failedpart.web.ReturnRow;
import org.fieldstock.interfaces.shared.FacesFeedback;
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

    private Work work;
    /** The sites whose damaged parts are due (or overdue) to go back to the repair hub. */
    private List<ReturnRow> returnsDue = List.of();
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
        search();
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
