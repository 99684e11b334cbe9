package org.fieldstock.interfaces.transfer.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.application.transfer.TransferWork;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.transfer.TransferSearch;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.interfaces.shared.FacesFeedback;

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

    private TransferWork work;
    private List<TransferSlip> results = List.of();
    private List<Store> stores;
    private String storeCode;
    private DocumentStatus status;
    private Boolean crossBu;
    private LocalDate from;
    private LocalDate to;

    public void load() {
        stores = catalog.stores();
        work = transfers.workFor();
        search();
    }

    public void search() {
        feedback.attempt(() -> results = transfers.search(new TransferSearch(storeCode, status, from, to, crossBu,
                null, 0)));
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

    public TransferWork getWork() {
        return work;
    }

    public List<TransferSlip> getResults() {
        return results;
    }

    public List<Store> getStores() {
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
