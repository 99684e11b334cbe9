package org.fieldstock.domain.shared;

import jakarta.ejb.ApplicationException;

/** The caller's role or org scope does not allow the action. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(Kind.FORBIDDEN, messageKey, arguments);
    }
}
