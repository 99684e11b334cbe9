package org.fieldstock.interfaces.audit.web;

import java.io.Serializable;
import java.util.List;

import org.fieldstock.application.document.DocumentHistory;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.DocumentStatus;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.interfaces.document.web.HistoryEntry;
import org.fieldstock.interfaces.shared.StoreRef;

/** The document an audit entry names, with its history, as the history dialog shows it (a deleted one too). */
public record AuditedDocument(String number, DocumentCategory category, StoreRef store, DocumentStatus status,
        List<HistoryEntry> events) implements Serializable {

    static AuditedDocument of(DocumentHistory history) {
        StockDocument document = history.document();
        return new AuditedDocument(document.getNumber(), document.getCategory(), StoreRef.of(document.getStore()),
                document.getStatus(), HistoryEntry.all(history.events()));
    }
}
