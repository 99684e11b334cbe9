package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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

import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;
import org.fieldstock.domain.user.Caller;

/**
 * An other-inbound or other-outbound document: the aggregate root that owns its lines.
 * Every change goes through an intent-named method that asks {@link DocumentStatus}
 * whether the action is allowed and re-checks the document's rules.
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

    @Column(name = "doc_date", nullable = false)
    private LocalDate documentDate;

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

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

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

    /** Changes a saved (unreviewed) document. The store and category stay; everything else may change. */
    public void modify(DocumentCategory newCategory, Supplier supplier, Reversal reversal, LocalDate documentDate,
            String remark, List<NewLine> newLines, String user, Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        Snapshot before = snapshot();
        if (newCategory != null) {
            requireMayTakeCategory(newCategory);
        }
        fill(newCategory == null ? category : newCategory, supplier, reversal, documentDate, remark, newLines);
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.MODIFIED, user, now, before.changesTo(snapshot()));
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
        Snapshot before = snapshot();
        Map<Integer, Arrival> byLine = new HashMap<>();
        arrivals.forEach(arrival -> byLine.put(arrival.lineNo(), arrival));
        boolean anyDamaged = false;
        for (DocumentLine line : lines) {
            Arrival arrival = byLine.getOrDefault(line.getLineNo(), new Arrival(line.getLineNo(), null, null));
            line.recordArrival(arrival.damaged(), arrival.missing(), arrival.damagedSerials(), arrival.missingSerials());
            anyDamaged |= arrival.damaged().signum() > 0;
        }
        this.damagedStore = anyDamaged ? receivingDamagedStore : null;
        this.documentDate = arrivalDate;
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.MODIFIED, user, now, before.changesTo(snapshot()));
    }

    /**
     * Forgets what was recorded as arrived (the shipment was called back): every line is again
     * expected in full, on the given date.
     */
    public void clearArrival(LocalDate expectedDate, String user, Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        Snapshot before = snapshot();
        lines.forEach(line -> line.recordArrival(BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of()));
        damagedStore = null;
        documentDate = expectedDate;
        modifiedBy = user;
        modifiedAt = now;
        List<FieldChange> changes = before.changesTo(snapshot());
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
        if (category.reversesAReceipt()) {
            List<Problem> problems = RedInkReturnPolicy.check(category, store, reversal, currentLines());
            if (!problems.isEmpty()) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, problems);
            }
        }
        status = next;
        reviewedBy = user;
        reviewedAt = now;
        record(DocumentEventType.REVIEWED, user, now, List.of());
        return movements();
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

    /**
     * Net change per (item, store), in item-code and then store-code order so that balances are
     * always locked in the same order; within one, batches and serials are in their own order for
     * the same reason. A transfer-in books what arrived damaged into the damaged store and leaves
     * out what is missing.
     */
    List<StockMovement> movements() {
        Map<List<String>, MovementSum> sums = new TreeMap<>(
                java.util.Comparator.<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
        BigDecimal direction = BigDecimal.valueOf(type.direction());
        for (DocumentLine line : lines) {
            sums.computeIfAbsent(List.of(line.getItem().getCode(), store.getCode()),
                    key -> new MovementSum(store, line.getItem()))
                    .add(line, line.getArrivedGood().multiply(direction), line.getArrivedGoodSerials());
            if (line.getDamagedOnArrival().signum() > 0) {
                sums.computeIfAbsent(List.of(line.getItem().getCode(), damagedStore.getCode()),
                        key -> new MovementSum(damagedStore, line.getItem()))
                        .add(line, line.getDamagedOnArrival().multiply(direction), line.getDamagedSerials());
            }
        }
        return sums.values().stream().filter(sum -> sum.delta.signum() != 0).map(MovementSum::movement).toList();
    }

    /** The change one document makes to one (store, item) balance, added up line by line. */
    private static final class MovementSum {
        private final Store store;
        private final Item item;
        private BigDecimal delta = BigDecimal.ZERO;
        private final Map<String, StockMovement.BatchDelta> batches = new TreeMap<>();
        private final SortedSet<String> serials = new TreeSet<>();

        MovementSum(Store store, Item item) {
            this.store = store;
            this.item = item;
        }

        void add(DocumentLine line, BigDecimal lineDelta, List<String> lineSerials) {
            delta = delta.add(lineDelta);
            if (line.getBatchNo() != null && lineDelta.signum() != 0) {
                batches.merge(line.getBatchNo(),
                        new StockMovement.BatchDelta(line.getBatchNo(), line.getExpiryDate(), lineDelta),
                        (a, b) -> new StockMovement.BatchDelta(a.batchNo(), a.expiryDate(), a.delta().add(b.delta())));
            }
            serials.addAll(lineSerials);
        }

        StockMovement movement() {
            return new StockMovement(store, item, delta, new ArrayList<>(batches.values()), new ArrayList<>(serials));
        }
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

    private Snapshot snapshot() {
        return new Snapshot(category.name(), supplier == null ? null : supplier.getCode(),
                reverses == null ? null : reverses.number,
                documentDate == null ? null : documentDate.toString(), remark,
                lines.stream().map(StockDocument::describe).toList());
    }

    private static String describe(DocumentLine line) {
        StringBuilder text = new StringBuilder(line.getItem().getCode()).append(" × ")
                .append(line.getQuantity().stripTrailingZeros().toPlainString());
        if (line.getBatchNo() != null) {
            text.append(" [").append(line.getBatchNo())
                    .append(line.getExpiryDate() == null ? "" : " " + line.getExpiryDate()).append(']');
        }
        if (!line.getSerials().isEmpty()) {
            text.append(" {").append(String.join(", ", line.getSerials())).append('}');
        }
        if (line.getTurbine() != null) {
            text.append(" → ").append(line.getTurbine().getTurbineNo());
        }
        if (line.getDamagedOnArrival().signum() > 0) {
            text.append(" damaged ").append(line.getDamagedOnArrival().stripTrailingZeros().toPlainString())
                    .append(line.getDamagedSerials().isEmpty() ? "" : " " + line.getDamagedSerials());
        }
        if (line.getMissingOnArrival().signum() > 0) {
            text.append(" missing ").append(line.getMissingOnArrival().stripTrailingZeros().toPlainString())
                    .append(line.getMissingSerials().isEmpty() ? "" : " " + line.getMissingSerials());
        }
        return text.append(line.getRemark() == null ? "" : " (" + line.getRemark() + ")").toString();
    }

    /** The editable content of a document, to tell what a modification changed. */
    private record Snapshot(String category, String supplier, String reverses, String date, String remark,
            List<String> lines) {

        List<FieldChange> changesTo(Snapshot after) {
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "category", category, after.category);
            compare(changes, "supplier", supplier, after.supplier);
            compare(changes, "reverses", reverses, after.reverses);
            compare(changes, "date", date, after.date);
            compare(changes, "remark", remark, after.remark);
            for (int i = 0; i < Math.max(lines.size(), after.lines.size()); i++) {
                String old = i < lines.size() ? lines.get(i) : null;
                String now = i < after.lines.size() ? after.lines.get(i) : null;
                if (!Objects.equals(old, now)) {
                    changes.add(new FieldChange("line", i + 1, old, now));
                }
            }
            return changes;
        }

        private static void compare(List<FieldChange> changes, String field, String before, String after) {
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, null, before, after));
            }
        }
    }

    private List<NewLine> currentLines() {
        return lines.stream().map(DocumentLine::asNewLine).toList();
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
