package org.fieldstock.application.document;

import java.util.List;

import org.fieldstock.domain.document.DocumentEvent;
import org.fieldstock.domain.document.StockDocument;

/**
 * A document (deleted or not) with its history, oldest first: entities, read within one request
 * (a screen keeps its own record of it).
 *
 * @param document the document as it is now, deleted too
 * @param events   who made, changed, reviewed, unreviewed or deleted it, and when
 */
public record DocumentHistory(StockDocument document, List<DocumentEvent> events) {

    public DocumentHistory {
        events = List.copyOf(events);
    }
}
