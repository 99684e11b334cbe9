package org.fieldstock.application.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.closing.ClosedMonth;
import org.fieldstock.domain.closing.ClosedMonthRepository;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Month-end close per BU: the BU's accountant (or the planning office) closes a month that has
 * ended; from then on no document of the BU's stores dated in it is entered, changed, reviewed,
 * unreviewed or deleted (checked by {@link ClosedMonths} on every such door). The planning office
 * reopens a month with a reason; both are in the audit trail.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.KEEPER_NAME, Role.VIEWER_NAME})
public class MonthClosingService {

    @Inject
    private ClosedMonthRepository months;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME})
    public ClosedMonth close(String buCode, YearMonth month) {
        Caller caller = currentCaller.get();
        OrgUnit businessUnit = businessUnit(buCode);
        if (!caller.mayCloseMonth(businessUnit)) {
            throw new AccessDeniedException("access.denied.closeMonth", caller.getUsername(), businessUnit.getCode());
        }
        Instant now = Instant.now();
        ClosedMonth closed = month == null ? null : months.findForUpdate(businessUnit, month).orElse(null);
        if (closed == null) {
            closed = new ClosedMonth(businessUnit, month, LocalDate.now(), caller.getUsername(), now);
            months.add(closed);
        } else {
            closed.close(LocalDate.now(), caller.getUsername(), now);
        }
        audit.record(caller.getUsername(), AuditAction.MONTH_CLOSED, AuditSubject.MONTH,
                businessUnit.getCode() + " " + month, businessUnit.getCode(), "");
        return closed;
    }

    @RolesAllowed(Role.PLANNER_NAME)
    public ClosedMonth reopen(String buCode, YearMonth month, String reason) {
        Caller caller = currentCaller.get();
        if (!caller.mayReopenMonth()) {
            throw new AccessDeniedException("access.denied.reopenMonth", caller.getUsername());
        }
        OrgUnit businessUnit = businessUnit(buCode);
        ClosedMonth closed = (month == null ? null : months.findForUpdate(businessUnit, month).orElse(null));
        if (closed == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "closing.notClosed", String.valueOf(month),
                    businessUnit.getCode());
        }
        closed.reopen(reason, caller.getUsername(), Instant.now());
        audit.record(caller.getUsername(), AuditAction.MONTH_REOPENED, AuditSubject.MONTH,
                businessUnit.getCode() + " " + month, businessUnit.getCode(), closed.getReopenReason());
        return closed;
    }

    /** A month of a BU as the month-close page shows it: not closed yet, closed, or reopened. */
    public record MonthState(OrgUnit businessUnit, YearMonth month, ClosedMonth record, boolean ended) {

        public boolean isClosed() {
            return record != null && record.isClosed();
        }

        public boolean isReopened() {
            return record != null && !record.isClosed();
        }
    }

    /** The BUs whose months the caller may close: the own BU, or every BU for the planning office. */
    public List<OrgUnit> businessUnits() {
        Caller caller = currentCaller.get();
        return organisation.allOrgUnits().stream().filter(u -> u.getKind() == OrgUnitKind.BU)
                .filter(caller::mayCloseMonth)
                .sorted(java.util.Comparator.comparing(OrgUnit::getCode)).toList();
    }

    /** The BU's months from this one back, newest first, each with its close or reopening. */
    public List<MonthState> recentMonths(String buCode, int count) {
        currentCaller.get();
        OrgUnit businessUnit = businessUnit(buCode);
        java.util.Map<YearMonth, ClosedMonth> records = new java.util.HashMap<>();
        months.of(businessUnit).forEach(m -> records.put(m.getMonth(), m));
        YearMonth current = YearMonth.now();
        List<MonthState> states = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            YearMonth month = current.minusMonths(i);
            states.add(new MonthState(businessUnit, month, records.get(month), month.isBefore(current)));
        }
        return states;
    }

    /** The closed (and reopened) months of a BU, newest first; of every BU when no code is given. */
    public List<ClosedMonth> months(String buCode) {
        currentCaller.get();
        return months.of(buCode == null || buCode.isBlank() ? null : businessUnit(buCode));
    }

    private OrgUnit businessUnit(String code) {
        return organisation.orgUnitByCode(code == null ? "" : code.strip())
                .filter(unit -> unit.getKind() == OrgUnitKind.BU)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "closing.bu.unknown",
                        String.valueOf(code)));
    }
}
