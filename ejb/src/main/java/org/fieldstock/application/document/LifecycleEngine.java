package org.fieldstock.application.document;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.closing.ClosedMonths;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.document.AllowedActions;
import org.fieldstock.domain.document.DocumentAction;
import org.fieldstock.domain.document.Lifecycle;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.VersionCheck;
import org.fieldstock.domain.user.Caller;

/**
 * Carries out a life-cycle action on a document the service has loaded and locked: compares the
 * version the caller read, asks the document kind's {@link Lifecycle} rules whether the caller may
 * do it now (rights, origin, closed months, the kind's own state, status) and refuses with their
 * reason, runs the action, and writes its audit entry — for every kind of document, once, in the
 * caller's transaction. Screens ask it the same question for their buttons.
 */
@ApplicationScoped
public class LifecycleEngine {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ClosedMonths closedMonths;

    @Inject
    private AuditTrail audit;

    /**
     * Does the action to a document the caller holds locked and returns what {@code work} returns;
     * throws the first reason it may not, before anything changed.
     */
    public <D, R> R perform(Lifecycle<D> rules, DocumentAction action, D document, Integer expectedVersion,
            Function<D, R> work) {
        Caller caller = currentCaller.get();
        requireVersion(rules, document, expectedVersion);
        rules.whyNot(action, document, caller, day -> closedMonths.refusal(day.store(), day.day(),
                day.documentNumber())).ifPresent(refusal -> {
                    throw refusal.toException();
                });
        // an unreview is recorded as what was reviewed: afterwards a slip no longer names its documents
        Lifecycle.Audited before = action == DocumentAction.UNREVIEW ? rules.audited(action, document) : null;
        R result = work.apply(document);
        record(caller, before != null ? before : rules.audited(action, document));
        return result;
    }

    /** What the caller may do to the document now, and why not the rest (for a screen's buttons). */
    public <D> AllowedActions allowedActions(Lifecycle<D> rules, D document) {
        return rules.allowedActions(document, currentCaller.get(),
                day -> closedMonths.refusal(day.store(), day.day(), day.documentNumber()));
    }

    /** Refuses when the document changed since the caller read the version they name (none named: no check). */
    public <D> void requireVersion(Lifecycle<D> rules, D document, Integer expectedVersion) {
        VersionCheck.require(expectedVersion, rules.version(document), rules.changedMeanwhileKey(),
                rules.number(document));
    }

    /** For a new document, or a new date of one: that day's books of the store must be open. */
    public void requireOpenBooks(Store store, LocalDate day, String documentNumber) {
        closedMonths.requireOpen(store, day, documentNumber);
    }

    /** Writes the audit entry of something done to a document outside the four life-cycle actions. */
    public void record(Caller caller, Lifecycle.Audited entry) {
        audit.record(caller.getUsername(), entry.action(), entry.subject(), entry.reference(), entry.orgUnit(),
                entry.detail());
    }
}
