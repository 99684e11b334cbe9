package org.fieldstock.application.document;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.document.DocumentCategory;
import org.fieldstock.domain.document.OutboundCheckRule;
import org.fieldstock.domain.document.OutboundCheckRuleRepository;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Where outbounds are checked by a second person before review (出库复核): the rules per BU (or
 * every BU) and per category (or every one that may be checked), set by the planning office for
 * any BU and by a BU's accountant for its own; and whether a document needs a check.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class OutboundCheckService {

    @Inject
    private OutboundCheckRuleRepository rules;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    public List<OutboundCheckRule> rules() {
        return rules.all();
    }

    /** Whether some rule asks for a second person's check of the document before its review. */
    public boolean requiredFor(StockDocument document) {
        return document.getCategory().checkable()
                && rules.all().stream().anyMatch(rule -> rule.covers(document.getCategory(), document.getStore()));
    }

    /** Requires checks of a BU's outbounds (none: every BU's) of a category (none: every checkable one). */
    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public OutboundCheckRule require(String businessUnitCode, DocumentCategory category) {
        Caller caller = currentCaller.get();
        OrgUnit unit = businessUnit(businessUnitCode);
        requireRight(caller, unit);
        OutboundCheckRule existing = rules.all().stream().filter(rule -> rule.isFor(unit, category)).findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        OutboundCheckRule rule = new OutboundCheckRule(unit, category, caller.getUsername(), Instant.now());
        rules.add(rule);
        audit.record(caller.getUsername(), AuditAction.OUTBOUND_CHECK_REQUIRED, AuditSubject.ORG_UNIT,
                unit == null ? "*" : unit.getCode(), unit == null ? null : unit.getCode(),
                category == null ? "*" : category.name());
        return rule;
    }

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public void remove(long id) {
        Caller caller = currentCaller.get();
        OutboundCheckRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("outboundCheck.notFound", id));
        requireRight(caller, rule.getBusinessUnit());
        rules.remove(rule);
        audit.record(caller.getUsername(), AuditAction.OUTBOUND_CHECK_REMOVED, AuditSubject.ORG_UNIT,
                rule.getBusinessUnit() == null ? "*" : rule.getBusinessUnit().getCode(),
                rule.getBusinessUnit() == null ? null : rule.getBusinessUnit().getCode(),
                rule.getCategory() == null ? "*" : rule.getCategory().name());
    }

    /** Whether the caller may set the rules of the BU (null: of every BU). */
    public boolean maySet(OrgUnit businessUnit) {
        return currentCaller.get().maySetOutboundChecks(businessUnit);
    }

    private static void requireRight(Caller caller, OrgUnit unit) {
        if (!caller.maySetOutboundChecks(unit)) {
            throw new AccessDeniedException("outboundCheck.notAllowed", unit == null ? "*" : unit.getCode());
        }
    }

    private OrgUnit businessUnit(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return organisation.orgUnitByCode(code.strip()).filter(u -> u.getKind() == OrgUnitKind.BU)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "outboundCheck.bu.unknown",
                        code.strip()));
    }
}
