package org.fieldstock.domain.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldstock.domain.failedpart.FailureRecord;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;

/**
 * The rules a stock document's content meets, each with the keys of the problems it reports. They
 * are of three scopes: the document's own (its store, supplier, date, that it has lines), each line's
 * (once it names an item), and those across its lines. Content on its way to becoming a document (a
 * transfer slip's lines, a site's daily report line) asks {@link DocumentCheck} for the rules it needs
 * by name. The order of the constants is the order their problems are reported in.
 */
public enum DocumentRule {
    /** The store is of the kind the category books into ({@link CategoryRule#STORE_KIND}). */
    STORE_KIND(Scope.DOCUMENT, "document.store.wrongKind") {
        @Override
        void check(DocumentCheck.Content content, List<Problem> problems) {
            if (CategoryRule.STORE_KIND.isBrokenBy(content.category(), content.header())) {
                problems.add(new Problem("document.store.wrongKind", MessageKey.of(content.category()),
                        content.store().getCode(), MessageKey.of(content.store().getKind())));
            }
        }
    },
    /**
     * A repair return leaves only the repair hub of the production management department: sites send
     * their damaged parts there by transfer and never to a maker themselves (3篇 1.3).
     */
    REPAIR_AT_HUB(Scope.DOCUMENT, "document.repairReturn.onlyAtHub") {
        @Override
        void check(DocumentCheck.Content content, List<Problem> problems) {
            if (content.category().leavesOnlyTheRepairHub() && !content.store().getOwner().isProductionManagement()) {
                problems.add(new Problem("document.repairReturn.onlyAtHub", MessageKey.of(content.category()),
                        content.store().getCode()));
            }
        }
    },
    /** A supplier where the category requires one, none where it takes none ({@link CategoryRule}). */
    SUPPLIER(Scope.DOCUMENT, "document.supplier.required", "document.supplier.notAllowed") {
        @Override
        void check(DocumentCheck.Content content, List<Problem> problems) {
            if (CategoryRule.SUPPLIER_REQUIRED.isBrokenBy(content.category(), content.header())) {
                problems.add(new Problem("document.supplier.required", MessageKey.of(content.category())));
            }
            if (CategoryRule.SUPPLIER_NOT_ALLOWED.isBrokenBy(content.category(), content.header())) {
                problems.add(new Problem("document.supplier.notAllowed", MessageKey.of(content.category())));
            }
        }
    },
    DATE(Scope.DOCUMENT, "document.date.required") {
        @Override
        void check(DocumentCheck.Content content, List<Problem> problems) {
            if (content.date() == null) {
                problems.add(new Problem("document.date.required"));
            }
        }
    },
    /** A document has lines; without any, no line rule is asked. */
    LINES(Scope.DOCUMENT, "document.lines.empty") {
        @Override
        void check(DocumentCheck.Content content, List<Problem> problems) {
            if (content.lines().isEmpty()) {
                problems.add(new Problem("document.lines.empty"));
            }
        }
    },
    /** Every line names an item; the other line rules are asked only of lines that do. */
    ITEM(Scope.LINE, "line.item.required") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.item() == null) {
                problems.add(new Problem("line.item.required", lineNo));
            }
        }
    },
    /** The category takes the item ({@link CategoryRule#ITEM_CLASS}). */
    ITEM_CLASS(Scope.LINE, "line.item.wrongClass") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (CategoryRule.ITEM_CLASS.isBrokenBy(content.category(), CategoryRule.Booking.ofItem(line.item()))) {
                problems.add(new Problem("line.item.wrongClass", lineNo, line.item().getCode(),
                        MessageKey.of(content.category()), MessageKey.of(line.item().getRepairClass())));
            }
        }
    },
    /**
     * A quantity, signed by the ink (blue lines positive, red ones negative, so that it moves stock
     * the way the category does: {@link CategoryRule#DIRECTION}), that is a {@link Quantity} of the item.
     * Only the first of these a line breaks is reported.
     */
    QUANTITY(Scope.LINE, "line.quantity.required", "line.quantity.mustBePositive", "line.quantity.mustBeNegative",
            "line.quantity.tooLarge", "line.quantity.tooPrecise", "line.quantity.wholeUnits") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            BigDecimal quantity = line.quantity();
            DocumentCategory category = content.category();
            String itemCode = line.item().getCode();
            if (quantity == null) {
                problems.add(new Problem("line.quantity.required", lineNo, itemCode));
            } else if (CategoryRule.DIRECTION.isBrokenBy(category,
                    CategoryRule.Booking.ofMovement(quantity.signum() * category.type().direction()))) {
                problems.add(new Problem(category.ink() == Ink.BLUE ? "line.quantity.mustBePositive"
                        : "line.quantity.mustBeNegative", lineNo, itemCode, quantity.toPlainString()));
            } else if (Quantity.tooLarge(quantity)) {
                problems.add(new Problem("line.quantity.tooLarge", lineNo, itemCode, Quantity.MAX.toPlainString()));
            } else if (Quantity.tooPrecise(quantity)) {
                problems.add(new Problem("line.quantity.tooPrecise", lineNo, itemCode, Quantity.SCALE));
            } else if (!line.item().acceptsQuantity(quantity)) {
                problems.add(new Problem("line.quantity.wholeUnits", lineNo, itemCode, quantity.toPlainString(),
                        line.item().getUnitEn()));
            }
        }
    },
    REMARK(Scope.LINE, "line.remark.tooLong") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.remark() != null && line.remark().strip().length() > DocumentLine.MAX_REMARK_LENGTH) {
                problems.add(new Problem("line.remark.tooLong", lineNo, line.item().getCode(),
                        DocumentLine.MAX_REMARK_LENGTH));
            }
        }
    },
    /**
     * Serials, as far as they are given, of a serial-tracked item, no more than units, each a valid
     * {@link TrackingCode#SERIAL}: a saved document may still lack some, a reviewed one may not
     * ({@link #SERIAL_COUNT}).
     */
    SERIALS(Scope.LINE, "line.serials.notTracked", "line.serials.tooMany", "line.serial.invalid") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.serials().isEmpty()) {
                return;
            }
            Item item = line.item();
            if (!item.isSerialTracked()) {
                problems.add(new Problem("line.serials.notTracked", lineNo, item.getCode()));
            } else if (line.quantity() != null
                    && BigDecimal.valueOf(line.serials().size()).compareTo(line.quantity().abs()) > 0) {
                problems.add(new Problem("line.serials.tooMany", lineNo, item.getCode(), line.serials().size(),
                        line.quantity().abs().stripTrailingZeros().toPlainString()));
            }
            line.serials().stream().filter(serial -> !TrackingCode.SERIAL.isValid(serial)).findFirst().ifPresent(
                    serial -> problems.add(new Problem("line.serial.invalid", lineNo, serial,
                            TrackingCode.SERIAL.maxLength())));
        }
    },
    /**
     * A batch, where one is given, of a shelf-life item, a valid {@link TrackingCode#BATCH}, with the
     * expiry date of what comes in; a new batch must not arrive expired, while a transferred or found
     * one keeps the date it has. A reviewed document names the batch ({@link #BATCH_GIVEN}).
     */
    BATCH(Scope.LINE, "line.batch.notTracked", "line.batch.invalid", "line.expiry.required", "line.expiry.passed") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.batchNo() == null) {
                return;
            }
            DocumentCategory category = content.category();
            String itemCode = line.item().getCode();
            if (!line.item().isBatchTracked()) {
                problems.add(new Problem("line.batch.notTracked", lineNo, itemCode));
            } else if (!TrackingCode.BATCH.isValid(line.batchNo())) {
                problems.add(new Problem("line.batch.invalid", lineNo, line.batchNo(), TrackingCode.BATCH.maxLength()));
            } else if (category.addsStock() && line.expiryDate() == null) {
                problems.add(new Problem("line.expiry.required", lineNo, itemCode, line.batchNo()));
            } else if (category.addsStock() && !category.isGenerated() && content.date() != null
                    && line.expiryDate().isBefore(content.date())) {
                problems.add(new Problem("line.expiry.passed", lineNo, itemCode, line.batchNo(),
                        line.expiryDate().toString()));
            }
        }
    },
    /** A turbine only where the category takes one, and one of the site that owns the store. */
    TURBINE(Scope.LINE, "line.turbine.notAllowed", "line.turbine.otherSite") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.turbine() == null) {
                return;
            }
            if (!content.category().acceptsTurbine()) {
                problems.add(new Problem("line.turbine.notAllowed", lineNo, MessageKey.of(content.category())));
            } else if (!line.turbine().getSite().getCode().equals(content.store().getOwner().getCode())) {
                problems.add(new Problem("line.turbine.otherSite", lineNo, line.turbine().getTurbineNo(),
                        line.turbine().getSite().getCode(), content.store().getCode()));
            }
        }
    },
    /**
     * The register's entry of a failed part ({@link FailureRecord}), on the categories that keep one:
     * a self-use issue that replaced a part on a turbine, parts damaged in storage (every line), and
     * the damage intake that books either in, of an item without a shelf life. It names the cause;
     * who and when fit their columns, and the replacement was not after the document. Removed units'
     * serials belong to a replacement (elsewhere the units are the line's own); they are of a
     * serial-tracked item, valid, no more than units, and none of them the unit fitted.
     */
    FAILURE(Scope.LINE, "line.failure.notAllowed", "line.failure.shelfLifeItem", "line.failure.turbineRequired",
            "line.failure.causeRequired", "line.failure.replacedByTooLong", "line.failure.noteTooLong",
            "line.failure.replacedAfterDocument", "line.failure.removedOnIntake", "line.failure.removedInStorage",
            "line.failure.removedNotTracked", "line.failure.removedTooMany", "line.failure.removedInvalid",
            "line.failure.removedIsFitted") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            FailureRecord failure = line.failure();
            DocumentCategory category = content.category();
            String itemCode = line.item().getCode();
            if (failure == null) {
                if (category.requiresFailureRecord()) {
                    problems.add(new Problem("line.failure.causeRequired", lineNo, itemCode));
                }
                return;
            }
            if (!category.recordsFailures()) {
                problems.add(new Problem("line.failure.notAllowed", lineNo, itemCode, MessageKey.of(category)));
                return;
            }
            if (line.item().isBatchTracked()) {
                // oils, greases, seals and cells are used up, never sent back for repair
                problems.add(new Problem("line.failure.shelfLifeItem", lineNo, itemCode));
                return;
            }
            boolean issue = category.replacesOnTurbines();
            if (issue && line.turbine() == null) {
                problems.add(new Problem("line.failure.turbineRequired", lineNo, itemCode));
            }
            if (failure.getCause() == null) {
                problems.add(new Problem("line.failure.causeRequired", lineNo, itemCode));
            }
            if (failure.getReplacedBy() != null && failure.getReplacedBy().length() > FailureRecord.MAX_REPLACED_BY_LENGTH) {
                problems.add(new Problem("line.failure.replacedByTooLong", lineNo, FailureRecord.MAX_REPLACED_BY_LENGTH));
            }
            if (failure.getNote() != null && failure.getNote().length() > FailureRecord.MAX_NOTE_LENGTH) {
                problems.add(new Problem("line.failure.noteTooLong", lineNo, FailureRecord.MAX_NOTE_LENGTH));
            }
            if (failure.getReplacedOn() != null && content.date() != null
                    && failure.getReplacedOn().isAfter(content.date())) {
                problems.add(new Problem("line.failure.replacedAfterDocument", lineNo,
                        failure.getReplacedOn().toString(), content.date().toString()));
            }
            List<String> removed = failure.getRemovedSerials();
            if (removed.isEmpty()) {
                return;
            }
            if (category == DocumentCategory.STORAGE_DAMAGE) {
                problems.add(new Problem("line.failure.removedInStorage", lineNo, itemCode));
            } else if (!issue) {
                problems.add(new Problem("line.failure.removedOnIntake", lineNo, itemCode));
            } else if (!line.item().isSerialTracked()) {
                problems.add(new Problem("line.failure.removedNotTracked", lineNo, itemCode));
            } else if (removed.size() > FailureRecord.MAX_REMOVED_SERIALS || line.quantity() != null
                    && BigDecimal.valueOf(removed.size()).compareTo(line.quantity().abs()) > 0) {
                problems.add(new Problem("line.failure.removedTooMany", lineNo, itemCode, removed.size(),
                        line.quantity() == null ? "?" : line.quantity().abs().stripTrailingZeros().toPlainString()));
            } else {
                removed.stream().filter(serial -> !TrackingCode.SERIAL.isValid(serial)).findFirst().ifPresent(
                        serial -> problems.add(new Problem("line.failure.removedInvalid", lineNo, serial,
                                TrackingCode.SERIAL.maxLength())));
                removed.stream().filter(line.serials()::contains).findFirst().ifPresent(
                        serial -> problems.add(new Problem("line.failure.removedIsFitted", lineNo, itemCode, serial)));
            }
        }
    },
    /**
     * A serial appears once per item in a document, and so does a removed one; a batch has one expiry
     * date.
     */
    REPEATS(Scope.ACROSS_LINES, "line.serial.repeated", "line.batch.twoExpiries", "line.failure.removedRepeated") {
        @Override
        void check(DocumentCheck.Content content, List<Problem> problems) {
            Set<List<String>> serials = new HashSet<>();
            Set<List<String>> removedSerials = new HashSet<>();
            Map<List<String>, LocalDate> batchExpiry = new HashMap<>();
            content.linesWithItems().forEach((lineNo, line) -> {
                String itemCode = line.item().getCode();
                for (String serial : line.serials()) {
                    if (!serials.add(List.of(itemCode, serial))) {
                        problems.add(new Problem("line.serial.repeated", lineNo, itemCode, serial));
                    }
                }
                for (String serial : line.failure() == null ? List.<String>of() : line.failure().getRemovedSerials()) {
                    if (!removedSerials.add(List.of(itemCode, serial))) {
                        problems.add(new Problem("line.failure.removedRepeated", lineNo, itemCode, serial));
                    }
                }
                if (line.batchNo() != null && line.expiryDate() != null) {
                    LocalDate other = batchExpiry.putIfAbsent(List.of(itemCode, line.batchNo()), line.expiryDate());
                    if (other != null && !other.equals(line.expiryDate())) {
                        problems.add(new Problem("line.batch.twoExpiries", lineNo, itemCode, line.batchNo()));
                    }
                }
            });
        }
    },
    /** For review: one serial per unit of a serial-tracked item. */
    SERIAL_COUNT(Scope.LINE, "line.serials.count") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.item().isSerialTracked()
                    && BigDecimal.valueOf(line.serials().size()).compareTo(line.quantity().abs()) != 0) {
                problems.add(new Problem("line.serials.count", lineNo, line.item().getCode(),
                        line.quantity().abs().stripTrailingZeros().toPlainString(), line.serials().size()));
            }
        }
    },
    /** For review: a replacement of a serial-tracked part names the serial of every unit it removed. */
    REMOVED_SERIAL_COUNT(Scope.LINE, "line.failure.removedCount") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.failure() != null && content.category().replacesOnTurbines()
                    && line.item().isSerialTracked() && BigDecimal.valueOf(line.failure().getRemovedSerials().size())
                            .compareTo(line.quantity().abs()) != 0) {
                problems.add(new Problem("line.failure.removedCount", lineNo, line.item().getCode(),
                        line.quantity().abs().stripTrailingZeros().toPlainString(),
                        line.failure().getRemovedSerials().size()));
            }
        }
    },
    /** For review: the batch of a shelf-life item, which the goods come into or are taken from. */
    BATCH_GIVEN(Scope.LINE, "line.batch.requiredIn", "line.batch.requiredOut") {
        @Override
        void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
            if (line.item().isBatchTracked() && line.batchNo() == null) {
                problems.add(new Problem(content.category().addsStock() ? "line.batch.requiredIn"
                        : "line.batch.requiredOut", lineNo, line.item().getCode()));
            }
        }
    };

    /** Where a rule looks: at the document as a whole, at each line that names an item, or across the lines. */
    public enum Scope {
        DOCUMENT, LINE, ACROSS_LINES
    }

    /** The document's own rules. */
    public static final Set<DocumentRule> OF_THE_DOCUMENT = Collections.unmodifiableSet(
            EnumSet.of(STORE_KIND, REPAIR_AT_HUB, SUPPLIER, DATE, LINES));

    /** The rules of each line, and across lines, that a saved document meets. */
    public static final Set<DocumentRule> OF_THE_LINES = Collections.unmodifiableSet(
            EnumSet.of(ITEM, ITEM_CLASS, QUANTITY, REMARK, SERIALS, BATCH, TURBINE, FAILURE, REPEATS));

    /** The serials and batches of the lines, as far as they are given. */
    public static final Set<DocumentRule> TRACKING = Collections.unmodifiableSet(EnumSet.of(SERIALS, BATCH));

    /** Every rule a document's content meets to be saved. */
    public static final Set<DocumentRule> FOR_SAVING = Collections.unmodifiableSet(
            EnumSet.range(STORE_KIND, REPEATS));

    /** What review needs beyond what saving needs: every serial and the batch. */
    public static final Set<DocumentRule> FOR_REVIEW = Collections.unmodifiableSet(
            EnumSet.of(SERIAL_COUNT, REMOVED_SERIAL_COUNT, BATCH_GIVEN));

    private final Scope scope;
    private final List<String> keys;

    DocumentRule(Scope scope, String... keys) {
        this.scope = scope;
        this.keys = List.of(keys);
    }

    public Scope scope() {
        return scope;
    }

    /** The message keys of the problems this rule reports. */
    public List<String> keys() {
        return keys;
    }

    /** The rules of a scope, in order. */
    static List<DocumentRule> of(Scope scope) {
        return Arrays.stream(values()).filter(rule -> rule.scope == scope).toList();
    }

    /** A rule of the document, or across its lines. */
    void check(DocumentCheck.Content content, List<Problem> problems) {
    }

    /** A rule of one line that names an item (or, {@link #ITEM}, should). */
    void checkLine(DocumentCheck.Content content, int lineNo, NewLine line, List<Problem> problems) {
    }
}
