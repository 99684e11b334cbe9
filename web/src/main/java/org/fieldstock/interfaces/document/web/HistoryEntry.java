package org.fieldstock.interfaces.document.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.fieldstock.domain.document.DocumentEvent;
import org.fieldstock.domain.document.DocumentEventType;
import org.fieldstock.domain.document.FieldChange;

/** One entry of a document's history as the history table shows it: when, who, what, and what changed. */
public record HistoryEntry(Instant occurredAt, String actor, DocumentEventType type, List<FieldChange> changes)
        implements Serializable {

    public static HistoryEntry of(DocumentEvent event) {
        return new HistoryEntry(event.getOccurredAt(), event.getActor(), event.getType(),
                List.copyOf(event.getChanges()));
    }

    public static List<HistoryEntry> all(List<DocumentEvent> events) {
        return events.stream().map(HistoryEntry::of).toList();
    }
}
