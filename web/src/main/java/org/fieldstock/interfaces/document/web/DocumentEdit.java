package org.fieldstock.interfaces.document.web;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.document.DocumentDraft;
import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.application.failedpart.FailedPartService;
import org.fieldstock.application.item.CatalogService;
import org.fieldstock.application.stock.StockQueryService;
import org.fieldstock.application.transfer.TransferService;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.Receiving;
import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.DocumentType;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.failedpart.FailureCause;
import org.fieldstock.domain.organisation.Turbine;
import org.fieldstock.domain.stock.IssueSuggestion;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.ItemRef;
import org.fieldstock.interfaces.shared.StoreRef;
import org.fieldstock.interfaces.shared.SupplierRef;
import org.fieldstock.interfaces.stock.web.LedgerEntryRow;
import org.omnifaces.cdi.ViewScoped;

/**
 * The document editor: header, editable lines, and the life-cycle buttons. It only collects
 * input and calls the service; the service decides what is allowed.
 */
@Named
@ViewScoped
public class DocumentEdit implements Serializable {

    private static final int EMPTY_ROWS_FOR_NEW = 2;


    @Inject
    private StockDocumentService documents;

    @Inject
    private CatalogService catalog;

    @Inject
    private FacesFeedback feedback;

    @Inject
    private FailedPartService failedParts;

    @Inject
    private StockQueryService stock;

    @Inject
    private TransferService transfers;

    private Long id;
    private Long returnOf;
    private boolean returnable;
    private EditedDocument document;
    private DocumentCategory category = DocumentCategory.PURCHASE;
    private String storeCode;
    private String supplierCode;
    private String reversesNumber;
    private String deliveryNote;
    private String shipperConfirmation;
    private LocalDate arrivedOn;
    private String papers;
    private boolean mayAttachPapers;
    private String requisitionNumber;
    private boolean emergency;
    private LocalDate documentDate = LocalDate.now();
    private String remark;
    private List<LineRow> rows = new ArrayList<>();
    private List<LedgerEntryRow> ledger = List.of();
    private List<HistoryEntry> history = List.of();
    private GeneratingSlip generatingSlip;
    private List<StoreRef> stores;
    private List<SupplierRef> suppliers;
    /** The numbers of the turbines a line may name. */
    private List<String> turbines = List.of();
    private Map<String, String> onHandForSuggestions = Map.of();

    /**
     * The documents a replacement ties together: on an issue, the damage intake of the parts it
     * removed; on that intake, the issue.
     */
    private LinkedDocument removedPartsIntake;
    private LinkedDocument generatedFrom;

    /** Another document, for a link to it. */
    public record LinkedDocument(long id, String number) implements Serializable {

        static LinkedDocument of(StockDocument document) {
            return document == null ? null : new LinkedDocument(document.getId(), document.getNumber());
        }
    }

    /** The slip that generated a document, for the link up to it. */
    public record GeneratingSlip(long id, String number) implements Serializable {
    }

    /** Called from f:viewAction once the id parameter is set. */
    public void load() {
        stores = StoreRef.all(catalog.storesForEntry());
        suppliers = SupplierRef.all(catalog.suppliers());
        if (id == null && returnOf != null) {
            feedback.attempt(() -> startReturn(documents.returnDraftOf(returnOf)));
        }
        if (id == null) {
            if (storeCode == null) {
                storeCode = stores.stream().filter(s -> category.acceptsStore(s.kind())).findFirst()
                        .map(StoreRef::code).orElse(null);
            }
            // a return filled in from its document gets one empty row to add to it
            for (int i = rows.isEmpty() ? 0 : EMPTY_ROWS_FOR_NEW - 1; i < EMPTY_ROWS_FOR_NEW; i++) {
                rows.add(new LineRow());
            }
            turbines = turbinesOfStore();
            return;
        }
        if (!feedback.attempt(() -> show(documents.find(id)))) {
            document = null;
        }
    }

    /** A new red-ink return, filled in with what is left to give back of the document it names. */
    private void startReturn(DocumentDraft draft) {
        category = draft.category();
        storeCode = draft.storeCode();
        supplierCode = draft.supplierCode();
        reversesNumber = draft.reversesNumber();
        documentDate = draft.documentDate();
        for (DocumentDraft.Line line : draft.lines()) {
            LineRow row = LineRow.of(ItemRef.of(catalog.item(line.itemCode()).orElseThrow()), line.quantity(), null,
                    line.batchNo(), line.serials());
            showOnHand(row);
            rows.add(row);
        }
        if (stores.stream().noneMatch(s -> s.code().equals(storeCode))) {
            storeCode = null;
        }
    }

    private void show(StockDocument shown) {
        hold(shown);
        id = shown.getId();
        generatingSlip = transfers.generating(shown).map(slip -> new GeneratingSlip(slip.getId(), slip.getNumber()))
                .orElse(null);
        removedPartsIntake = LinkedDocument.of(documents.removedPartsIntakeOf(shown).orElse(null));
        generatedFrom = LinkedDocument.of(shown.getGeneratedFrom());
        category = shown.getCategory();
        storeCode = shown.getStore().getCode();
        supplierCode = shown.getSupplier() == null ? null : shown.getSupplier().getCode();
        reversesNumber = shown.getReverses() == null ? null : shown.getReverses().getNumber();
        deliveryNote = shown.getReceiving().deliveryNote();
        shipperConfirmation = shown.getReceiving().shipperConfirmation();
        arrivedOn = shown.getReceiving().arrivedOn();
        requisitionNumber = shown.getRequisition() == null ? null : shown.getRequisition().getNumber();
        emergency = shown.isEmergency();
        documentDate = shown.getDocumentDate();
        remark = shown.getRemark();
        rows = new ArrayList<>();
        for (DocumentLine line : shown.getLines()) {
            rows.add(new LineRow(line));
        }
        rows.forEach(this::showOnHand);
        if (isEditable()) {
            rows.add(new LineRow());
        }
        ledger = LedgerEntryRow.all(documents.ledgerOf(shown.getId()));
        history = HistoryEntry.all(documents.historyOf(shown.getId()));
        if (stores.stream().noneMatch(s -> s.code().equals(storeCode))) {
            stores = Stream.concat(stores.stream(), Stream.of(StoreRef.of(shown.getStore()))).toList();
        }
        turbines = turbinesOfStore();
    }

    /** Keeps the document as read, with what the service says the user may do with it. */
    private void hold(StockDocument read) {
        document = EditedDocument.of(read, documents.allowedActions(read));
        returnable = documents.mayReturn(read);
        mayAttachPapers = documents.mayAttachPapers(read);
    }

    private List<String> turbinesOfStore() {
        return catalog.turbinesFor(storeCode).stream().map(Turbine::getTurbineNo).toList();
    }

    /** Shows what the document's store holds of the item just chosen. */
    public void showOnHand(LineRow row) {
        row.setOnHand(row.getItem() == null || storeCode == null ? null
                : stock.onHand(storeCode, row.getItem().code()));
        showScrapAdvice(row);
    }

    /** On a scrap or a repair return, the units repaired so often that scrapping them is advised. */
    private void showScrapAdvice(LineRow row) {
        boolean asks = category == DocumentCategory.SCRAP || category == DocumentCategory.REPAIR_RETURN;
        row.setScrapAdvice(!asks || row.getItem() == null || row.serials().isEmpty() ? Map.of()
                : failedParts.scrapAdvised(row.getItem().code(), row.serials()));
    }

    /** The store changed: the on-hand figures of every line change with it, and the turbines one may name. */
    public void storeChanged() {
        rows.forEach(this::showOnHand);
        turbines = turbinesOfStore();
    }

    /**
     * Fills what to issue: the serials that arrived first, or the batch nearest expiry; a quantity
     * that takes more than one batch is split into a line per batch.
     */
    public void suggest(LineRow row) {
        if (row.getItem() == null || storeCode == null) {
            return;
        }
        BigDecimal quantity = row.getQuantity() == null ? null : row.getQuantity().abs();
        Map<String, BigDecimal> batchesTaken = new HashMap<>();
        Set<String> serialsTaken = new HashSet<>();
        for (LineRow other : rows) {
            if (other != row && other.getItem() != null && other.getItem().code().equals(row.getItem().code())) {
                serialsTaken.addAll(other.serials());
                if (other.getBatchNo() != null && other.getQuantity() != null) {
                    batchesTaken.merge(other.getBatchNo(), other.getQuantity().abs(), BigDecimal::add);
                }
            }
        }
        feedback.attempt(() -> {
            IssueSuggestion suggestion = stock.suggestIssue(storeCode, row.getItem().code(), quantity,
                    batchesTaken, serialsTaken);
            if (row.getItem().serialTracked()) {
                row.setSerials(suggestion.serials());
            }
            if (row.getItem().batchTracked() && !suggestion.batches().isEmpty()) {
                BigDecimal sign = BigDecimal.valueOf(row.getQuantity().signum());
                List<IssueSuggestion.BatchPick> picks = suggestion.batches();
                row.setBatchNo(picks.get(0).batchNo());
                row.setQuantity(picks.get(0).quantity().multiply(sign));
                int at = rows.indexOf(row);
                for (int i = 1; i < picks.size(); i++) {
                    rows.add(at + i, row.split(picks.get(i).quantity().multiply(sign), picks.get(i).batchNo()));
                }
            }
            if (suggestion.shortfall().signum() > 0) {
                feedback.warn("suggestion.shortfall", row.getItem().code(), storeCode,
                        suggestion.shortfall().stripTrailingZeros().toPlainString());
            }
        });
    }

    /** Whether lines of this document say which batches and serials leave the store (rather than come in). */
    public boolean isIssuing() {
        return !category.addsStock();
    }

    /** Whether "Suggest" helps: on issues, not on red-ink returns, which give back what their receipt brought. */
    public boolean isSuggesting() {
        return !category.addsStock() && !category.reversesADocument();
    }

    /** A line's item changed: what it showed and what no longer fits the item goes. */
    public void itemChanged(LineRow row) {
        row.fitToItem(category.addsStock());
        showOnHand(row);
    }

    /** The category decides which header fields and line columns the editor shows. */
    public void categoryChanged() {
        turbines = turbinesOfStore();
        if (!category.acceptsSupplier()) {
            supplierCode = null;
        }
        if (!category.isPurchase()) {
            requisitionNumber = null;
            emergency = false;
        }
        rows.forEach(row -> row.fitToCategory(category.acceptsTurbine(), category.addsStock(),
                category.recordsFailures(), category.replacesOnTurbines()));
    }

    public void addLine() {
        rows.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        rows.remove(row);
    }

    /** Items matching code, name or spec; the store's on-hand of each is read once, for the list's on-hand column. */
    public List<ItemRef> completeItem(String text) {
        onHandForSuggestions = storeCode == null ? Map.of()
                : stock.onHand(storeCode).stream().collect(Collectors.toMap(b -> b.getItem().getCode(),
                        b -> b.getOnHand().stripTrailingZeros().toPlainString()));
        return ItemRef.all(catalog.searchItems(text));
    }

    /** The store's on-hand of an item offered by the autocomplete; empty when the store has none. */
    public String suggestedOnHand(ItemRef item) {
        return item == null ? "" : onHandForSuggestions.getOrDefault(item.code(), "0");
    }

    public void save() throws IOException {
        if (saveChanges()) {
            feedback.flashInfo("document.saved", document.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    /** Saves pending changes first, so that what is reviewed is what the user sees. */
    /** Attaches the papers of a delivery booked on the shipper's word. */
    public void attachPapers() throws IOException {
        if (feedback.attempt(() -> hold(documents.attachPapers(document.id(), document.version(), papers)))) {
            feedback.flashInfo("document.papersAttached", document.number(), papers.strip());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    /** Whether the user may attach the papers: they enter the store's documents. */
    public boolean isMayAttachPapers() {
        return mayAttachPapers;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }

    public void setDeliveryNote(String deliveryNote) {
        this.deliveryNote = deliveryNote;
    }

    public String getShipperConfirmation() {
        return shipperConfirmation;
    }

    public void setShipperConfirmation(String shipperConfirmation) {
        this.shipperConfirmation = shipperConfirmation;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public void setArrivedOn(LocalDate arrivedOn) {
        this.arrivedOn = arrivedOn;
    }

    public String getPapers() {
        return papers;
    }

    public void setPapers(String papers) {
        this.papers = papers;
    }

    /** The second person's check (出库复核) of the document as it was read. */
    public void check() throws IOException {
        if (feedback.attempt(() -> hold(documents.check(document.id(), document.version())))) {
            feedback.flashInfo("document.checked", document.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public boolean isCheckable() {
        return document != null && document.allows(DocumentAction.CHECK);
    }

    public void review() throws IOException {
        if (isEditable() && !saveChanges()) {
            showCurrentIfChangedMeanwhile();
            return;
        }
        if (feedback.attempt(() -> hold(documents.review(document.id(), document.version())))) {
            feedback.flashInfo("document.reviewed", document.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void unreview() throws IOException {
        if (feedback.attempt(() -> hold(documents.unreview(document.id(), document.version())))) {
            feedback.flashInfo("document.unreviewed", document.number());
            reopen();
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    public void delete() throws IOException {
        String number = document.number();
        if (feedback.attempt(() -> documents.delete(document.id(), document.version()))) {
            feedback.flashInfo("document.deleted", number);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/documents/list.xhtml");
        } else {
            showCurrentIfChangedMeanwhile();
        }
    }

    /**
     * After a refused action: if someone else changed the document meanwhile, show it as it is now,
     * so that the user decides again on what is really there rather than on a stale copy.
     */
    private void showCurrentIfChangedMeanwhile() {
        if (document == null) {
            return;
        }
        StockDocument current = documents.find(document.id());
        if (current.getVersion() != document.version()) {
            show(current);
            feedback.warn("document.reloaded", current.getNumber());
        }
    }

    private boolean saveChanges() {
        List<DocumentDraft.Line> lines = rows.stream().filter(r -> !r.isBlank()).map(LineRow::toDraft).toList();
        boolean purchase = category.isPurchase();
        DocumentDraft draft = new DocumentDraft(category, storeCode, supplierCode,
                category.reversesADocument() ? reversesNumber : null, documentDate, remark, lines,
                purchase ? requisitionNumber : null, purchase && emergency,
                new Receiving(deliveryNote, shipperConfirmation, arrivedOn));
        return feedback.attempt(() -> hold(document == null
                ? documents.create(draft)
                : documents.modify(document.id(), document.version(), draft)));
    }

    private void reopen() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/documents/edit.xhtml?id=" + document.id());
    }

    public boolean isNew() {
        return document == null;
    }

    public boolean isEditable() {
        return document == null || document.allows(DocumentAction.MODIFY);
    }

    public boolean isReviewable() {
        return document != null && document.allows(DocumentAction.REVIEW);
    }

    public boolean isUnreviewable() {
        return document != null && document.allows(DocumentAction.UNREVIEW);
    }

    /** Whether the document is reviewed and the user may give part of it back on a red-ink return. */
    public boolean isReturnable() {
        return returnable;
    }

    public Long getReturnOf() {
        return returnOf;
    }

    public void setReturnOf(Long returnOf) {
        this.returnOf = returnOf;
    }

    public boolean isDeletable() {
        return document != null && document.allows(DocumentAction.DELETE);
    }

    /** On an issue that replaced failed parts, once reviewed: the intake of the parts it removed. */
    public LinkedDocument getRemovedPartsIntake() {
        return removedPartsIntake;
    }

    /** On the intake of removed parts: the issue it goes with. */
    public LinkedDocument getGeneratedFrom() {
        return generatedFrom;
    }

    /** The causes a failed part's entry offers, in the register's order. */
    public FailureCause[] getFailureCauses() {
        return FailureCause.values();
    }

    /** The slip that generated this document, for drilling up; null for documents entered directly. */
    public GeneratingSlip getGeneratingSlip() {
        return generatingSlip;
    }

    /** A new document takes any category users enter; a saved one those it may become (the domain says which). */
    public List<DocumentCategory> getCategories() {
        if (isCategoryChangeable() && document != null) {
            return DocumentCategory.enterableFor(document.category().type()).stream()
                    .filter(document::mayTakeCategory).filter(c -> c.acceptsStore(document.store().kind()))
                    .toList();
        }
        return Stream.of(DocumentType.values()).flatMap(t -> DocumentCategory.enterableFor(t).stream()).toList();
    }

    /** The category is chosen for a new document, and may change on a saved one that may be modified. */
    public boolean isCategoryChangeable() {
        return isEditable();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EditedDocument getDocument() {
        return document;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public void setSupplierCode(String supplierCode) {
        this.supplierCode = supplierCode;
    }

    public String getRequisitionNumber() {
        return requisitionNumber;
    }

    public void setRequisitionNumber(String requisitionNumber) {
        this.requisitionNumber = requisitionNumber;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public String getReversesNumber() {
        return reversesNumber;
    }

    public void setReversesNumber(String reversesNumber) {
        this.reversesNumber = reversesNumber;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
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

    public List<LedgerEntryRow> getLedger() {
        return ledger;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<StoreRef> getStores() {
        return stores;
    }

    public List<SupplierRef> getSuppliers() {
        return suppliers;
    }

    /** The numbers of the turbines of the store's site, for lines that name one. */
    public List<String> getTurbines() {
        return turbines;
    }
}
