package org.fieldstock.application.requisition;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionEvent;
import org.fieldstock.domain.requisition.RequisitionRepository;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.user.Role;

/**
 * The weekly progress report of requisitions (3篇 1.1: the BU follows each one until it arrives):
 * a week read back from each requisition's steps, so that last week's report says what it said
 * last week.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ACCOUNTANT_NAME, Role.BU_MANAGER_NAME, Role.BU_PLANNER_NAME,
        Role.BU_SUPERVISOR_NAME, Role.KEEPER_NAME, Role.SITE_CHIEF_NAME, Role.VIEWER_NAME})
public class RequisitionProgress {

    @Inject
    private RequisitionRepository requisitions;

    @Inject
    private RequisitionScope scopes;

    @Inject
    private RequisitionService service;

    /** The BUs and sites the caller may ask the report of. */
    public List<org.fieldstock.domain.organisation.OrgUnit> units() {
        return scopes.units();
    }

    /** The week holding {@code day} (this week when none), of the unit given or all the caller sees. */
    public WeeklyProgress week(String unitCode, LocalDate day) {
        RequisitionScope.Within scope = scopes.of(unitCode);
        LocalDate monday = (day == null ? LocalDate.now() : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String unit = scope.unit() == null ? null : scope.unit().getCode();
        if (scope.nothing()) {
            return new WeeklyProgress(unit, monday, List.of(), new WeeklyProgress.Counts(0, 0, 0, 0, 0, 0));
        }
        ZoneId zone = ZoneId.systemDefault();
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        // a week's end in the future reads the requisitions as they stand now
        Instant asOf = end.isAfter(Instant.now()) ? Instant.now() : end;
        Duration checkWithin = service.checkWithin();
        List<WeeklyProgress.Row> rows = new ArrayList<>();
        int filed = 0;
        int approved = 0;
        int closed = 0;
        int refused = 0;
        for (Requisition requisition : requisitions.activeBetween(scope.unit(), start, end)) {
            RequisitionStatus atEnd = requisition.statusAt(asOf).orElse(null);
            RequisitionStatus atStart = requisition.statusAt(start).orElse(null);
            if (atEnd == null || atStart != null && !atStart.isOpen()) {
                continue;
            }
            List<RequisitionEvent.Step> steps = requisition.stepsBetween(start, end).stream()
                    .map(RequisitionEvent::getStep).toList();
            filed += steps.contains(RequisitionEvent.Step.SIGN) ? 1 : 0;
            approved += steps.contains(RequisitionEvent.Step.APPROVE) ? 1 : 0;
            closed += atEnd == RequisitionStatus.CLOSED && steps.contains(RequisitionEvent.Step.CLOSED) ? 1 : 0;
            refused += steps.contains(RequisitionEvent.Step.REFUSE) ? 1 : 0;
            Instant filedAt = requisition.filedBy(asOf).orElse(null);
            Instant since = filedAt == null ? requisition.getCreatedAt() : filedAt;
            rows.add(new WeeklyProgress.Row(requisition.getId(), requisition.getNumber(),
                    requisition.getSite().getCode(), requisition.getCreatedAt(), filedAt, atEnd,
                    atEnd.isOpen() ? atEnd.signer() : null, Duration.between(since, asOf).toDays(),
                    filedAt == null ? null : filedAt.plus(checkWithin), requisition.checkLateAt(asOf, checkWithin),
                    steps, requisition.getLines().size()));
        }
        // the late ones first, then the oldest
        rows.sort(Comparator.comparing(WeeklyProgress.Row::checkLate).reversed()
                .thenComparing(Comparator.comparingLong(WeeklyProgress.Row::ageDays).reversed())
                .thenComparing(WeeklyProgress.Row::number));
        int open = (int) rows.stream().filter(r -> r.status().isOpen()).count();
        int late = (int) rows.stream().filter(WeeklyProgress.Row::checkLate).count();
        return new WeeklyProgress(unit, monday, rows, new WeeklyProgress.Counts(filed, approved, closed, refused, open,
                late));
    }
}
