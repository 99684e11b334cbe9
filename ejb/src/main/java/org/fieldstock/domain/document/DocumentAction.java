package org.fieldstock.domain.document;

/** What a user can do to a saved document. */
public enum DocumentAction {
    MODIFY,
    REVIEW,
    UNREVIEW,
    DELETE
}
