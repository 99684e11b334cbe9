package org.fieldstock.domain.shared;

import jakarta.ejb.ApplicationException;

/** A code or id that names nothing. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, arguments);
    }
}
