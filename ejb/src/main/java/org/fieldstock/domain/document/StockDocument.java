package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.user.Caller;

/**
 * An other-inbound or other-outbound document: the aggregate root that owns its lines.
 * Every change goes through an intent-named method that asks {@link DocumentStatus}
 * whether the action is allowed and re-checks the document's rules: {@link DocumentCheck} for its
 * content, {@link RedInkReturnPolicy} for a return, {@link TransferArrival} for an arrival. What a
 * change changed is told by {@link DocumentChangeLog}, what a review moves by {@link MovementSum}.
 */
@Entity
@Table(name = "stock_document")
public class StockDocument extends BaseEntity {

    /** The column of the document's remark. */
    public static final int MAX_REMARK_LENGTH = 500;

    @Column(name = "doc_number", nullable = false, unique = true, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, updatable = false)
    private DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private DocumentCategory category;

    /** Fixed once saved: a wrong store is fixed by deleting the document and entering a new one. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    /** On a transfer-in with units damaged on arrival: the receiving unit's damaged store they are booked into. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "damaged_store_id")
    private Store damagedStore;

    /** For a red-ink return: the receipt it reverses. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_document_id")
    private StockDocument reverses;

    /**
     * On the damage intake of the parts a self-use issue removed: that issue, which reviews and
     * unreviews it; nobody changes it otherwise.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "generated_from_id", updatable = false)
    private StockDocument generatedFrom;

    /** The approved requisition this receipt, or the arrival of its transfer, fulfils. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requisition_id")
    private Requisition requisition;

    /** Bought first in an emergency, its requisition to follow: on the BU's list until one is linked. */
    @Column(name = "emergency", nullable = false)
    private boolean emergency;

    @Column(name = "doc_date", nullable = false)
    private LocalDate documentDate;

    /** A delivered receipt's papers (送货单 / 装箱单), or who at the shipper confirmed goods that came without. */
    @Column(name = "delivery_note", length = Receiving.MAX_DELIVERY_NOTE)
    private String deliveryNote;

    @Column(name = "shipper_confirmation", length = Receiving.MAX_CONFIRMATION)
    private String shipperConfirmation;

    /** When the goods of a delivered receipt arrived (the document's date if not said): counted within 5 working days. */
    @Column(name = "arrived_on")
    private LocalDate arrivedOn;

    @Column(name = "red_ink", nullable = false)
    private boolean redInk;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DocumentStatus status;

    @Column(name = "remark")
    private String remark;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_by")
    private String modifiedBy;

    @Column(name = "modified_at")
    private Instant modifiedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    /** 出库复核: who checked the saved outbound, where a check is required; a modification clears it. */
    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<DocumentLine> lines = new ArrayList<>();

    /** The history: only ever appended to. */
    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<DocumentEvent> events = new ArrayList<>();

    protected StockDocument() {
    }

    /** A new, saved document that reverses no receipt. Throws with every broken rule at once. */
    public StockDocument(String number, DocumentCategory category, Store store, Supplier supplier,
            LocalDate documentDate, String remark, List<NewLine> newLines, String user, Instant now) {
        this(number, category, store, supplier, null, documentDate, remark, newLines, user, now);
    }

    /** A new, saved document; a red-ink return names the receipt it reverses. Throws with every broken rule at once. */
    public StockDocument(String number, DocumentCategory category, Store store, Supplier supplier, Reversal reversal,
            LocalDate documentDate, String remark, List<NewLine> newLines, String user, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.category = Objects.requireNonNull(category);
        this.type = category.type();
        this.store = Objects.requireNonNull(store);
        this.status = DocumentStatus.SAVED;
        this.createdBy = Objects.requireNonNull(user);
        this.createdAt = Objects.requireNonNull(now);
        fill(category, supplier, reversal, documentDate, remark, newLines);
        record(DocumentEventType.CREATED, user, now, List.of());
    }

    /**
     * The damage intake (损坏入库) of the parts a reviewed issue moves to the site's damaged store,
     * into that store, with the register's entry per line: what a self-use issue's replacements took
     * off the turbines (the removed serials, the turbine), or what was damaged in storage (the line's
     * own units). Saved; the caller reviews it with the issue.
     */
    public static StockDocument damageIntakeOf(String number, StockDocument issue, Store damagedStore, String user,
            Instant now) {
        if (!issue.generatesDamageIntake()) {
            throw new IllegalArgumentException(issue.getNumber() + " moves no damaged part");
        }
        boolean inStorage = issue.category == DocumentCategory.STORAGE_DAMAGE;
        List<NewLine> damaged = issue.lines.stream().filter(line -> line.getFailure() != null)
                .map(line -> inStorage
                        ? new NewLine(line.getItem(), line.getQuantity().abs(), null, null, null, null,
                                line.getSerials(), line.getFailure())
                        : new NewLine(line.getItem(), line.getQuantity().abs(), null, line.getTurbine(), null,
                                null, line.getFailure().getRemovedSerials(), line.getFailure().withoutRemovedSerials()))
                .toList();
        String remark = (inStorage ? "库存损坏 Damaged in storage: " : "更换拆下旧件 Parts removed: ") + issue.getNumber();
        StockDocument intake = new StockDocument(number, DocumentCategory.DAMAGE_INTAKE, damagedStore, null,
                issue.getDocumentDate(), remark, damaged, user, now);
        intake.generatedFrom = issue;
        return intake;
    }

    /**
     * Whether reviewing this issue books damaged parts into the site's damaged store: a self-use
     * issue with lines that replaced failed parts, or parts damaged in storage.
     */
    public boolean generatesDamageIntake() {
        return category == DocumentCategory.STORAGE_DAMAGE
                || category == DocumentCategory.SELF_USE && lines.stream().anyMatch(line -> line.getFailure() != null);
    }

    /** Changes a saved (unreviewed) document. The store and category stay; everything else may change. */
    public void modify(DocumentCategory newCategory, Supplier supplier, Reversal reversal, LocalDate documentDate,
            String remark, List<NewLine> newLines, String user, Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        DocumentChangeLog.Snapshot before = DocumentChangeLog.snapshot(this);
        if (newCategory != null) {
            requireMayTakeCategory(newCategory);
        }
        fill(newCategory == null ? category : newCategory, supplier, reversal, documentDate, remark, newLines);
        List<FieldChange> changes = before.changesTo(DocumentChangeLog.snapshot(this));
        if (!changes.isEmpty()) {
            // what was checked is no longer what the document says
            checkedBy = null;
            checkedAt = null;
        }
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.MODIFIED, user, now, changes);
    }

    /**
     * Records on a saved transfer-in what actually arrived, and when: per line the units damaged on
     * arrival (booked into {@code receivingDamagedStore} on review) and the units missing. Lines not
     * named arrived in good order. Throws with every broken rule at once.
     */
    public void recordArrival(LocalDate arrivalDate, Store receivingDamagedStore, List<Arrival> arrivals, String user,
            Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        List<Problem> problems = TransferArrival.check(this, arrivalDate, receivingDamagedStore, arrivals);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        DocumentChangeLog.Snapshot before = DocumentChangeLog.snapshot(this);
        boolean anyDamaged = TransferArrival.record(lines, arrivals);
        this.damagedStore = anyDamaged ? receivingDamagedStore : null;
        this.documentDate = arrivalDate;
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.MODIFIED, user, now, before.changesTo(DocumentChangeLog.snapshot(this)));
    }

    /**
     * Forgets what was recorded as arrived (the shipment was called back): every line is again
     * expected in full, on the given date.
     */
    public void clearArrival(LocalDate expectedDate, String user, Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        DocumentChangeLog.Snapshot before = DocumentChangeLog.snapshot(this);
        lines.forEach(line -> line.recordArrival(BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of()));
        damagedStore = null;
        documentDate = expectedDate;
        modifiedBy = user;
        modifiedAt = now;
        List<FieldChange> changes = before.changesTo(DocumentChangeLog.snapshot(this));
        if (!changes.isEmpty()) {
            record(DocumentEventType.MODIFIED, user, now, changes);
        }
    }

    /** Whether a transfer-in records units damaged or missing on arrival. */
    public boolean hasArrivalDifferences() {
        return lines.stream().anyMatch(l -> l.getDamagedOnArrival().signum() > 0 || l.getMissingOnArrival().signum() > 0);
    }

    /** Marks the document reviewed and returns the stock it moves; the caller posts them in the same transaction. */
    public List<StockMovement> review(String user, Instant now) {
        return review(null, user, now);
    }

    /**
     * Reviews a document; a red-ink return is checked once more against its receipt as it is now
     * (the caller holds the receipt locked, so concurrent returns cannot together exceed it).
     */
    public List<StockMovement> review(Reversal reversal, String user, Instant now) {
        DocumentStatus next = status.after(DocumentAction.REVIEW, number);
        List<Problem> incomplete = DocumentCheck.forReview().check(category, store, supplier, documentDate,
                currentLines());
        if (!incomplete.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, incomplete);
        }
        if (category.reversesADocument()) {
            List<Problem> problems = RedInkReturnPolicy.check(category, store, reversal, currentLines());
            if (!problems.isEmpty()) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, problems);
            }
            if (type == DocumentType.OTHER_OUTBOUND) {
                batchesBackAsIssued(reversal.receipt());
            }
        }
        status = next;
        reviewedBy = user;
        reviewedAt = now;
        record(DocumentEventType.REVIEWED, user, now, List.of());
        return movements();
    }

    /** A return to stock gives batches back with the expiry date they left with (the batch may be gone by now). */
    private void batchesBackAsIssued(StockDocument issue) {
        for (DocumentLine issued : issue.lines) {
            if (issued.getBatchNo() != null && issued.getExpiryDate() != null) {
                tookFromBatch(issued.getItem(), issued.getBatchNo(), issued.getExpiryDate());
            }
        }
    }

    /**
     * Notes the expiry date of the batch goods were taken from, on the lines that took them, so that
     * unreviewing puts them back as what they are (the batch may carry another date by then).
     */
    public void tookFromBatch(Item item, String batchNo, LocalDate expiryDate) {
        for (DocumentLine line : lines) {
            if (line.getItem().getCode().equals(item.getCode()) && batchNo.equals(line.getBatchNo())) {
                line.noteExpiry(expiryDate);
            }
        }
    }

    /** Takes the review back and returns the reversing movements. */
    public List<StockMovement> unreview(String user, Instant now) {
        status = status.after(DocumentAction.UNREVIEW, number);
        reviewedBy = null;
        reviewedAt = null;
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.UNREVIEWED, user, now, List.of());
        return movements().stream().map(StockMovement::reversed).toList();
    }

    /** Records the second person's check of a saved outbound (出库复核); the lifecycle says who may and when. */
    public void check(String user, Instant now) {
        status = status.after(DocumentAction.CHECK, number);
        checkedBy = Objects.requireNonNull(user);
        checkedAt = Objects.requireNonNull(now);
        record(DocumentEventType.CHECKED, user, now, List.of());
    }

    public boolean isChecked() {
        return checkedBy != null;
    }

    /** Whether the user entered the document or changed it last: then another must check it. */
    public boolean isEnteredBy(String user) {
        return user.equals(createdBy) || user.equals(modifiedBy);
    }

    /** Deletes an unreviewed document. It is kept, marked deleted, so that its number and history stay traceable. */
    public void delete(String user, Instant now) {
        status = status.after(DocumentAction.DELETE, number);
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.DELETED, user, now, List.of());
    }

    public boolean allows(DocumentAction action) {
        return status.allows(action);
    }

    /** What reviewing the document moves: see {@link MovementSum#of}. */
    List<StockMovement> movements() {
        return MovementSum.of(this);
    }

    /** Takes the content if it meets every rule of the category, else throws and leaves the document as it was. */
    private void fill(DocumentCategory newCategory, Supplier supplier, Reversal reversal, LocalDate documentDate,
            String remark, List<NewLine> newLines) {
        List<Problem> problems = DocumentCheck.forSaving().check(newCategory, store, supplier, documentDate, newLines);
        if (problems.isEmpty()) {
            problems = RedInkReturnPolicy.check(newCategory, store, reversal, newLines);
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.category = newCategory;
        this.redInk = newCategory.ink() == Ink.RED;
        this.reverses = reversal == null ? null : reversal.receipt();
        this.supplier = supplier;
        this.documentDate = documentDate;
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
        this.lines.clear();
        int lineNo = 1;
        for (NewLine line : newLines) {
            lines.add(new DocumentLine(this, lineNo++, line, category.addsStock()));
        }
    }

    private void record(DocumentEventType type, String user, Instant now, List<FieldChange> changes) {
        events.add(new DocumentEvent(this, type, user, now, changes));
    }

    private List<NewLine> currentLines() {
        return lines.stream().map(DocumentLine::asNewLine).toList();
    }

    /** The lines as they would be entered again, numbered from 1 in order. */
    public List<NewLine> linesAsEntered() {
        return currentLines();
    }

    public String getNumber() {
        return number;
    }

    public DocumentType getType() {
        return type;
    }

    /**
     * Reviewing and unreviewing move stock: the accountant of the store's BU, or for the
     * categories the BU must approve (scrap) its manager; the planning office always.
     */
    public boolean mayBeReviewedBy(Caller caller) {
        return category.needsBuApproval() ? caller.mayApproveFor(store) : caller.mayReviewDocumentsFor(store);
    }

    /**
     * Whether a saved document may be modified into this category: one of its own document type that
     * users enter (采购入库 ↔ 零采入库; only the store is fixed, 2篇 2.1-2.2), never one that a transfer
     * or a stocktake generates; whether the store and lines fit it is checked as for any document.
     */
    public boolean mayTakeCategory(DocumentCategory other) {
        return other == category
                || other.type() == category.type() && !other.isGenerated() && !category.isGenerated();
    }

    /** Refuses, naming both, a category this document may not become ({@link #mayTakeCategory}). */
    public void requireMayTakeCategory(DocumentCategory other) {
        if (!mayTakeCategory(other)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "document.category.otherType", number,
                    MessageKey.of(category), MessageKey.of(other));
        }
    }

    public void requireReviewRight(Caller caller) {
        if (category.needsBuApproval()) {
            caller.requireApprovalRight(store);
        } else {
            caller.requireReviewRight(store);
        }
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public Store getStore() {
        return store;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Store getDamagedStore() {
        return damagedStore;
    }

    /** Units missing on arrival, over all lines of a transfer-in. */
    public BigDecimal missingOnArrival() {
        return lines.stream().map(DocumentLine::getMissingOnArrival).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The approved requisition whose lines this document delivers, if it names one. */
    public Requisition getRequisition() {
        return requisition;
    }

    /** Names the requisition a saved document fulfils (null: none); its review then delivers to it. */
    /**
     * Notes what a saved delivered receipt says of its arrival: papers or the shipper's confirmation,
     * and the day the goods arrived. Other documents carry none (it is dropped).
     */
    public void receive(Receiving receiving) {
        if (status != DocumentStatus.SAVED) {
            throw new IllegalStateException(number + " is " + status);
        }
        Receiving given = receiving == null || !category.isDelivered() ? Receiving.NONE : receiving;
        List<Problem> problems = given.problems(documentDate);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        deliveryNote = given.deliveryNote();
        shipperConfirmation = given.shipperConfirmation();
        arrivedOn = given.arrivedOn();
    }

    /**
     * Attaches the papers of goods booked provisionally on the shipper's word, saved or reviewed: the
     * flag goes; nothing else changes (no stock moves).
     */
    public void attachPapers(String papers, String user, Instant now) {
        if (!category.isDelivered() || status == DocumentStatus.DELETED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "document.papers.notDelivered", number);
        }
        Receiving attached = new Receiving(papers, shipperConfirmation, arrivedOn);
        if (attached.deliveryNote() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "document.deliveryNote.required");
        }
        List<Problem> problems = attached.problems(documentDate);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        FieldChange change = new FieldChange("deliveryNote", null, deliveryNote, attached.deliveryNote());
        deliveryNote = attached.deliveryNote();
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.MODIFIED, user, now, List.of(change));
    }

    /** What the receipt says of its arrival. */
    public Receiving getReceiving() {
        return new Receiving(deliveryNote, shipperConfirmation, arrivedOn);
    }

    /** For a delivered receipt: the last day to count and check its goods, five working days after they arrived. */
    public LocalDate getCountDue() {
        return category.isDelivered() ? Receiving.countDue(arrivedOn == null ? documentDate : arrivedOn) : null;
    }

    public void fulfil(Requisition fulfilled) {
        fulfil(fulfilled, false);
    }

    /**
     * Names the requisition a saved receipt fulfils, or flags it bought first in an emergency with
     * its requisition to follow. Only purchases are emergencies, and a petty purchase needs one or
     * the other (2篇 2.2: nothing is bought petty without an approved request).
     */
    public void fulfil(Requisition fulfilled, boolean shippedFirst) {
        if (status != DocumentStatus.SAVED) {
            throw new IllegalStateException(number + " is " + status);
        }
        if (shippedFirst && !category.isPurchase()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "document.emergency.notAPurchase", number,
                    MessageKey.of(category));
        }
        this.requisition = fulfilled;
        this.emergency = shippedFirst;
        requireRequestWhereNeeded(BusinessException.Kind.INVALID);
    }

    /** A petty purchase names its approved requisition, or is an emergency whose requisition follows. */
    public void requireRequestWhereNeeded(BusinessException.Kind kind) {
        if (category == DocumentCategory.PETTY_PURCHASE && requisition == null && !emergency) {
            throw new BusinessException(kind, "document.pettyPurchase.requisitionRequired", number);
        }
    }

    /** The arrival of an emergency shipment whose requisition followed: its slip links it here too. */
    public void arrivalFollowedBy(Requisition followUp) {
        if (!category.isGeneratedByTransfer() || requisition != null) {
            throw new IllegalStateException(number + " is no arrival waiting for a requisition");
        }
        this.requisition = Objects.requireNonNull(followUp);
    }

    /** Whether it was bought or shipped first, its requisition to follow (whether or not it has come). */
    public boolean isEmergency() {
        return emergency;
    }

    /** An emergency still waiting for its requisition: on the BU's list. */
    public boolean isAwaitingRequisition() {
        return emergency && requisition == null && status != DocumentStatus.DELETED;
    }

    /**
     * Links the requisition filed after an emergency purchase; a reviewed one then delivers to it.
     * Only once, and only to an emergency still waiting for one.
     */
    public void followedBy(Requisition followUp) {
        if (!isAwaitingRequisition()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.link.notAwaiting", number);
        }
        this.requisition = Objects.requireNonNull(followUp);
    }

    /** The self-use issue whose removed parts this damage intake books in, if it is such an intake. */
    public StockDocument getGeneratedFrom() {
        return generatedFrom;
    }

    public StockDocument getReverses() {
        return reverses;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public Ink getInk() {
        return redInk ? Ink.RED : Ink.BLUE;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getRemark() {
        return remark;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public int getVersion() {
        return version;
    }

    /** The events recorded in memory on this instance; screens and the API read the history through the repository. */
    List<DocumentEvent> recordedEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<DocumentLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
