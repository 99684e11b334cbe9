package org.fieldstock.interfaces.transfer.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.application.transfer.TransferDraft;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.transfer.TransferSlip;
import org.fieldstock.domain.transfer.TransferSlipLine;
import org.fieldstock.interfaces.document.web.LineRow;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.transfer.web.EditedSlip.GeneratedDocument;
import org.fieldstock.interfaces.transfer.web.EditedSlip.ReceivedLine;
import org.omnifaces.cdi.ViewScoped;

/**
 * The transfer-slip page: make and review the slip, then follow it to the end — ship (review the
 * transfer-out), record what arrived and receive (review the transfer-in), approve a loss on
 * arrival. It only collects input and calls the services; they decide what is allowed.
 */
@Named
@ViewScoped
public class TransferEdit implements Serializable {

    private static final int EMPTY_ROWS_FOR_NEW = 2;


    @Inject
    private TransferService transfers;

    @Inject
    private StockDocumentService documents;

    @Inject
    private CatalogService catalog;

    @Inject
    private StockQueryService stock;

    @Inject
    private FacesFeedback feedback;

    private Long id;
    private EditedSlip slip;
    private StoreKind kind = StoreKind.GOOD;
    private String fromStoreCode;
    private String toStoreCode;
    private LocalDate slipDate = LocalDate.now();
    private String packingListRef;
    private boolean emergency;
    private String requisitionNumber;
    private String agreedBySending;
    private String agreedByReceiving;
    private String remark;
    private List<LineRow> rows = new ArrayList<>();
    private LocalDate arrivalDate = LocalDate.now();
    private List<ArrivalRow> arrivalRows = List.of();
    private List<TransitRow> inTransit = List.of();
    private List<StoreRef> stores;

    /** Called from f:viewAction once the id parameter is set. */
    public void load() {
        stores = StoreRef.all(catalog.storesForEntry());
        if (id == null) {
            for (int i = 0; i < EMPTY_ROWS_FOR_NEW; i++) {
                rows.add(new LineRow());
            }
            return;
        }
        if (!feedback.attempt(() -> show(transfers.find(id)))) {
            slip = null;
        }
    }

    private void show(TransferSlip shown) {
        hold(shown);
        id = shown.getId();
        kind = shown.getKind();
        fromStoreCode = shown.getFromStore().getCode();
        toStoreCode = shown.getToStore().getCode();
        slipDate = shown.getSlipDate();
        packingListRef = shown.getPackingListRef();
        emergency = shown.isEmergency();
        requisitionNumber = shown.getRequisition() == null ? null : shown.getRequisition().getNumber();
        agreedBySending = shown.getAgreedBySending();
        agreedByReceiving = shown.getAgreedByReceiving();
        remark = shown.getRemark();
        rows = new ArrayList<>();
        for (TransferSlipLine line : shown.getLines()) {
            LineRow row = LineRow.of(ItemRef.of(line.getItem()), line.getQuantity(), line.getRemark(),
                    line.getBatchNo(), line.getSerials());
            rows.add(row);
        }
        if (isEditable()) {
            // only those who change the slip need the sending store's stock (a receiving keeper may not see it)
            rows.forEach(this::showOnHand);
            rows.add(new LineRow());
        }
        StockDocument inbound = shown.getInbound();
        arrivalRows = inbound == null ? List.of() : inbound.getLines().stream().map(ArrivalRow::new).toList();
        if (inbound != null && inbound.getStatus() == DocumentStatus.SAVED && inbound.getModifiedAt() != null) {
            arrivalDate = inbound.getDocumentDate();
        }
        inTransit = TransitRow.all(shown.inTransit(LocalDate.now(), java.time.ZoneId.systemDefault()));
        for (Store store : List.of(shown.getFromStore(), shown.getToStore())) {
            if (stores.stream().noneMatch(s -> s.code().equals(store.getCode()))) {
                stores = java.util.stream.Stream.concat(stores.stream(), java.util.stream.Stream.of(StoreRef.of(store)))
                        .toList();
            }
        }
    }

    /** Keeps the slip as read, with what the services say the user may do with it and its documents. */
    private void hold(TransferSlip read) {
        StockDocument outbound = read.getOutbound();
        StockDocument inbound = read.getInbound();
        slip = EditedSlip.of(read, transfers.allowedActions(read), transfers.mayRecordArrival(read),
                GeneratedDocument.of(outbound, outbound != null && mayReview(outbound)),
                GeneratedDocument.of(inbound, inbound != null && mayReview(inbound)));
    }

    /** Whether the lifecycle lets the user review a document of the slip now (ship it, or receive it). */
    private boolean mayReview(StockDocument document) {
        return documents.allowedActions(document).allows(DocumentAction.REVIEW);
    }

    /** What the sending store holds of a line's item. */
    public void showOnHand(LineRow row) {
        row.setOnHand(row.getItem() == null || fromStoreCode == null ? null
                : stock.onHand(fromStoreCode, row.getItem().code()));
    }

    public void itemChanged(LineRow row) {
        row.fitToItem(false);
        showOnHand(row);
    }

    public void fromStoreChanged() {
        rows.forEach(this::showOnHand);
    }

    /** Good or damaged: the stores on offer change with it. */
    public void kindChanged() {
        fromStoreCode = null;
        toStoreCode = null;
        rows.forEach(this::showOnHand);
    }

    public List<ItemRef> completeItem(String text) {
        return ItemRef.all(catalog.searchItems(text));
    }

    public void addLine() {
        rows.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        rows.remove(row);
    }

    public void save() throws IOException {
        if (saveChanges()) {
            feedback.flashInfo("transfer.saved", slip.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    /** Saves pending changes first, so that what is reviewed is what the user sees. */
    public void review() throws IOException {
        if (isEditable() && !saveChanges()) {
            showCurrentIfChangedMeanwhile();
            return;
        }
        if (feedback.attempt(() -> hold(transfers.review(slip.id(), slip.version())))) {
            feedback.flashInfo("transfer.reviewed", slip.number(), slip.outbound().number(),
                    slip.inbound().number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void unreview() throws IOException {
        if (feedback.attempt(() -> hold(transfers.unreview(slip.id(), slip.version())))) {
            feedback.flashInfo("transfer.unreviewed", slip.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void delete() throws IOException {
        String number = slip.number();
        if (feedback.attempt(() -> transfers.delete(slip.id(), slip.version()))) {
            feedback.flashInfo("transfer.deleted", number);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/transfers/list.xhtml");
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    /** The goods leave: the transfer-out is reviewed. */
    public void ship() throws IOException {
        GeneratedDocument outbound = slip.outbound();
        if (feedback.attempt(() -> documents.review(outbound.id(), outbound.version()))) {
            feedback.flashInfo("transfer.shipped", outbound.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void recordArrival() throws IOException {
        if (saveArrival()) {
            feedback.flashInfo("transfer.arrivalRecorded", slip.inbound().number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    /** Records what arrived and reviews the transfer-in: the goods are booked into the receiving stores. */
    public void receive() throws IOException {
        if (!saveArrival()) {
            showCurrentIfChangedMeanwhile();
            return;
        }
        GeneratedDocument inbound = slip.inbound();
        if (feedback.attempt(() -> documents.review(inbound.id(), inbound.version()))) {
            feedback.flashInfo("transfer.received.done", inbound.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void approveLoss() throws IOException {
        if (feedback.attempt(() -> hold(transfers.approveLoss(slip.id(), slip.version())))) {
            feedback.flashInfo("transfer.lossApproved", slip.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void withdrawLossApproval() throws IOException {
        if (feedback.attempt(() -> hold(transfers.withdrawLossApproval(slip.id(), slip.version())))) {
            feedback.flashInfo("transfer.lossApprovalWithdrawn", slip.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    private boolean saveArrival() {
        GeneratedDocument inbound = slip.inbound();
        return feedback.attempt(() -> hold(transfers.recordArrival(slip.id(), inbound.version(), arrivalDate,
                arrivalRows.stream().map(ArrivalRow::toArrival).toList())));
    }

    private boolean saveChanges() {
        TransferDraft draft = new TransferDraft(kind, fromStoreCode, toStoreCode, slipDate, packingListRef,
                isCrossBu() ? agreedBySending : null, isCrossBu() ? agreedByReceiving : null, remark,
                rows.stream().filter(r -> !r.isBlank()).map(LineRow::toDraft).toList(),
                kind == StoreKind.GOOD && emergency);
        return feedback.attempt(() -> hold(slip == null
                ? transfers.create(draft)
                : transfers.modify(slip.id(), slip.version(), draft)));
    }

    /** After a refused action: if someone changed the slip or its documents meanwhile, show them as they are now. */
    private void showCurrentIfChangedMeanwhile() {
        if (slip == null) {
            return;
        }
        TransferSlip current;
        try {
            current = transfers.find(slip.id());
        } catch (NotFoundException deletedMeanwhile) {
            slip = null;
            feedback.warn("transfer.goneMeanwhile");
            return;
        }
        if (current.getVersion() != slip.version() || documentVersion(current.getOutbound()) != documentVersion(
                slip.outbound()) || documentVersion(current.getInbound()) != documentVersion(slip.inbound())) {
            show(current);
            feedback.warn("transfer.reloaded", current.getNumber());
        }
    }

    private static int documentVersion(StockDocument document) {
        return document == null ? -1 : document.getVersion();
    }

    private static int documentVersion(GeneratedDocument document) {
        return document == null ? -1 : document.version();
    }

    private void reopen() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/transfers/edit.xhtml?id=" + slip.id());
    }

    /** Between two BUs, as the chosen stores stand: then the agreeing managers may be noted. */
    public boolean isCrossBu() {
        Optional<StoreRef> from = store(fromStoreCode);
        Optional<StoreRef> to = store(toStoreCode);
        return from.isPresent() && to.isPresent()
                && TransferSlip.isCrossBu(from.get().businessUnitCode(), to.get().businessUnitCode());
    }

    private Optional<StoreRef> store(String code) {
        return code == null ? Optional.empty() : stores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public boolean isNew() {
        return slip == null;
    }

    public boolean isEditable() {
        return slip == null || slip.allows(DocumentAction.MODIFY);
    }

    public boolean isReviewable() {
        return slip != null && slip.allows(DocumentAction.REVIEW);
    }

    /** Offered while the goods have not left; the lifecycle says why not otherwise. */
    public boolean isUnreviewable() {
        return slip != null && slip.allows(DocumentAction.UNREVIEW);
    }

    public boolean isDeletable() {
        return slip != null && slip.allows(DocumentAction.DELETE);
    }

    /** The transfer-out may be reviewed (the goods leave): asked of its own lifecycle rules. */
    public boolean isShippable() {
        return slip != null && slip.outbound() != null && slip.outbound().mayReview();
    }

    /** The arrival may be recorded once the goods have left and until the transfer-in is reviewed. */
    public boolean isArrivalOpen() {
        return slip != null && slip.outbound() != null && slip.outbound().status() == DocumentStatus.REVIEWED
                && slip.inbound().status() == DocumentStatus.SAVED && slip.mayRecordArrival();
    }

    public boolean isReceivable() {
        return isArrivalOpen() && slip.inbound().mayReview();
    }

    public boolean isLossApprovable() {
        return slip != null && slip.lossAwaitingApproval() && transfers.mayApproveLoss();
    }

    public boolean isLossWithdrawable() {
        return slip != null && slip.lossApprovedAt() != null && transfers.mayApproveLoss();
    }

    /** Whether the arrival rows need serial columns: some line is serial-tracked. */
    public boolean isArrivalSerials() {
        return arrivalRows.stream().anyMatch(row -> row.getItem().serialTracked());
    }

    public List<StoreKind> getKinds() {
        return List.of(StoreKind.values());
    }

    /** The stores of the slip's kind the user may pick from. */
    public List<StoreRef> getStores() {
        return stores.stream().filter(s -> s.kind() == kind).toList();
    }

    /** What arrived, once the transfer-in is reviewed. */
    public List<ReceivedLine> getReceivedLines() {
        return slip == null ? List.of() : slip.received();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EditedSlip getSlip() {
        return slip;
    }

    public StoreKind getKind() {
        return kind;
    }

    public void setKind(StoreKind kind) {
        this.kind = kind;
    }

    public String getFromStoreCode() {
        return fromStoreCode;
    }

    public void setFromStoreCode(String fromStoreCode) {
        this.fromStoreCode = fromStoreCode;
    }

    public String getToStoreCode() {
        return toStoreCode;
    }

    public void setToStoreCode(String toStoreCode) {
        this.toStoreCode = toStoreCode;
    }

    public LocalDate getSlipDate() {
        return slipDate;
    }

    public void setSlipDate(LocalDate slipDate) {
        this.slipDate = slipDate;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    /** The requisition the slip delivers, if it names one (shipped for it, or linked after an emergency). */
    public String getRequisitionNumber() {
        return requisitionNumber;
    }

    public String getPackingListRef() {
        return packingListRef;
    }

    public void setPackingListRef(String packingListRef) {
        this.packingListRef = packingListRef;
    }

    public String getAgreedBySending() {
        return agreedBySending;
    }

    public void setAgreedBySending(String agreedBySending) {
        this.agreedBySending = agreedBySending;
    }

    public String getAgreedByReceiving() {
        return agreedByReceiving;
    }

    public void setAgreedByReceiving(String agreedByReceiving) {
        this.agreedByReceiving = agreedByReceiving;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public List<LineRow> getRows() {
        return rows;
    }

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }

    public void setArrivalDate(LocalDate arrivalDate) {
        this.arrivalDate = arrivalDate;
    }

    public List<ArrivalRow> getArrivalRows() {
        return arrivalRows;
    }

    public List<TransitRow> getInTransit() {
        return inTransit;
    }
}
