package org.fieldstock.domain.requisition;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/** One step of a requisition's way, never changed: what was done, by whom, when, and why if refused or sent back. */
@Entity
@Table(name = "requisition_event")
public class RequisitionEvent extends BaseEntity {

    /** What a step was: an action of a user, or what the receipts did (closed, reopened). */
    public enum Step {
        CREATED, MODIFIED, WITHDRAW, SIGN, CHECK, SUPERVISE, APPROVE, SEND_BACK, REFUSE, CLOSED, REOPENED;

        static Step of(RequisitionAction action) {
            return valueOf(action.name());
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requisition_id", nullable = false, updatable = false)
    private Requisition requisition;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private RequisitionStatus statusAfter;

    @Column(name = "done_by", nullable = false, updatable = false)
    private String doneBy;

    @Column(name = "done_at", nullable = false, updatable = false)
    private Instant doneAt;

    @Column(name = "reason", updatable = false)
    private String reason;

    protected RequisitionEvent() {
    }

    RequisitionEvent(Requisition requisition, Step step, String doneBy, Instant doneAt, String reason) {
        this.requisition = Objects.requireNonNull(requisition);
        this.step = Objects.requireNonNull(step);
        this.statusAfter = requisition.getStatus();
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
        this.reason = reason;
    }

    public Step getStep() {
        return step;
    }

    public RequisitionStatus getStatusAfter() {
        return statusAfter;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getReason() {
        return reason;
    }
}
