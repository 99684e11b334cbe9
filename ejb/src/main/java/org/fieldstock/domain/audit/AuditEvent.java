package org.fieldstock.domain.audit;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fieldstock.domain.shared.BaseEntity;

/** One entry of the audit trail. Never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity {

    static final int MAX_ACTOR = 50;
    static final int MAX_REF = 60;
    static final int MAX_DETAIL = 1000;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The user who acted; for a failed login, the name that was typed. */
    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private AuditSubject subjectType;

    /** Document number, user name, item code...: what the entry is about, as users name it. */
    @Column(name = "subject_ref", updatable = false)
    private String subjectRef;

    /** The org unit the subject belongs to (a document's store owner), for scoping searches. */
    @Column(name = "org_unit_code", updatable = false)
    private String orgUnitCode;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, AuditSubject subjectType, String subjectRef,
            String orgUnitCode, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = cut(Objects.requireNonNull(actor), MAX_ACTOR);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectRef = cut(subjectRef, MAX_REF);
        this.orgUnitCode = orgUnitCode;
        this.detail = cut(detail, MAX_DETAIL);
    }

    /** Typed text (a failed login's user name) can be longer than the column; keep what fits, marked. */
    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditSubject getSubjectType() {
        return subjectType;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    public String getDetail() {
        return detail;
    }
}
