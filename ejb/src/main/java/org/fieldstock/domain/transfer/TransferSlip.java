package org.fieldstock.domain.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentCheck;
import org.fieldstock.domain.document.DocumentGenerator;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.organisation.StoreKind;
import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;

/**
 * A transfer slip (调拨单): good or damaged goods from one store to another of the same kind.
 * Saved, it can be modified or deleted; reviewed, it has generated the transfer-out document of the
 * sending store and the transfer-in document of the receiving store. Between the review of the
 * one and of the other the goods are in transit.
 * <p>
 * Over 400 lines on purpose: half of it is its two dozen columns and their getters, the rest the chain
 * its two documents follow from review to the approval of a loss, which only the slip knows. What its
 * content must be is {@link TransferSlipRules}.
 */
@Entity
@Table(name = "transfer_slip")
public class TransferSlip extends BaseEntity implements DocumentGenerator {

    @Column(name = "slip_number", nullable = false, unique = true, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private StoreKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "from_store_id", nullable = false)
    private Store fromStore;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "to_store_id", nullable = false)
    private Store toStore;

    /** The approved requisition this slip delivers: its arrival at the site counts against it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requisition_id")
    private Requisition requisition;

    /** Shipped first in an emergency, its requisition to follow: on the BU's list until one is linked. */
    @Column(name = "emergency", nullable = false)
    private boolean emergency;

    /** Kept with the stores (set from them on every change) so that lists and the month-end report can filter on it. */
    @Column(name = "cross_bu", nullable = false)
    private boolean crossBu;

    @Column(name = "slip_date", nullable = false)
    private LocalDate slipDate;

    @Column(name = "packing_list_ref")
    private String packingListRef;

    @Column(name = "agreed_by_sending")
    private String agreedBySending;

    @Column(name = "agreed_by_receiving")
    private String agreedByReceiving;

    @Column(name = "remark")
    private String remark;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DocumentStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "outbound_document_id")
    private StockDocument outbound;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "inbound_document_id")
    private StockDocument inbound;

    @Column(name = "loss_approved_by")
    private String lossApprovedBy;

    @Column(name = "loss_approved_at")
    private Instant lossApprovedAt;

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

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "slip", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<TransferSlipLine> lines = new ArrayList<>();

    protected TransferSlip() {
    }

    /** A new, saved slip. Throws with every broken rule at once. */
    public TransferSlip(String number, StoreKind kind, Store fromStore, Store toStore, LocalDate slipDate,
            TransferTerms terms, List<NewLine> newLines, String user, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.kind = kind;
        this.status = DocumentStatus.SAVED;
        this.createdBy = Objects.requireNonNull(user);
        this.createdAt = Objects.requireNonNull(now);
        fill(fromStore, toStore, slipDate, terms, newLines);
    }

    /** Changes a saved slip: stores, date, terms and lines (the kind stays). */
    public void modify(Store newFromStore, Store newToStore, LocalDate newDate, TransferTerms terms,
            List<NewLine> newLines, String user, Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        fill(newFromStore, newToStore, newDate, terms, newLines);
        modifiedBy = user;
        modifiedAt = now;
    }

    private void fill(Store newFromStore, Store newToStore, LocalDate newDate, TransferTerms terms,
            List<NewLine> newLines) {
        List<Problem> problems = TransferSlipRules.check(kind, newFromStore, newToStore, newDate, terms, newLines);
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.fromStore = newFromStore;
        this.toStore = newToStore;
        this.crossBu = isCrossBu(newFromStore, newToStore);
        this.slipDate = newDate;
        this.packingListRef = terms.packingListRef();
        this.agreedBySending = terms.agreedBySending();
        this.agreedByReceiving = terms.agreedByReceiving();
        this.remark = terms.remark();
        this.lines.clear();
        int lineNo = 1;
        for (NewLine line : newLines) {
            lines.add(new TransferSlipLine(this, lineNo++, line));
        }
    }

    /** Between two BUs (or with a store outside any BU): only the planning office arranges those. */
    public static boolean isCrossBu(Store from, Store to) {
        OrgUnit sending = from.businessUnit();
        OrgUnit receiving = to.businessUnit();
        return isCrossBu(sending == null ? null : sending.getCode(), receiving == null ? null : receiving.getCode());
    }

    /** The same for stores known by the codes of their BUs, null for a store outside any BU (a screen's records). */
    public static boolean isCrossBu(String sendingBuCode, String receivingBuCode) {
        return sendingBuCode == null || receivingBuCode == null || !sendingBuCode.equals(receivingBuCode);
    }

    /**
     * Reviews the slip and generates its two documents, both saved: the transfer-out of the sending
     * store (remark: the packing list) and the transfer-in of the receiving store (remark: the slip
     * number). The transfer-in takes each batch's expiry date from {@code batchExpiries} (item code
     * and batch number to the date the sending store holds it under).
     */
    public void review(String outboundNumber, String inboundNumber, Map<List<String>, LocalDate> batchExpiries,
            String user, Instant now) {
        DocumentStatus next = status.after(DocumentAction.REVIEW, number);
        List<NewLine> current = lines.stream().map(TransferSlipLine::asNewLine).toList();
        List<Problem> problems = new ArrayList<>(
                DocumentCheck.forReview().check(outboundCategory(kind), fromStore, null, slipDate, current));
        List<NewLine> incoming = new ArrayList<>();
        int lineNo = 0;
        for (NewLine line : current) {
            lineNo++;
            LocalDate expiry = null;
            if (line.batchNo() != null) {
                expiry = batchExpiries.get(List.of(line.item().getCode(), line.batchNo()));
                if (expiry == null) {
                    problems.add(new Problem("transfer.batch.notInStore", lineNo, line.item().getCode(),
                            line.batchNo(), fromStore.getCode()));
                }
            }
            incoming.add(new NewLine(line.item(), line.quantity(), line.remark(), null, line.batchNo(), expiry,
                    line.serials()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        // both built before either is kept, so that a refusal leaves the slip as it was
        StockDocument out = new StockDocument(outboundNumber, outboundCategory(kind), fromStore, null, slipDate,
                packingListRef == null ? number : packingListRef + " / " + number, current, user, now);
        StockDocument in = new StockDocument(inboundNumber, inboundCategory(kind), toStore, null, slipDate, number,
                incoming, user, now);
        in.fulfil(requisition);
        outbound = out;
        inbound = in;
        status = next;
        reviewedBy = user;
        reviewedAt = now;
    }

    /**
     * Takes the review back: only while the goods have not left (the transfer-out is not reviewed).
     * The generated documents are deleted (kept, marked deleted, for their history).
     */
    public void unreview(String user, Instant now) {
        DocumentStatus next = status.after(DocumentAction.UNREVIEW, number);
        if (outbound.getStatus() == DocumentStatus.REVIEWED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.unreview.shipped", number,
                    outbound.getNumber());
        }
        outbound.delete(user, now);
        inbound.delete(user, now);
        outbound = null;
        inbound = null;
        status = next;
        reviewedBy = null;
        reviewedAt = null;
        modifiedBy = user;
        modifiedAt = now;
    }

    public void delete(String user, Instant now) {
        status = status.after(DocumentAction.DELETE, number);
        modifiedBy = user;
        modifiedAt = now;
    }

    /**
     * What of this slip is in transit today: every line once the transfer-out is reviewed, until the
     * transfer-in is; after that, the units reported missing until the planning office approves the loss.
     */
    public List<InTransit> inTransit(LocalDate today, java.time.ZoneId zone) {
        if (status != DocumentStatus.REVIEWED || outbound.getStatus() != DocumentStatus.REVIEWED) {
            return List.of();
        }
        boolean received = inbound.getStatus() == DocumentStatus.REVIEWED;
        if (received && lossApprovedAt != null) {
            return List.of();
        }
        LocalDate shippedOn = shippedOn(zone);
        long ageDays = java.time.temporal.ChronoUnit.DAYS.between(shippedOn, today);
        List<InTransit> result = new ArrayList<>();
        for (TransferSlipLine line : lines) {
            BigDecimal quantity = received ? inbound.getLines().get(line.getLineNo() - 1).getMissingOnArrival()
                    : line.getQuantity();
            if (quantity.signum() > 0) {
                result.add(new InTransit(this, line, quantity, received, shippedOn, ageDays));
            }
        }
        return result;
    }

    /** Units missing on arrival, once the transfer-in is reviewed; zero before. */
    public BigDecimal reportedMissing() {
        return inbound != null && inbound.getStatus() == DocumentStatus.REVIEWED ? inbound.missingOnArrival()
                : BigDecimal.ZERO;
    }

    public boolean isLossAwaitingApproval() {
        return reportedMissing().signum() > 0 && lossApprovedAt == null;
    }

    /** The planning office writes off what did not arrive. */
    public void approveLoss(String user, Instant now) {
        if (!isLossAwaitingApproval()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.loss.nothingToApprove", number);
        }
        lossApprovedBy = user;
        lossApprovedAt = now;
    }

    /** Withdraws a loss approval, so that the receiver can unreview and correct the arrival. */
    public void withdrawLossApproval() {
        if (lossApprovedAt == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.loss.notApproved", number);
        }
        lossApprovedBy = null;
        lossApprovedAt = null;
    }

    /**
     * The chain a slip's documents follow: the transfer-in is reviewed only after the transfer-out
     * (the goods must have left); the transfer-out is unreviewed only while the transfer-in is not
     * reviewed; a transfer-in whose loss the planning office approved is not unreviewed.
     */
    /** The slip's say on its own documents: the transfer-in follows the transfer-out, and a written-off loss stays. */
    @Override
    public Optional<Refusal> refuses(DocumentAction action, StockDocument document) {
        return switch (action) {
            case REVIEW -> Refusal.of(() -> checkDocumentReview(document, java.time.ZoneId.systemDefault()));
            case UNREVIEW -> Refusal.of(() -> checkDocumentUnreview(document));
            case MODIFY, DELETE, CHECK -> Optional.empty();
        };
    }

    public void checkDocumentReview(StockDocument document, java.time.ZoneId zone) {
        if (isInbound(document) && outbound.getStatus() != DocumentStatus.REVIEWED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.inbound.notShipped",
                    document.getNumber(), outbound.getNumber());
        }
        if (isInbound(document) && document.getDocumentDate().isBefore(shippedOn(zone))) {
            // goods cannot be booked in before they left: the receiver says when they came
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.inbound.arrivalDate",
                    document.getNumber(), document.getDocumentDate().toString(), shippedOn(zone).toString(), number);
        }
    }

    /** After the transfer-out is called back, an arrival recorded against it no longer holds. */
    public void shipmentCalledBack(String user, Instant now) {
        if (inbound.getStatus() == DocumentStatus.SAVED
                && (inbound.hasArrivalDifferences() || !inbound.getDocumentDate().equals(slipDate))) {
            inbound.clearArrival(slipDate, user, now);
        }
    }

    private LocalDate shippedOn(java.time.ZoneId zone) {
        return LocalDate.ofInstant(outbound.getReviewedAt(), zone);
    }

    public void checkDocumentUnreview(StockDocument document) {
        if (isOutbound(document) && inbound.getStatus() == DocumentStatus.REVIEWED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.outbound.received",
                    document.getNumber(), inbound.getNumber());
        }
        if (isInbound(document) && lossApprovedAt != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.inbound.lossApproved",
                    document.getNumber(), number);
        }
    }

    /** Records what arrived on the transfer-in: only once the goods have left. */
    public void recordArrival(LocalDate arrivalDate, Store receivingDamagedStore,
            List<org.fieldstock.domain.document.Arrival> arrivals, LocalDate today, java.time.ZoneId zone, String user,
            Instant now) {
        if (status != DocumentStatus.REVIEWED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.notReviewed", number);
        }
        if (outbound.getStatus() != DocumentStatus.REVIEWED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "transfer.inbound.notShipped",
                    inbound.getNumber(), outbound.getNumber());
        }
        LocalDate shippedOn = shippedOn(zone);
        if (arrivalDate != null && arrivalDate.isBefore(shippedOn)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "arrival.date.beforeShipping",
                    arrivalDate.toString(), number, shippedOn.toString());
        }
        if (arrivalDate != null && arrivalDate.isAfter(today)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "arrival.date.future", arrivalDate.toString());
        }
        inbound.recordArrival(arrivalDate, receivingDamagedStore, arrivals, user, now);
    }

    public boolean isOutbound(StockDocument document) {
        return outbound != null && Objects.equals(outbound.getId(), document.getId());
    }

    public boolean isInbound(StockDocument document) {
        return inbound != null && Objects.equals(inbound.getId(), document.getId());
    }

    /** Intra-BU: the BU's accountant (or the planning office); cross-BU: the planning office alone. */
    public boolean mayBeArrangedBy(Caller caller) {
        return caller.mayArrangeTransfer(fromStore, toStore);
    }

    public static DocumentCategory outboundCategory(StoreKind kind) {
        return kind == StoreKind.DAMAGED ? DocumentCategory.DAMAGED_TRANSFER_OUT : DocumentCategory.GOOD_TRANSFER_OUT;
    }

    public static DocumentCategory inboundCategory(StoreKind kind) {
        return kind == StoreKind.DAMAGED ? DocumentCategory.DAMAGED_TRANSFER_IN : DocumentCategory.GOOD_TRANSFER_IN;
    }

    public String getNumber() {
        return number;
    }

    public StoreKind getKind() {
        return kind;
    }

    public Store getFromStore() {
        return fromStore;
    }

    public Store getToStore() {
        return toStore;
    }

    public boolean isCrossBu() {
        return crossBu;
    }

    public LocalDate getSlipDate() {
        return slipDate;
    }

    public TransferTerms getTerms() {
        return new TransferTerms(packingListRef, agreedBySending, agreedByReceiving, remark);
    }

    public String getPackingListRef() {
        return packingListRef;
    }

    public String getAgreedBySending() {
        return agreedBySending;
    }

    public String getAgreedByReceiving() {
        return agreedByReceiving;
    }

    public String getRemark() {
        return remark;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public StockDocument getOutbound() {
        return outbound;
    }

    public StockDocument getInbound() {
        return inbound;
    }

    public String getLossApprovedBy() {
        return lossApprovedBy;
    }

    public Instant getLossApprovedAt() {
        return lossApprovedAt;
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

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<TransferSlipLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** The approved requisition this slip delivers, if any. */
    public Requisition getRequisition() {
        return requisition;
    }

    /** Names the requisition a saved slip delivers: the arrival it generates counts against it. */
    public void delivers(Requisition delivered) {
        if (status != DocumentStatus.SAVED) {
            throw new IllegalStateException(number + " is " + status);
        }
        this.requisition = delivered;
    }

    /**
     * Flags a saved slip shipped first in an emergency, its requisition to follow (or takes the flag
     * off). Only good parts go ahead of their requisition.
     */
    public void shipFirst(boolean shippedFirst) {
        if (status != DocumentStatus.SAVED) {
            throw new IllegalStateException(number + " is " + status);
        }
        if (shippedFirst && kind != StoreKind.GOOD) {
            throw new BusinessException(BusinessException.Kind.INVALID, "transfer.emergency.damaged", number);
        }
        this.emergency = shippedFirst;
    }

    /** Whether it was shipped first, its requisition to follow (whether or not it has come). */
    public boolean isEmergency() {
        return emergency;
    }

    /** An emergency still waiting for its requisition: on the BU's list. */
    public boolean isAwaitingRequisition() {
        return emergency && requisition == null && status != DocumentStatus.DELETED;
    }

    /**
     * Links the requisition filed after an emergency shipment, and to the arrival it generated, so
     * that what arrived (or arrives) counts against it. Only once.
     */
    public void followedBy(Requisition followUp) {
        if (!isAwaitingRequisition()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.link.notAwaiting", number);
        }
        this.requisition = Objects.requireNonNull(followUp);
        if (inbound != null) {
            inbound.arrivalFollowedBy(followUp);
        }
    }
}
