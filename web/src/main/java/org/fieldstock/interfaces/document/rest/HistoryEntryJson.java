package org.fieldstock.interfaces.document.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldstock.domain.document.DocumentEvent;
import org.fieldstock.domain.document.FieldChange;

/** One entry of a document's history. */
@Schema(name = "HistoryEntry")
public record HistoryEntryJson(String event, String by, Instant at, List<FieldChange> changes) {

    static HistoryEntryJson of(DocumentEvent e) {
        return new HistoryEntryJson(e.getType().name(), e.getActor(), e.getOccurredAt(), e.getChanges());
    }
}
