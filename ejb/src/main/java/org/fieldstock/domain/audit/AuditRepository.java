package org.fieldstock.domain.audit;

import java.util.List;

import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/** The audit trail: entries are added and searched, never changed. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** Matching entries, newest first. */
    List<AuditEvent> search(AuditSearch search);

    /** One page of the entries matching the search (its maxResults is not used), newest first. */
    Page<AuditEvent> page(AuditSearch search, PageRequest request);
}
