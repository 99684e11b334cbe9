package org.fieldstock.domain.dailyreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

import org.fieldstock.domain.document.DocumentLine;
import org.fieldstock.domain.document.Quantity;
import org.fieldstock.domain.organisation.OrgUnit;
import org.fieldstock.domain.organisation.OrgUnitKind;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * A site's report of one day: its movements as the keeper wrote them (none is a report too: nothing
 * moved), when it came in and why late, and, once the BU accountant has made documents of it,
 * who did so. One per site and day; the keeper corrects it until the documents are made.
 */
@Entity
@Table(name = "daily_report")
public class DailyReport extends BaseEntity {

    public static final int MAX_LINES = 500;
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_CODE_LENGTH = 40;
    public static final int MAX_NAME_LENGTH = 200;
    /** A document line's remark holds 300 characters, and the batch of goods coming in goes there too. */
    public static final int MAX_REMARK_LENGTH = DocumentLine.MAX_REMARK_LENGTH - 50;
    public static final int MAX_SERIALS_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "site_id", nullable = false, updatable = false)
    private OrgUnit site;

    @Column(name = "report_date", nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReportStatus status;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "late_reason")
    private String lateReason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<DailyReportLine> lines = new ArrayList<>();

    protected DailyReport() {
    }

    /**
     * The report as first submitted. A day still to come cannot be reported; one reported after its
     * deadline needs the keeper's reason.
     */
    public DailyReport(OrgUnit site, LocalDate day, List<ReportLineInput> lines, String lateReason, LocalDate today,
            Instant deadline, String user, Instant now) {
        if (site == null || site.getKind() != OrgUnitKind.SITE) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.site.required");
        }
        if (day == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.date.required");
        }
        if (day.isAfter(today)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "dailyReport.date.future", day);
        }
        this.site = site;
        this.day = day;
        this.status = ReportStatus.SUBMITTED;
        this.submittedBy = Objects.requireNonNull(user);
        this.submittedAt = Objects.requireNonNull(now);
        List<Problem> problems = new ArrayList<>();
        this.lateReason = reason(lateReason, now.isAfter(deadline), problems);
        fill(lines, problems);
    }

    /** The keeper's (or the accountant's) correction before documents are made of it; the submission time stays. */
    public void correct(List<ReportLineInput> newLines, String lateReason, Instant deadline, String user,
            Instant now) {
        requireSubmitted();
        List<Problem> problems = new ArrayList<>();
        String reason = reason(lateReason == null ? this.lateReason : lateReason, submittedAt.isAfter(deadline),
                problems);
        fill(newLines, problems);
        this.lateReason = reason;
        changedBy = user;
        changedAt = now;
    }

    /** The BU made draft documents of it: each line names its document. */
    public void drafted(Map<Integer, String> documentByLine, String user, Instant now) {
        requireSubmitted();
        for (DailyReportLine line : lines) {
            line.drafted(documentByLine.get(line.getLineNo()));
        }
        status = ReportStatus.DRAFTED;
        draftedBy = user;
        draftedAt = now;
    }

    /** Refuses a report whose documents were made already: they are made once. */
    public void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "dailyReport.alreadyDrafted",
                    site.getCode(), day);
        }
    }

    /** Late when it came in after the deadline; the reason is then required (and otherwise kept if given). */
    private static String reason(String text, boolean late, List<Problem> problems) {
        String cleaned = TextRules.clean(text);
        if (late && cleaned == null) {
            problems.add(new Problem("dailyReport.lateReason.required"));
        }
        TextRules.optional(problems, cleaned, MAX_REASON_LENGTH, "dailyReport.field.lateReason");
        return cleaned;
    }

    private void fill(List<ReportLineInput> newLines, List<Problem> problems) {
        List<ReportLineInput> given = newLines == null ? List.of() : newLines;
        if (given.size() > MAX_LINES) {
            problems.add(new Problem("dailyReport.lines.tooMany", MAX_LINES));
        }
        int lineNo = 0;
        for (ReportLineInput line : given) {
            lineNo++;
            check(line, lineNo, problems);
        }
        TextRules.throwIfAny(problems);
        lines.clear();
        lineNo = 0;
        for (ReportLineInput line : given) {
            lines.add(new DailyReportLine(this, ++lineNo, line));
        }
    }

    /** What a line must be to be taken in at all; whether it makes a document is the BU's check. */
    private void check(ReportLineInput line, int lineNo, List<Problem> problems) {
        if (line.store() == null || !line.store().getOwner().equals(site)) {
            problems.add(new Problem("dailyReport.line.store", lineNo, site.getCode()));
        }
        if (line.itemCode() == null || line.itemCode().isBlank()) {
            problems.add(new Problem("dailyReport.line.item", lineNo));
        } else if (line.itemCode().length() > MAX_CODE_LENGTH) {
            problems.add(new Problem("dailyReport.line.tooLong", lineNo, line.itemCode()));
        }
        BigDecimal quantity = line.quantity();
        if (quantity == null || quantity.signum() == 0) {
            problems.add(new Problem("dailyReport.line.quantity", lineNo));
        } else if (!Quantity.fits(quantity)) {
            problems.add(new Problem("dailyReport.line.quantityInvalid", lineNo, quantity.toPlainString()));
        }
        BigDecimal balance = line.balance();
        if (balance != null && (balance.signum() < 0 || !Quantity.fits(balance))) {
            problems.add(new Problem("dailyReport.line.balanceInvalid", lineNo, balance.toPlainString()));
        }
        tooLong(line.itemName(), MAX_NAME_LENGTH, lineNo, problems);
        tooLong(line.supplierCode(), MAX_CODE_LENGTH, lineNo, problems);
        tooLong(line.turbineNo(), MAX_CODE_LENGTH, lineNo, problems);
        tooLong(line.batchNo(), MAX_CODE_LENGTH, lineNo, problems);
        tooLong(line.serials(), MAX_SERIALS_LENGTH, lineNo, problems);
        tooLong(line.remark(), MAX_REMARK_LENGTH, lineNo, problems);
    }

    private static void tooLong(String text, int max, int lineNo, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new Problem("dailyReport.line.tooLong", lineNo, text.substring(0, 20) + "…"));
        }
    }

    public OrgUnit getSite() {
        return site;
    }

    public LocalDate getDay() {
        return day;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getLateReason() {
        return lateReason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<DailyReportLine> getLines() {
        return List.copyOf(lines);
    }
}
