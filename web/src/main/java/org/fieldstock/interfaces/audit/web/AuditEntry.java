package org.fieldstock.interfaces.audit.web;

import java.io.Serializable;
import java.time.Instant;

import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditEvent;
import org.fieldstock.domain.audit.AuditSubject;

/** An entry of the audit trail as the search shows it. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, AuditSubject subjectType,
        String subjectRef, String orgUnitCode, String detail) implements Serializable {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                event.getSubjectType(), event.getSubjectRef(), event.getOrgUnitCode(), event.getDetail());
    }
}
