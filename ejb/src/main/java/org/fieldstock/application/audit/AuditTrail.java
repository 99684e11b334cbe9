package org.fieldstock.application.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditEvent;
import org.fieldstock.domain.audit.AuditRepository;
import org.fieldstock.domain.audit.AuditSubject;

/**
 * Writes the audit trail inside the caller's transaction, so that an entry exists exactly when
 * the change it records was committed. Services call it; it checks no rights itself.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditRepository repository;

    public void record(String actor, AuditAction action, AuditSubject subject, String subjectRef, String orgUnitCode,
            String detail) {
        repository.add(new AuditEvent(Instant.now(), actor, action, subject, subjectRef, orgUnitCode, detail));
    }
}
