package org.fieldstock.domain.stocktake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.StoredMessage;
import org.fieldstock.domain.shared.TextRules;

/**
 * A stocktake campaign (盘点): the stores of its scope, each counted on a sheet of its own by the
 * deadline. In a blind campaign the counters do not see the book quantities while they count.
 */
@Entity
@Table(name = "stocktake_campaign")
public class StocktakeCampaign extends BaseEntity {

    public static final int MAX_REMARK_LENGTH = 500;
    public static final int MAX_FAILURE_LENGTH = 500;

    @Column(name = "campaign_number", nullable = false, unique = true, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private CampaignKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scope_unit_id", nullable = false, updatable = false)
    private OrgUnit scope;

    @Column(name = "period_label", nullable = false, updatable = false)
    private String period;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "blind", nullable = false, updatable = false)
    private boolean blind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CampaignStatus status;

    @Column(name = "stores_total", nullable = false, updatable = false)
    private int storesTotal;

    @Column(name = "stores_frozen", nullable = false)
    private int storesFrozen;

    /** Why opening stopped, as a {@link StoredMessage} (earlier versions stored the error's own text). */
    @Column(name = "failure")
    private String failure;

    @Column(name = "remark")
    private String remark;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StocktakeCampaign() {
    }

    /** A campaign being opened over the given number of stores. Throws with every broken rule at once. */
    public StocktakeCampaign(String number, CampaignKind kind, OrgUnit scope, LocalDate deadline, boolean blind,
            String remark, int storesTotal, LocalDate today, String user, Instant now) {
        List<Problem> problems = check(kind, scope, deadline, remark, storesTotal, today);
        TextRules.throwIfAny(problems);
        this.number = Objects.requireNonNull(number);
        this.kind = kind;
        this.scope = scope;
        this.period = kind.periodOf(today);
        this.deadline = deadline;
        this.blind = blind;
        this.remark = TextRules.clean(remark);
        this.storesTotal = storesTotal;
        this.status = CampaignStatus.OPENING;
        this.createdBy = Objects.requireNonNull(user);
        this.createdAt = Objects.requireNonNull(now);
    }

    public static List<Problem> check(CampaignKind kind, OrgUnit scope, LocalDate deadline, String remark,
            int storesTotal, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("stocktake.kind.required"));
        } else if (scope == null || !kind.countsStoresOf(scope.getKind())) {
            problems.add(new Problem("stocktake.scope.wrongKind", MessageKey.of(kind),
                    new MessageKey("stocktake.scope.of." + kind.name())));
        }
        if (deadline == null) {
            problems.add(new Problem("stocktake.deadline.required"));
        } else if (deadline.isBefore(today)) {
            problems.add(new Problem("stocktake.deadline.past", deadline.toString()));
        }
        String cleaned = TextRules.clean(remark);
        if (cleaned != null && cleaned.length() > MAX_REMARK_LENGTH) {
            problems.add(new Problem("stocktake.remark.tooLong", MAX_REMARK_LENGTH));
        }
        if (storesTotal <= 0 && problems.isEmpty()) {
            problems.add(new Problem("stocktake.stores.none", scope.getCode()));
        }
        return problems;
    }

    /** Notes that more stores are frozen; once all are, the campaign is open for counting. */
    public void frozen(int stores, Instant now) {
        if (status != CampaignStatus.OPENING) {
            throw new IllegalStateException(number + " is " + status);
        }
        storesFrozen = Math.min(storesTotal, storesFrozen + stores);
        if (storesFrozen == storesTotal) {
            status = CampaignStatus.OPEN;
            openedAt = now;
        }
    }

    /** Opening stopped: nothing can be counted; the campaign can only be discarded. */
    public void failed(StoredMessage reason) {
        status = CampaignStatus.FAILED;
        String text = reason.encoded();
        failure = text.length() > MAX_FAILURE_LENGTH ? text.substring(0, MAX_FAILURE_LENGTH) : text;
    }

    /** Ends the campaign: nothing more is counted or decided in it. */
    public void close(String user, Instant now) {
        requireOpen();
        status = CampaignStatus.CLOSED;
        closedBy = user;
        closedAt = now;
    }

    /** Counts are entered, submitted and decided only in an open campaign. */
    public void requireOpen() {
        if (status != CampaignStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.campaign.notOpen", number,
                    MessageKey.of(status));
        }
    }

    /** Whether a sheet not yet submitted counts as late on that day. */
    public boolean isPastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }

    /** How far opening has come, 0 to 100. */
    public int openingProgress() {
        return storesTotal == 0 ? 100 : storesFrozen * 100 / storesTotal;
    }

    public String getNumber() {
        return number;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public OrgUnit getScope() {
        return scope;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isBlind() {
        return blind;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public int getStoresTotal() {
        return storesTotal;
    }

    public int getStoresFrozen() {
        return storesFrozen;
    }

    public String getFailure() {
        return failure;
    }

    public String getRemark() {
        return remark;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getVersion() {
        return version;
    }
}
