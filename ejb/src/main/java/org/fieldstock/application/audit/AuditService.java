package org.fieldstock.application.audit;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditEvent;
import org.fieldstock.domain.audit.AuditRepository;
import org.fieldstock.domain.audit.AuditSearch;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.shared.Page;
import org.fieldstock.domain.shared.PageRequest;

/** Searching the audit trail: the planning office, and the administrator for logins and users. */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
public class AuditService {

    @Inject
    private AuditRepository repository;

    @Inject
    private CurrentCaller currentCaller;

    /** One page of the entries matching the search, newest first, read in the database. */
    public Page<AuditEvent> page(AuditSearch search, PageRequest request) {
        requireAuditRight();
        return repository.page(search, request);
    }

    private void requireAuditRight() {
        Caller caller = currentCaller.get();
        if (!caller.has(Role.PLANNER) && !caller.has(Role.ADMIN)) {
            // the role held outside the planning office grants nothing
            throw new AccessDeniedException("access.denied.audit", caller.getUsername());
        }
    }
}
