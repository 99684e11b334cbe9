package org.fieldstock.interfaces.requisition.web;

import java.io.Serializable;
import java.time.Instant;

import org.fieldstock.domain.requisition.Requisition;
import org.fieldstock.domain.requisition.RequisitionStatus;
import org.fieldstock.domain.user.Role;

/** A requisition as the list shows it: where it is, who it waits for since when, the planner's clock. */
public record RequisitionRow(long id, String number, String siteCode, RequisitionStatus status, Role waitingFor,
        Instant stepSince, Instant checkDueAt, boolean checkOverdue, int lineCount, String createdBy)
        implements Serializable {

    public static RequisitionRow of(Requisition r, Instant now) {
        return new RequisitionRow(r.getId(), r.getNumber(), r.getSite().getCode(), r.getStatus(),
                r.waitingFor().orElse(null), r.getStepSince(), r.getCheckDueAt(), r.isCheckOverdue(now),
                r.getLines().size(), r.getCreatedBy());
    }
}
