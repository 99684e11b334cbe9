package org.fieldstock.domain.document;

import java.util.EnumSet;
import java.util.Set;

import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;

/**
 * The life cycle every document shares: saved → reviewed → (unreviewed = saved again) →
 * modified → reviewed; only a saved (unreviewed) document may be deleted. The allowed
 * actions per status are decided here and nowhere else.
 */
public enum DocumentStatus {
    SAVED(EnumSet.of(DocumentAction.MODIFY, DocumentAction.REVIEW, DocumentAction.DELETE, DocumentAction.CHECK)),
    REVIEWED(EnumSet.of(DocumentAction.UNREVIEW)),
    /** Deleted documents are kept for the audit trail but no longer listed. */
    DELETED(EnumSet.noneOf(DocumentAction.class));

    private final Set<DocumentAction> allowed;

    DocumentStatus(Set<DocumentAction> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(DocumentAction action) {
        return allowed.contains(action);
    }

    /** The status after the action; throws when this status does not allow it. */
    public DocumentStatus after(DocumentAction action, String documentNumber) {
        if (!allows(action)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "document.action.notAllowed",
                    documentNumber, MessageKey.of(this), MessageKey.of(action));
        }
        return switch (action) {
            case MODIFY, CHECK -> this;
            case REVIEW -> REVIEWED;
            case UNREVIEW -> SAVED;
            case DELETE -> DELETED;
        };
    }
}
