package org.fieldstock.domain.audit;

import java.util.List;

/** The audit trail: entries are added and searched, never changed. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** Matching entries, newest first. */
    List<AuditEvent> search(AuditSearch search);
}
