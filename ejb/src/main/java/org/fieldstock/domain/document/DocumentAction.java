package org.fieldstock.domain.document;

/** What a user can do to a saved document. */
public enum DocumentAction {
    MODIFY,
    REVIEW,
    UNREVIEW,
    DELETE,
    /** 出库复核: a second person checks a saved outbound before it is reviewed, where that is required. */
    CHECK
}
