package org.fieldstock.application.requisition;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldstock.domain.requisition.RequisitionEvent;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.user.Role;

/**
 * A week of a BU's (or a site's, or the organisation's) requisitions, Monday to Sunday, as they
 * stood at the week's end: every one open at some time in the week, what happened to it that week,
 * who it waited for, and whether the planner's check was late; and the week's counts.
 *
 * @param unitCode the BU or site reported on; null for every site the caller sees
 * @param monday   the week's first day
 */
public record WeeklyProgress(String unitCode, LocalDate monday, List<Row> rows, Counts counts)
        implements Serializable {

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /**
     * One requisition: its state at the week's end, the steps taken in the week, the days since it
     * was filed (or drafted) to the week's end, and the planner's clock.
     */
    public record Row(long id, String number, String siteCode, Instant createdAt, Instant filedAt,
            RequisitionStatus status, Role waitingFor, long ageDays, Instant checkDueAt, boolean checkLate,
            List<RequisitionEvent.Step> stepsThisWeek, int lineCount) implements Serializable {
    }

    /** Filed, approved, closed and refused in the week; open and late at its end. */
    public record Counts(int filed, int approved, int closed, int refused, int openAtEnd, int late)
            implements Serializable {
    }
}
