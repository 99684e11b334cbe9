package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.supplier.Supplier;

/**
 * An other-inbound or other-outbound document: the aggregate root that owns its lines.
 * Every change goes through an intent-named method that asks {@link DocumentStatus}
 * whether the action is allowed and re-checks the document's rules.
 */
@Entity
@Table(name = "stock_document")
public class StockDocument extends BaseEntity {

    /** Largest number of decimals a quantity may have (the column's scale). */
    public static final int QUANTITY_SCALE = 4;

    /** Largest quantity a line may carry (the column holds 14 digits before the decimal point). */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999999");

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
        this.redInk = category.ink() == Ink.RED;
        this.store = Objects.requireNonNull(store);
        this.status = DocumentStatus.SAVED;
        this.createdBy = Objects.requireNonNull(user);
        this.createdAt = Objects.requireNonNull(now);
        fill(supplier, reversal, documentDate, remark, newLines);
        record(DocumentEventType.CREATED, user, now, List.of());
    }

    /** Changes a saved (unreviewed) document. The store and category stay; everything else may change. */
    public void modify(Supplier supplier, Reversal reversal, LocalDate documentDate, String remark,
            List<NewLine> newLines, String user, Instant now) {
        status = status.after(DocumentAction.MODIFY, number);
        Snapshot before = snapshot();
        fill(supplier, reversal, documentDate, remark, newLines);
        modifiedBy = user;
        modifiedAt = now;
        record(DocumentEventType.MODIFIED, user, now, before.changesTo(snapshot()));
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
        if (category.reversesAReceipt()) {
            List<Problem> problems = checkReversal(category, store, reversal, currentLines());
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

    /** Net change per item, in item-code order so that balances are always locked in the same order. */
    List<StockMovement> movements() {
        Map<String, StockMovement> byItemCode = new TreeMap<>();
        for (DocumentLine line : lines) {
            BigDecimal delta = line.getQuantity().multiply(BigDecimal.valueOf(type.direction()));
            byItemCode.merge(line.getItem().getCode(), new StockMovement(store, line.getItem(), delta),
                    (a, b) -> new StockMovement(store, a.item(), a.delta().add(b.delta())));
        }
        return byItemCode.values().stream().filter(m -> m.delta().signum() != 0).toList();
    }

    private void fill(Supplier supplier, Reversal reversal, LocalDate documentDate, String remark,
            List<NewLine> newLines) {
        List<Problem> problems = check(category, store, supplier, documentDate, newLines);
        if (problems.isEmpty()) {
            problems = checkReversal(category, store, reversal, newLines);
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        this.reverses = reversal == null ? null : reversal.receipt();
        this.supplier = supplier;
        this.documentDate = documentDate;
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
        this.lines.clear();
        int lineNo = 1;
        for (NewLine line : newLines) {
            lines.add(new DocumentLine(this, lineNo++, line.item(), line.quantity(), blankToNull(line.remark())));
        }
    }

    /**
     * Every rule a document's content must meet; an empty list means it may be saved. Line numbers
     * are those the user sees.
     */
    public static List<Problem> check(DocumentCategory category, Store store, Supplier supplier, LocalDate documentDate,
            List<NewLine> newLines) {
        List<Problem> problems = new ArrayList<>();
        if (!category.acceptsStore(store.getKind())) {
            problems.add(new Problem("document.store.wrongKind", MessageKey.of(category), store.getCode(),
                    MessageKey.of(store.getKind())));
        }
        if (category.requiresSupplier() && supplier == null) {
            problems.add(new Problem("document.supplier.required", MessageKey.of(category)));
        }
        if (documentDate == null) {
            problems.add(new Problem("document.date.required"));
        }
        if (newLines == null || newLines.isEmpty()) {
            problems.add(new Problem("document.lines.empty"));
            return problems;
        }
        int lineNo = 0;
        for (NewLine line : newLines) {
            lineNo++;
            if (line.item() == null) {
                problems.add(new Problem("line.item.required", lineNo));
                continue;
            }
            BigDecimal quantity = line.quantity();
            String itemCode = line.item().getCode();
            if (!category.acceptsItem(line.item())) {
                problems.add(new Problem("line.item.wrongClass", lineNo, itemCode, MessageKey.of(category),
                        MessageKey.of(line.item().getRepairClass())));
            }
            if (quantity == null) {
                problems.add(new Problem("line.quantity.required", lineNo, itemCode));
            } else if (category.ink() == Ink.BLUE && quantity.signum() <= 0) {
                problems.add(new Problem("line.quantity.mustBePositive", lineNo, itemCode, quantity.toPlainString()));
            } else if (category.ink() == Ink.RED && quantity.signum() >= 0) {
                problems.add(new Problem("line.quantity.mustBeNegative", lineNo, itemCode, quantity.toPlainString()));
            } else if (quantity.abs().compareTo(MAX_QUANTITY) > 0) {
                problems.add(new Problem("line.quantity.tooLarge", lineNo, itemCode, MAX_QUANTITY.toPlainString()));
            } else if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
                problems.add(new Problem("line.quantity.tooPrecise", lineNo, itemCode, QUANTITY_SCALE));
            } else if (!line.item().acceptsQuantity(quantity)) {
                problems.add(new Problem("line.quantity.wholeUnits", lineNo, itemCode, quantity.toPlainString(),
                        line.item().getUnitEn()));
            }
        }
        return problems;
    }

    /**
     * A red-ink return must name a reviewed blue receipt of the same store, return only items that
     * receipt brought in, and, with the other returns of it, never more than it brought in.
     */
    public static List<Problem> checkReversal(DocumentCategory category, Store store, Reversal reversal,
            List<NewLine> newLines) {
        List<Problem> problems = new ArrayList<>();
        if (!category.reversesAReceipt()) {
            if (reversal != null) {
                problems.add(new Problem("document.reverses.notAllowed", MessageKey.of(category)));
            }
            return problems;
        }
        if (reversal == null) {
            problems.add(new Problem("document.reverses.required", MessageKey.of(category)));
            return problems;
        }
        StockDocument receipt = reversal.receipt();
        if (receipt.type != DocumentType.OTHER_INBOUND || receipt.redInk || receipt.status != DocumentStatus.REVIEWED
                || !receipt.store.getCode().equals(store.getCode())) {
            problems.add(new Problem("document.reverses.invalid", receipt.number, store.getCode()));
            return problems;
        }
        Map<String, BigDecimal> received = new TreeMap<>();
        for (DocumentLine line : receipt.lines) {
            received.merge(line.getItem().getCode(), line.getQuantity(), BigDecimal::add);
        }
        Map<String, BigDecimal> returning = new TreeMap<>();
        Map<String, Integer> firstLine = new TreeMap<>();
        int lineNo = 0;
        for (NewLine line : newLines) {
            lineNo++;
            if (line.item() == null || line.quantity() == null) {
                continue;
            }
            String code = line.item().getCode();
            if (!received.containsKey(code)) {
                problems.add(new Problem("line.item.notOnReceipt", lineNo, code, receipt.number));
                continue;
            }
            returning.merge(code, line.quantity().abs(), BigDecimal::add);
            firstLine.putIfAbsent(code, lineNo);
        }
        returning.forEach((code, quantity) -> {
            BigDecimal already = reversal.alreadyReturned().getOrDefault(code, BigDecimal.ZERO);
            if (quantity.add(already).compareTo(received.get(code)) > 0) {
                problems.add(new Problem("line.quantity.exceedsReceipt", firstLine.get(code), code, receipt.number,
                        received.get(code).stripTrailingZeros().toPlainString(),
                        already.stripTrailingZeros().toPlainString()));
            }
        });
        return problems;
    }

    private void record(DocumentEventType type, String user, Instant now, List<FieldChange> changes) {
        events.add(new DocumentEvent(this, type, user, now, changes));
    }

    private Snapshot snapshot() {
        return new Snapshot(supplier == null ? null : supplier.getCode(), reverses == null ? null : reverses.number,
                documentDate == null ? null : documentDate.toString(), remark,
                lines.stream().map(StockDocument::describe).toList());
    }

    private static String describe(DocumentLine line) {
        return line.getItem().getCode() + " × " + line.getQuantity().stripTrailingZeros().toPlainString()
                + (line.getRemark() == null ? "" : " (" + line.getRemark() + ")");
    }

    /** The editable content of a document, to tell what a modification changed. */
    private record Snapshot(String supplier, String reverses, String date, String remark, List<String> lines) {

        List<FieldChange> changesTo(Snapshot after) {
            List<FieldChange> changes = new ArrayList<>();
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
        return lines.stream().map(l -> new NewLine(l.getItem(), l.getQuantity(), l.getRemark())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getNumber() {
        return number;
    }

    public DocumentType getType() {
        return type;
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
