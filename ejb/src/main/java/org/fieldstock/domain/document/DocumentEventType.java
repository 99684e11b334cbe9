package org.fieldstock.domain.document;

/** What happened to a document. */
public enum DocumentEventType {
    CREATED,
    MODIFIED,
    REVIEWED,
    UNREVIEWED,
    DELETED,
    CHECKED
}
