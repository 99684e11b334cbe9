package org.fieldstock.domain.document;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;

/**
 * The life cycle a kind of document goes through (saved → reviewed → unreviewed → modified →
 * reviewed, or deleted), answered in one place: whether an action is allowed now, for this caller,
 * and if not, why. A kind supplies only its hooks — who may, what its origin forbids, which books
 * the action changes, what else must hold — and {@link #whyNot} asks them always in the same order:
 * the caller's rights, the origin, the closed months, the kind's own state, and last the status.
 * The application's lifecycle engine asks it before every action and screens bind their buttons
 * to its answer.
 *
 * @param <D> the document, with whatever was locked with it
 */
public interface Lifecycle<D> {

    /** A store's books on a day: the action changes them, so that day's month must be open. */
    record BookDay(Store store, LocalDate day, String documentNumber) {
    }

    /** What the audit trail records of a done action. */
    record Audited(AuditAction action, AuditSubject subject, String reference, String orgUnit, String detail) {
    }

    String number(D document);

    int version(D document);

    DocumentStatus status(D document);

    /** The problem key of "changed by someone else since you read it" for this kind. */
    String changedMeanwhileKey();

    /** The caller's role and org scope. */
    Optional<Refusal> refuseCaller(DocumentAction action, D document, Caller caller);

    /** What generated the document may allow an action only through itself, or never. */
    default Optional<Refusal> refuseOrigin(DocumentAction action, D document) {
        return Optional.empty();
    }

    /** The books the action changes. */
    List<BookDay> booksTouched(DocumentAction action, D document);

    /** Whatever else this kind requires (the chain with a transfer slip, active stores, returns). */
    default Optional<Refusal> refuseState(DocumentAction action, D document) {
        return Optional.empty();
    }

    Audited audited(DocumentAction action, D document);

    /**
     * Why the caller may not do the action now, or empty if they may; {@code closedMonth} answers
     * for one store's day whether its month is closed.
     */
    default Optional<Refusal> whyNot(DocumentAction action, D document, Caller caller,
            Function<BookDay, Optional<Refusal>> closedMonth) {
        List<Supplier<Optional<Refusal>>> checks = List.of(
                () -> refuseCaller(action, document, caller),
                () -> refuseOrigin(action, document),
                () -> booksTouched(action, document).stream().map(closedMonth).flatMap(Optional::stream).findFirst(),
                () -> refuseState(action, document),
                () -> Refusal.of(() -> status(document).after(action, number(document))));
        return checks.stream().map(Supplier::get).flatMap(Optional::stream).findFirst();
    }

    /** The answer for every action at once, for a screen's buttons. */
    default AllowedActions allowedActions(D document, Caller caller,
            Function<BookDay, Optional<Refusal>> closedMonth) {
        EnumSet<DocumentAction> allowed = EnumSet.noneOf(DocumentAction.class);
        EnumMap<DocumentAction, Refusal> refused = new EnumMap<>(DocumentAction.class);
        Stream.of(DocumentAction.values()).forEach(action -> whyNot(action, document, caller, closedMonth)
                .ifPresentOrElse(refusal -> refused.put(action, refusal), () -> allowed.add(action)));
        return new AllowedActions(allowed, refused);
    }
}
