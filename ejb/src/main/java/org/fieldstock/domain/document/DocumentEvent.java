package org.fieldstock.domain.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/** One entry of a document's history: a transition or a modification, with what changed. Never updated. */
@Entity
@Table(name = "document_event")
public class DocumentEvent extends BaseEntity {

    /** The column holds 4000 characters; a longer list of changes is cut with a marker. */
    private static final int MAX_CHANGES_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StockDocument document;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private DocumentEventType type;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "changes", updatable = false, length = MAX_CHANGES_LENGTH)
    private String changes;

    protected DocumentEvent() {
    }

    DocumentEvent(StockDocument document, DocumentEventType type, String actor, Instant occurredAt,
            List<FieldChange> changes) {
        this.document = Objects.requireNonNull(document);
        this.type = Objects.requireNonNull(type);
        this.actor = Objects.requireNonNull(actor);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        String encoded = changes.isEmpty() ? null : FieldChange.encode(changes);
        if (encoded != null && encoded.length() > MAX_CHANGES_LENGTH) {
            int cut = encoded.lastIndexOf('\n', MAX_CHANGES_LENGTH - 40);
            encoded = encoded.substring(0, cut + 1) + FieldChange.encode(List.of(new FieldChange("more", null, null, null)));
        }
        this.changes = encoded;
    }

    public DocumentEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public List<FieldChange> getChanges() {
        return FieldChange.decode(changes);
    }
}
