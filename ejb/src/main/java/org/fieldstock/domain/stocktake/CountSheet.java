package org.fieldstock.domain.stocktake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.document.NewLine;
import org.fieldstock.domain.document.StockDocument;
import org.fieldstock.domain.item.Item;
import org.fieldstock.domain.organisation.Store;
import org.fieldstock.domain.shared.BaseEntity;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.MessageKey;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.shared.TextRules;

/**
 * The count sheet of one store in a campaign: who counted and who witnessed (监盘), and its lines.
 * The lines are not mapped here (a store may hold thousands of items); the repository loads them
 * in row order (item code) and the sheet's rules take them as arguments.
 */
@Entity
@Table(name = "count_sheet")
public class CountSheet extends BaseEntity {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_COMMENT_LENGTH = 500;
    /** Submission lists at most so many problems; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    /** Lines in row order, as the sheet is printed and exported. */
    public static final Comparator<CountLine> ROW_ORDER = Comparator.comparing(l -> l.getItem().getCode());

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private StocktakeCampaign campaign;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "store_id", nullable = false, updatable = false)
    private Store store;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SheetStatus status;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    /** Changes with every count recorded, so that the sheet's version tells a change made meanwhile. */
    @Column(name = "last_counted_at")
    private Instant lastCountedAt;

    @Column(name = "counted_by")
    private String countedBy;

    @Column(name = "witnessed_by")
    private String witnessedBy;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "gain_document_id")
    private StockDocument gainDocument;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "loss_document_id")
    private StockDocument lossDocument;

    // the figures, kept once final (approved, or the campaign closed); null while they may change
    @Column(name = "total_lines")
    private Long totalLines;

    @Column(name = "total_counted")
    private Long totalCounted;

    @Column(name = "total_gain_lines")
    private Long totalGainLines;

    @Column(name = "total_loss_lines")
    private Long totalLossLines;

    @Column(name = "total_gain_value")
    private BigDecimal totalGainValue;

    @Column(name = "total_loss_value")
    private BigDecimal totalLossValue;

    @Column(name = "total_book_value")
    private BigDecimal totalBookValue;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CountSheet() {
    }

    public CountSheet(StocktakeCampaign campaign, Store store) {
        this.campaign = Objects.requireNonNull(campaign);
        this.store = Objects.requireNonNull(store);
        this.status = SheetStatus.NOT_STARTED;
    }

    /** Its lines hold the store's book quantities as of that instant. */
    public void frozen(Instant at) {
        frozenAt = at;
    }

    /** Counts, counter and witness change only while the campaign is open and the sheet not submitted. */
    public void requireCountable() {
        campaign.requireOpen();
        if (!status.open()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.sheet.notCountable",
                    store.getCode(), MessageKey.of(status));
        }
    }

    /** Who counted and who witnessed; either may be left for later, but submission needs both. */
    public void nameTeam(String counter, String witness) {
        requireCountable();
        List<Problem> problems = new ArrayList<>();
        String cleanCounter = TextRules.clean(counter);
        String cleanWitness = TextRules.clean(witness);
        TextRules.optional(problems, cleanCounter, MAX_NAME_LENGTH, "stocktake.field.counter");
        TextRules.optional(problems, cleanWitness, MAX_NAME_LENGTH, "stocktake.field.witness");
        TextRules.throwIfAny(problems);
        countedBy = cleanCounter;
        witnessedBy = cleanWitness;
        started();
    }

    /**
     * Whether the counting instant is possible: not before the sheet was frozen (the books then are
     * what the sheet shows) and not in the future.
     */
    public void requireCountingInstant(Instant at, Instant now) {
        if (at.isAfter(now) || frozenAt != null && at.isBefore(frozenAt)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "stocktake.countedAt.outside",
                    frozenAt == null ? "" : frozenAt.toString(), now.toString());
        }
    }

    /**
     * The problems of these counts against this sheet's lines (by item code): each count checked,
     * an item counted twice, an item neither on the sheet nor known. Items known but not on the
     * sheet are found goods: the caller adds lines for them.
     */
    public static List<Problem> check(List<CountEntry> entries, Map<String, CountLine> linesByCode,
            Map<String, Item> knownItems) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CountEntry entry : entries) {
            if (entry.itemCode() == null || entry.itemCode().isEmpty()) {
                problems.add(new Problem("stocktake.item.required", entry.row()));
                continue;
            }
            CountLine line = linesByCode.get(entry.itemCode());
            Item item = line != null ? line.getItem() : knownItems.get(entry.itemCode());
            if (item == null) {
                problems.add(new Problem("stocktake.item.unknown", entry.row(), entry.itemCode()));
                continue;
            }
            if (!seen.add(item.getCode())) {
                problems.add(new Problem("stocktake.item.twice", entry.row(), item.getCode()));
            }
            problems.addAll(CountLine.check(entry, item));
        }
        return problems;
    }

    /** A line for an item found that the books do not list. */
    public CountLine lineForFoundItem(Item item) {
        requireCountable();
        return new CountLine(this, item);
    }

    /** Records a checked count; {@code expected} is the book quantity at the moment of counting. */
    public void record(CountLine line, CountEntry entry, BigDecimal expected, Instant at, String user) {
        requireCountable();
        if (!line.getSheetId().equals(getId())) {
            throw new IllegalArgumentException("line of another sheet");
        }
        line.count(entry, expected, at, user);
        lastCountedAt = at;
        started();
    }

    private void started() {
        if (status == SheetStatus.NOT_STARTED) {
            status = SheetStatus.COUNTING;
        }
    }

    /**
     * Hands the sheet to the BU manager: every line counted, every difference explained (and for
     * tracked items made of batch or serials), counter and witness named. Throws with the problems.
     */
    public void submit(List<CountLine> lines, String user, Instant now) {
        requireCountable();
        List<Problem> problems = new ArrayList<>();
        if (countedBy == null) {
            problems.add(new Problem("masterData.required", new MessageKey("stocktake.field.counter")));
        }
        if (witnessedBy == null) {
            problems.add(new Problem("masterData.required", new MessageKey("stocktake.field.witness")));
        }
        List<CountLine> ordered = lines.stream().sorted(ROW_ORDER).toList();
        // while lines are uncounted only those are named: the differences of the others would show
        // through their messages what a blind count hides until everything is counted
        boolean allCounted = ordered.stream().allMatch(CountLine::isCounted);
        int more = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (!allCounted && ordered.get(i).isCounted()) {
                continue;
            }
            for (Problem problem : ordered.get(i).checkForSubmission(i + 1)) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            problems.add(new Problem("stocktake.problems.more", more));
        }
        TextRules.throwIfAny(problems);
        status = SheetStatus.SUBMITTED;
        submittedBy = user;
        submittedAt = now;
        decidedBy = null;
        decidedAt = null;
    }

    /** The gains of the counted lines, as lines of a stocktake-gain document. */
    public static List<NewLine> gains(List<CountLine> lines) {
        return lines.stream().filter(l -> l.isCounted() && l.variance().signum() > 0).sorted(ROW_ORDER)
                .map(l -> new NewLine(l.getItem(), l.variance(), l.getReason(), null, l.getBatchNo(), l.getExpiryDate(),
                        l.getSerials()))
                .toList();
    }

    /** The losses of the counted lines, as (positive) lines of a stocktake-loss document. */
    public static List<NewLine> losses(List<CountLine> lines) {
        return lines.stream().filter(l -> l.isCounted() && l.variance().signum() < 0).sorted(ROW_ORDER)
                .map(l -> new NewLine(l.getItem(), l.variance().negate(), l.getReason(), null, l.getBatchNo(), null,
                        l.getSerials()))
                .toList();
    }

    /**
     * The BU manager accepts the count; its adjustments (either may be null: nothing to adjust) are
     * posted, and its figures (of its lines as approved) are kept: they no longer change.
     */
    public void approve(StockDocument gains, StockDocument losses, SheetTotals totals, String comment, String user,
            Instant now) {
        requireSubmitted();
        if (user.equals(submittedBy)) {
            // four eyes: who handed the count in does not approve it
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.approve.ownSubmission",
                    store.getCode());
        }
        String cleaned = checkedComment(comment, false);
        status = SheetStatus.APPROVED;
        gainDocument = gains;
        lossDocument = losses;
        decidedBy = user;
        decidedAt = now;
        decisionComment = cleaned;
        keep(totals);
    }

    /** The sheet's figures once its campaign is closed: its lines no longer change. */
    public void keepTotalsOfClosedCampaign(SheetTotals totals) {
        if (campaign.getStatus() != CampaignStatus.CLOSED) {
            throw new IllegalStateException("the campaign of sheet " + getId() + " is not closed");
        }
        keep(totals);
    }

    private void keep(SheetTotals totals) {
        if (getId() != null && totals.sheetId() != getId()) {
            throw new IllegalArgumentException("totals of sheet " + totals.sheetId() + " kept on sheet " + getId());
        }
        totalLines = totals.lines();
        totalCounted = totals.counted();
        totalGainLines = totals.gainLines();
        totalLossLines = totals.lossLines();
        totalGainValue = totals.gainValue();
        totalLossValue = totals.lossValue();
        totalBookValue = totals.bookValue();
    }

    /** The figures kept once they were final; empty while the sheet may still change. */
    public Optional<SheetTotals> keptTotals() {
        return totalLines == null ? Optional.empty() : Optional.of(new SheetTotals(getId(), totalLines, totalCounted,
                totalGainLines, totalLossLines, totalGainValue, totalLossValue, totalBookValue));
    }

    /** The BU manager sends the count back to be counted again, saying why. */
    public void sendBack(String comment, String user, Instant now) {
        requireSubmitted();
        String cleaned = checkedComment(comment, true);
        status = SheetStatus.RETURNED;
        decidedBy = user;
        decidedAt = now;
        decisionComment = cleaned;
    }

    private void requireSubmitted() {
        campaign.requireOpen();
        if (status != SheetStatus.SUBMITTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "stocktake.sheet.notSubmitted",
                    store.getCode(), MessageKey.of(status));
        }
    }

    private static String checkedComment(String comment, boolean required) {
        List<Problem> problems = new ArrayList<>();
        String cleaned = TextRules.clean(comment);
        if (required) {
            TextRules.required(problems, cleaned, MAX_COMMENT_LENGTH, "stocktake.field.comment");
        } else {
            TextRules.optional(problems, cleaned, MAX_COMMENT_LENGTH, "stocktake.field.comment");
        }
        TextRules.throwIfAny(problems);
        return cleaned;
    }

    /** Not yet handed in although the deadline has passed. */
    public boolean isLate(LocalDate today) {
        return status.open() && campaign.isPastDeadline(today);
    }

    /**
     * Whether the book quantities are hidden from someone who counts this sheet: in a blind campaign,
     * until every line is counted (then the differences show, so that reasons can be given).
     */
    public boolean hidesBooksFromCounters(List<CountLine> lines) {
        return campaign.isBlind() && status.open() && lines.stream().anyMatch(l -> !l.isCounted());
    }

    public StocktakeCampaign getCampaign() {
        return campaign;
    }

    public Store getStore() {
        return store;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public Instant getLastCountedAt() {
        return lastCountedAt;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getCountedBy() {
        return countedBy;
    }

    public String getWitnessedBy() {
        return witnessedBy;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public StockDocument getGainDocument() {
        return gainDocument;
    }

    public StockDocument getLossDocument() {
        return lossDocument;
    }

    public int getVersion() {
        return version;
    }
}
