package org.fieldstock.domain.requisition;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.request.PhotoType;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.Refusal;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * A site's requisition (内部联络单, 3篇 1.1): lines of tools, consumables and spares, each with its
 * quantity, urgency and reason. The site drafts it and its chief signs it (it is then filed with
 * the BU, whose planner must check it within {@code checkWithin}); the BU supervisor and the BU
 * manager sign it, and it is approved: sent to production management to ship or buy. The site's
 * receipts close it. At each signature the signer may instead send it back to the site, which may
 * then change it (or withdraw it), or refuse it; both need a reason. Every step is kept.
 */
@Entity
@Table(name = "requisition")
public class Requisition extends BaseEntity {

    public static final int MAX_REMARK_LENGTH = 500;
    public static final int MAX_REASON_LENGTH = 500;
    /** At most so many photos on a requisition, each at most so large (as on an item-code request). */
    public static final int MAX_PHOTOS = 5;
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "req_number", nullable = false, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private OrgUnit site;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RequisitionStatus status;

    @Column(name = "remark")
    private String remark;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "check_due_at")
    private Instant checkDueAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "step_since", nullable = false)
    private Instant stepSince;

    @OneToMany(mappedBy = "requisition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<RequisitionLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "requisition", cascade = CascadeType.PERSIST)
    @OrderBy("doneAt, id")
    private List<RequisitionEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "requisition", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    @OrderBy("position")
    private List<RequisitionPhoto> photos = new ArrayList<>();

    protected Requisition() {
    }

    /** A new draft of a site's requisition. Throws with every problem of its lines at once. */
    public Requisition(String number, OrgUnit site, String remark, List<NewRequisitionLine> newLines, String user,
            Instant now) {
        if (site.getKind() != OrgUnitKind.SITE) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.site.notASite", site.getCode());
        }
        this.number = Objects.requireNonNull(number);
        this.site = site;
        this.status = RequisitionStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(user);
        this.createdAt = Objects.requireNonNull(now);
        this.stepSince = now;
        fill(remark, newLines);
        events.add(new RequisitionEvent(this, RequisitionEvent.Step.CREATED, user, now, null));
    }

    /** Changes a draft: its lines and remark. */
    public void modify(String newRemark, List<NewRequisitionLine> newLines, String user, Instant now) {
        requireStatus(RequisitionAction.MODIFY);
        fill(newRemark, newLines);
        events.add(new RequisitionEvent(this, RequisitionEvent.Step.MODIFIED, user, now, null));
    }

    private void fill(String newRemark, List<NewRequisitionLine> newLines) {
        List<Problem> problems = new ArrayList<>(RequisitionLineRules.problems(site, newLines));
        String cleaned = newRemark == null || newRemark.isBlank() ? null : newRemark.strip();
        if (cleaned != null && cleaned.length() > MAX_REMARK_LENGTH) {
            problems.add(new Problem("requisition.remark.tooLong", MAX_REMARK_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, problems);
        }
        remark = cleaned;
        lines.clear();
        int lineNo = 0;
        for (NewRequisitionLine line : newLines) {
            lines.add(new RequisitionLine(this, ++lineNo, line));
        }
    }

    /**
     * Why the caller may not do the action now, or empty if they may: first their role and org
     * scope, then the requisition's state. The service refuses with it and screens bind buttons to it.
     */
    public Optional<Refusal> whyNot(RequisitionAction action, Caller caller) {
        boolean allowed = switch (action) {
            case MODIFY, WITHDRAW -> caller.mayDraftRequisitionFor(site);
            case SIGN, CHECK, SUPERVISE, APPROVE -> caller.maySignRequisitionAs(signerOf(action), site);
            case SEND_BACK, REFUSE -> status.isBeingSigned() && caller.maySignRequisitionAs(status.signer(), site)
                    || !status.isBeingSigned() && caller.maySignRequisitionAs(Role.BU_PLANNER, site);
        };
        if (!allowed) {
            return Optional.of(new Refusal(BusinessException.Kind.FORBIDDEN, List.of(new Problem(
                    "requisition.action.notYours", MessageKey.of(action), number, caller.getUsername()))));
        }
        return Refusal.of(() -> requireStatus(action));
    }

    private static Role signerOf(RequisitionAction action) {
        return action.signedIn().signer();
    }

    private void requireStatus(RequisitionAction action) {
        boolean fits = switch (action) {
            case MODIFY, WITHDRAW -> status == RequisitionStatus.DRAFT;
            case SIGN, CHECK, SUPERVISE, APPROVE -> status == action.signedIn();
            case SEND_BACK, REFUSE -> status.isBeingSigned();
        };
        if (!fits) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "requisition.action.notNow",
                    MessageKey.of(action), number, MessageKey.of(status));
        }
    }

    /**
     * Does a step the caller may do ({@link #whyNot} is asked first): a signature moves it on, sending
     * back makes it a draft again, refusing ends it. The chief's signature files it with the BU and
     * starts the planner's clock of {@code checkWithin}.
     */
    public void perform(RequisitionAction action, String reason, Caller caller, Instant now, Duration checkWithin) {
        whyNot(action, caller).ifPresent(refusal -> {
            throw refusal.toException();
        });
        if (action == RequisitionAction.MODIFY) {
            throw new IllegalArgumentException("a change is made by modify()");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.needsReason() && why == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.reasonRequired",
                    MessageKey.of(action));
        }
        if (why != null && why.length() > MAX_REASON_LENGTH) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.reasonTooLong",
                    MAX_REASON_LENGTH);
        }
        status = action.leadsTo();
        stepSince = now;
        switch (action) {
            case SIGN -> {
                filedAt = now;
                checkDueAt = now.plus(checkWithin);
            }
            case CHECK -> checkedAt = now;
            case APPROVE -> approvedAt = now;
            case SEND_BACK -> {
                filedAt = null;
                checkDueAt = null;
                checkedAt = null;
            }
            default -> {
            }
        }
        events.add(new RequisitionEvent(this, RequisitionEvent.Step.of(action), caller.getUsername(), now, why));
    }

    /**
     * What the site's receipts brought so far, per line: an approved requisition closes once every
     * line has all it asked for, and opens again when a receipt is taken back.
     */
    public void delivered(Map<RequisitionLine, BigDecimal> received, String user, Instant now) {
        boolean complete = lines.stream().allMatch(line -> received.getOrDefault(line, BigDecimal.ZERO)
                .compareTo(line.getQuantity()) >= 0);
        if (status == RequisitionStatus.APPROVED && complete) {
            status = RequisitionStatus.CLOSED;
            closedAt = now;
            stepSince = now;
            events.add(new RequisitionEvent(this, RequisitionEvent.Step.CLOSED, user, now, null));
        } else if (status == RequisitionStatus.CLOSED && !complete) {
            status = RequisitionStatus.APPROVED;
            closedAt = null;
            stepSince = now;
            events.add(new RequisitionEvent(this, RequisitionEvent.Step.REOPENED, user, now, null));
        }
    }

    /**
     * Adds a photo (JPEG or PNG, at most {@link #MAX_PHOTO_BYTES}; at most {@link #MAX_PHOTOS}) to the
     * draft, by whoever may change it: after the chief's signature only a requisition sent back changes.
     */
    public RequisitionPhoto addPhoto(byte[] content, Caller caller, Instant now) {
        whyNot(RequisitionAction.MODIFY, caller).ifPresent(refusal -> {
            throw refusal.toException();
        });
        if (photos.size() >= MAX_PHOTOS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "requisition.photos.tooMany", MAX_PHOTOS);
        }
        PhotoType type = PhotoType.requirePicture(content, MAX_PHOTO_BYTES);
        int position = photos.stream().mapToInt(RequisitionPhoto::getPosition).max().orElse(0) + 1;
        RequisitionPhoto photo = new RequisitionPhoto(this, position, type, content, caller.getUsername(), now);
        photos.add(photo);
        return photo;
    }

    /** Removes a photo from the draft, by whoever may change it. */
    public void removePhoto(int position, Caller caller) {
        whyNot(RequisitionAction.MODIFY, caller).ifPresent(refusal -> {
            throw refusal.toException();
        });
        RequisitionPhoto photo = photo(position).orElseThrow(() -> new NotFoundException("requisition.photo.notFound",
                position, number));
        photos.remove(photo);
    }

    public Optional<RequisitionPhoto> photo(int position) {
        return photos.stream().filter(p -> p.getPosition() == position).findFirst();
    }

    public List<RequisitionPhoto> getPhotos() {
        return java.util.Collections.unmodifiableList(photos);
    }

    /** Whether the planner's check is late: filed, not checked, past its due time. */
    public boolean isCheckOverdue(Instant now) {
        return status == RequisitionStatus.FILED && checkDueAt != null && now.isAfter(checkDueAt);
    }

    /**
     * Its status at a moment, from its steps: after the last one taken by then; empty if it was not
     * yet drafted. A past week's report reads the requisition as it stood at the week's end.
     */
    public Optional<RequisitionStatus> statusAt(Instant moment) {
        RequisitionStatus at = null;
        for (RequisitionEvent event : events) {
            if (event.getDoneAt().isAfter(moment)) {
                break;
            }
            at = event.getStatusAfter();
        }
        return Optional.ofNullable(at);
    }

    /** The steps taken from {@code from} (inclusive) to {@code to} (exclusive), in their order. */
    public List<RequisitionEvent> stepsBetween(Instant from, Instant to) {
        return events.stream().filter(e -> !e.getDoneAt().isBefore(from) && e.getDoneAt().isBefore(to)).toList();
    }

    /**
     * When it was last filed by that moment (the chief's signature since it was last sent back), if
     * it was.
     */
    public Optional<Instant> filedBy(Instant moment) {
        Instant filed = null;
        for (RequisitionEvent event : events) {
            if (event.getDoneAt().isAfter(moment)) {
                break;
            }
            if (event.getStep() == RequisitionEvent.Step.SIGN) {
                filed = event.getDoneAt();
            } else if (event.getStep() == RequisitionEvent.Step.SEND_BACK) {
                filed = null;
            }
        }
        return Optional.ofNullable(filed);
    }

    /**
     * Whether the planner's check was late as it stood at that moment: checked after its clock ran
     * out, or filed and still unchecked past it.
     */
    public boolean checkLateAt(Instant moment, Duration checkWithin) {
        Optional<Instant> filed = filedBy(moment);
        if (filed.isEmpty()) {
            return false;
        }
        Instant due = filed.get().plus(checkWithin);
        Optional<Instant> checked = events.stream().filter(e -> e.getStep() == RequisitionEvent.Step.CHECK
                && !e.getDoneAt().isBefore(filed.get()) && !e.getDoneAt().isAfter(moment))
                .map(RequisitionEvent::getDoneAt).findFirst();
        if (checked.isPresent()) {
            return checked.get().isAfter(due);
        }
        return statusAt(moment).orElse(null) == RequisitionStatus.FILED && moment.isAfter(due);
    }

    /** Who it waits for now: a signer's role, or none (a draft waits for the site, an approved one for delivery). */
    public Optional<Role> waitingFor() {
        return Optional.ofNullable(status.isBeingSigned() || status == RequisitionStatus.DRAFT ? status.signer() : null);
    }

    public int getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public OrgUnit getSite() {
        return site;
    }

    public RequisitionStatus getStatus() {
        return status;
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

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getCheckDueAt() {
        return checkDueAt;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getStepSince() {
        return stepSince;
    }

    public List<RequisitionLine> getLines() {
        return List.copyOf(lines);
    }

    public List<RequisitionEvent> getEvents() {
        return List.copyOf(events);
    }
}
