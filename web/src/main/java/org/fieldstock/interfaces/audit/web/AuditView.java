package org.fieldstock.interfaces.audit.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.audit.AuditService;
import org.fieldstock.application.document.StockDocumentService;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSearch;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.PagedRows;
import org.omnifaces.cdi.ViewScoped;

/**
 * Searching the audit trail: by day range, user, action and subject; the last week by default. A
 * document's entries open its history, a deleted document's too, for those who may read it.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final String TABLE = ":results:events";

    @Inject
    private AuditService audit;

    @Inject
    private StockDocumentService documents;

    @Inject
    private FacesFeedback feedback;

    private LocalDate from = LocalDate.now().minusDays(7);
    private LocalDate to;
    private String actor;
    private AuditAction action;
    private String subject;
    private final PagedRows<AuditEntry> events = new PagedRows<>(this::page, entry -> String.valueOf(entry.id()));
    private AuditedDocument history;

    /** The table reads a page with the filters as they are each time it shows one; a new search starts at the first. */
    public void search() {
        PagedRows.firstPage(TABLE);
    }

    /** One page of the entries, newest first, read in the database. */
    private Page<AuditEntry> page(PageRequest request) {
        return feedback.answer(() -> audit.page(new AuditSearch(from, to, actor, action, subject), request)
                .map(AuditEntry::of)).orElseGet(() -> Page.empty(request));
    }

    /** The history of the document an entry names, for the dialog; the service decides who may read it. */
    public void showHistory(String number) {
        history = null;
        feedback.attempt(() -> history = AuditedDocument.of(documents.historyByNumber(number)));
    }

    public AuditedDocument getHistory() {
        return history;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public PagedRows<AuditEntry> getEvents() {
        return events;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
