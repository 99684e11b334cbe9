package org.fieldstock.domain.audit;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/** The audit trail: entries are added and searched, never changed. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** One page of the entries matching the search, newest first. */
    Page<AuditEvent> page(AuditSearch search, PageRequest request);
}
