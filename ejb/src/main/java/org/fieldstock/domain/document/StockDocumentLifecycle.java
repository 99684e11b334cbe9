package org.fieldstock.domain.document;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;

/**
 * The life cycle of other-inbound and other-outbound documents: whoever enters documents for the
 * store saves, modifies and deletes them, the BU reviews and unreviews them (its manager for the
 * categories it must approve); each origin adds its refusals ({@link DocumentCategory.Origin}), a
 * transfer slip governs the documents it generated, and a receipt with reviewed red-ink returns
 * cannot be unreviewed.
 */
public final class StockDocumentLifecycle implements Lifecycle<StockDocumentLifecycle.Subject> {

    public static final StockDocumentLifecycle RULES = new StockDocumentLifecycle();

    /**
     * A document with what decides about it beyond itself: the slip that generated it, if one did,
     * whether reviewed red-ink returns name it, and whether its BU requires a second person's check
     * of it before review (both asked only when it matters).
     */
    public record Subject(StockDocument document, Optional<DocumentGenerator> generator,
            BooleanSupplier hasReviewedReturns, BooleanSupplier checkRequired) {

        /** A document no rule requires a check of. */
        public Subject(StockDocument document, Optional<DocumentGenerator> generator,
                BooleanSupplier hasReviewedReturns) {
            this(document, generator, hasReviewedReturns, () -> false);
        }
    }

    private StockDocumentLifecycle() {
    }

    @Override
    public String number(Subject subject) {
        return subject.document().getNumber();
    }

    @Override
    public int version(Subject subject) {
        return subject.document().getVersion();
    }

    @Override
    public DocumentStatus status(Subject subject) {
        return subject.document().getStatus();
    }

    @Override
    public String changedMeanwhileKey() {
        return "document.changedMeanwhile";
    }

    @Override
    public Optional<Refusal> refuseCaller(DocumentAction action, Subject subject, Caller caller) {
        StockDocument document = subject.document();
        return Refusal.of(switch (action) {
            case MODIFY, DELETE -> () -> caller.requireEntryRight(document.getStore());
            case REVIEW, UNREVIEW -> () -> document.requireReviewRight(caller);
            case CHECK -> () -> requireCheckRight(document, caller);
        });
    }

    /**
     * Who checks an outbound: someone who enters or reviews the store's documents, and not the one
     * who entered it or changed it last (two people, 出库复核).
     */
    private static void requireCheckRight(StockDocument document, Caller caller) {
        if (!caller.mayEnterDocumentsFor(document.getStore()) && !caller.mayReviewDocumentsFor(document.getStore())) {
            caller.requireEntryRight(document.getStore());
        }
        if (document.isEnteredBy(caller.getUsername())) {
            throw new AccessDeniedException("document.check.sameUser", document.getNumber());
        }
    }

    @Override
    public Optional<Refusal> refuseOrigin(DocumentAction action, Subject subject) {
        StockDocument document = subject.document();
        if (document.getGeneratedFrom() != null) {
            // the intake of removed parts goes with its issue, which reviews and unreviews it
            return Optional.of(Refusal.conflict("document.generatedByIssue", document.getNumber(),
                    document.getGeneratedFrom().getNumber()));
        }
        return document.getCategory().origin().refuses(action, document.getNumber());
    }

    @Override
    public List<BookDay> booksTouched(DocumentAction action, Subject subject) {
        StockDocument document = subject.document();
        return List.of(new BookDay(document.getStore(), document.getDocumentDate(), document.getNumber()));
    }

    @Override
    public Optional<Refusal> refuseState(DocumentAction action, Subject subject) {
        StockDocument document = subject.document();
        if (action == DocumentAction.CHECK || action == DocumentAction.REVIEW) {
            Optional<Refusal> check = refuseForCheck(action, subject);
            if (check.isPresent()) {
                return check;
            }
        }
        if (action == DocumentAction.REVIEW && document.getCategory().isDelivered()
                && !document.getReceiving().mayBeBooked()) {
            // check, count, then book: and what came without papers only on the shipper's word (3篇 1.2)
            return Optional.of(Refusal.conflict("document.papers.missing", document.getNumber()));
        }
        if (action != DocumentAction.REVIEW && action != DocumentAction.UNREVIEW) {
            return Optional.empty();
        }
        Optional<Refusal> byGenerator = subject.generator().flatMap(g -> g.refuses(action, document));
        if (byGenerator.isPresent()) {
            return byGenerator;
        }
        Optional<Refusal> inactive = Refusal.of(() -> {
            document.getStore().requireActive();
            if (document.getDamagedStore() != null) {
                document.getDamagedStore().requireActive();
            }
        });
        if (inactive.isPresent() || action == DocumentAction.REVIEW) {
            return inactive;
        }
        // a receipt is taken back only after the returns that give part of it back
        return subject.hasReviewedReturns().getAsBoolean()
                ? Optional.of(Refusal.conflict("document.hasReviewedReturns", document.getNumber()))
                : Optional.empty();
    }

    /**
     * A check is done once, where one is required; a review of an outbound that requires one waits
     * for it (asked only of the categories that may require one).
     */
    private static Optional<Refusal> refuseForCheck(DocumentAction action, Subject subject) {
        StockDocument document = subject.document();
        if (document.getStatus() != DocumentStatus.SAVED) {
            // past its check, or never checked: the status answers
            return Optional.empty();
        }
        boolean required = document.getCategory().checkable() && subject.checkRequired().getAsBoolean();
        if (action == DocumentAction.CHECK) {
            if (!required) {
                return Optional.of(Refusal.conflict("document.check.notRequired", document.getNumber()));
            }
            return document.isChecked()
                    ? Optional.of(Refusal.conflict("document.check.done", document.getNumber(), document.getCheckedBy()))
                    : Optional.empty();
        }
        return required && !document.isChecked()
                ? Optional.of(Refusal.conflict("document.check.missing", document.getNumber()))
                : Optional.empty();
    }

    @Override
    public Audited audited(DocumentAction action, Subject subject) {
        StockDocument document = subject.document();
        AuditAction audited = switch (action) {
            case MODIFY -> AuditAction.DOCUMENT_MODIFIED;
            case REVIEW -> AuditAction.DOCUMENT_REVIEWED;
            case UNREVIEW -> AuditAction.DOCUMENT_UNREVIEWED;
            case DELETE -> AuditAction.DOCUMENT_DELETED;
            case CHECK -> AuditAction.DOCUMENT_CHECKED;
        };
        return entry(audited, document);
    }

    /** The audit entry of a document's action; also of its creation, which no life-cycle action covers. */
    public static Audited entry(AuditAction action, StockDocument document) {
        return new Audited(action, AuditSubject.DOCUMENT, document.getNumber(),
                document.getStore().getOwner().getCode(),
                document.getCategory().name() + " " + document.getStore().getCode());
    }
}
