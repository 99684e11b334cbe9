package org.fieldstock.domain.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * A BU's month that has been closed, and reopened perhaps: one row per BU and month, its latest
 * close and reopening on it (the audit trail keeps every one).
 */
@Entity
@Table(name = "closed_month")
public class ClosedMonth extends BaseEntity {

    public static final int MAX_REASON_LENGTH = 500;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "bu_id", nullable = false, updatable = false)
    private OrgUnit businessUnit;

    @Column(name = "period", nullable = false, updatable = false, length = 7)
    private String period;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @Column(name = "closed_by", nullable = false)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "reopened_by")
    private String reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ClosedMonth() {
    }

    /** Closes a month that has ended. */
    public ClosedMonth(OrgUnit businessUnit, YearMonth month, LocalDate today, String user, Instant now) {
        if (businessUnit == null || businessUnit.getKind() != OrgUnitKind.BU) {
            throw new BusinessException(BusinessException.Kind.INVALID, "closing.bu.required");
        }
        this.businessUnit = businessUnit;
        this.period = requireEnded(month, today).toString();
        close(today, user, now);
    }

    private static YearMonth requireEnded(YearMonth month, LocalDate today) {
        if (month == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "closing.month.required");
        }
        if (!month.isBefore(YearMonth.from(today))) {
            throw new BusinessException(BusinessException.Kind.INVALID, "closing.month.notEnded", month.toString());
        }
        return month;
    }

    /** Closes the month (again, after a reopening). */
    public void close(LocalDate today, String user, Instant now) {
        if (closed && closedBy != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "closing.alreadyClosed", period,
                    businessUnit.getCode());
        }
        closed = true;
        closedBy = Objects.requireNonNull(user);
        closedAt = Objects.requireNonNull(now);
    }

    /** The planning office opens the month again, saying why. */
    public void reopen(String reason, String user, Instant now) {
        if (!closed) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "closing.notClosed", period,
                    businessUnit.getCode());
        }
        List<Problem> problems = new ArrayList<>();
        String cleaned = TextRules.clean(reason);
        TextRules.required(problems, cleaned, MAX_REASON_LENGTH, "closing.field.reason");
        TextRules.throwIfAny(problems);
        closed = false;
        reopenedBy = user;
        reopenedAt = now;
        reopenReason = cleaned;
    }

    public OrgUnit getBusinessUnit() {
        return businessUnit;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(period);
    }

    public boolean isClosed() {
        return closed;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public int getVersion() {
        return version;
    }
}
