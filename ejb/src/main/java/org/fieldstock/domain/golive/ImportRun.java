package org.fieldstock.domain.golive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fieldstock.domain.shared.BaseEntity;

/**
 * One import of a file: who started it and when, whether it only checks (a dry run), how far it has
 * come and how it ended. Its progress is written in transactions of its own while the rows are
 * written in another, so any server shows it.
 */
@Entity
@Table(name = "import_run")
public class ImportRun extends BaseEntity {

    /** At most this many problems are kept per run; the count says how many there were in all. */
    public static final int KEPT_PROBLEMS = 1000;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;

    /** The sheet a CSV file holds; none for a workbook. */
    @Enumerated(EnumType.STRING)
    @Column(name = "csv_sheet", updatable = false)
    private ImportSheet csvSheet;

    @Column(name = "dry_run", nullable = false, updatable = false)
    private boolean dryRun;

    @Column(name = "go_live_day", nullable = false, updatable = false)
    private LocalDate goLiveDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ImportStatus status;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "rows_created", nullable = false)
    private int rowsCreated;

    @Column(name = "rows_changed", nullable = false)
    private int rowsChanged;

    @Column(name = "rows_unchanged", nullable = false)
    private int rowsUnchanged;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    protected ImportRun() {
    }

    public ImportRun(String fileName, String fileSha256, ImportSheet csvSheet, boolean dryRun, LocalDate goLiveDay,
            int rowsTotal, String startedBy, Instant startedAt) {
        this.fileName = Objects.requireNonNull(fileName);
        this.fileSha256 = Objects.requireNonNull(fileSha256);
        this.csvSheet = csvSheet;
        this.dryRun = dryRun;
        this.goLiveDay = Objects.requireNonNull(goLiveDay);
        this.rowsTotal = rowsTotal;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.status = ImportStatus.QUEUED;
    }

    /** A new stage: the rows counted from none again (checking, then writing). */
    public void enter(ImportStatus stage) {
        this.status = stage;
        this.rowsDone = 0;
    }

    public void progress(int rowsDone) {
        this.rowsDone = Math.min(rowsDone, rowsTotal);
    }

    /** The end: counts of what the rows did (or would do, in a dry run) and of the problems found. */
    public void finish(ImportStatus outcome, ImportOutcome counts, int problems, Instant at) {
        if (!outcome.isFinished()) {
            throw new IllegalArgumentException(outcome + " is no end of a run");
        }
        this.status = outcome;
        this.rowsCreated = counts.created();
        this.rowsChanged = counts.changed();
        this.rowsUnchanged = counts.unchanged();
        this.problemCount = problems;
        this.rowsDone = outcome == ImportStatus.FAILED ? rowsDone : rowsTotal;
        this.finishedAt = at;
    }

    /** Per cent of the current stage done, for a progress bar: checking is the first half, writing the second. */
    public int percentDone() {
        if (status.isFinished()) {
            return 100;
        }
        int stage = rowsTotal == 0 ? 0 : (int) (50L * rowsDone / rowsTotal);
        return status == ImportStatus.WRITING ? 50 + stage : stage;
    }

    public int getVersion() {
        return version;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public ImportSheet getCsvSheet() {
        return csvSheet;
    }

    /** Whether this run was a dry run that found nothing wrong: its file may be imported as checked. */
    public boolean isCheckedClean() {
        return dryRun && status == ImportStatus.CHECKED && problemCount == 0;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public LocalDate getGoLiveDay() {
        return goLiveDay;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getRowsCreated() {
        return rowsCreated;
    }

    public int getRowsChanged() {
        return rowsChanged;
    }

    public int getRowsUnchanged() {
        return rowsUnchanged;
    }

    public int getProblemCount() {
        return problemCount;
    }
}
