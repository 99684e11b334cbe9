package org.fieldstock.interfaces.golive.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fieldstock.application.golive.GoLiveImportService;
import org.fieldstock.domain.golive.ImportProblem;
import org.fieldstock.domain.golive.ImportRun;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.interfaces.golive.ImportFile;
import org.fieldstock.interfaces.golive.ImportTemplate;
import org.fieldstock.interfaces.shared.FacesFeedback;
import org.fieldstock.interfaces.shared.MessageBundle;
import org.fieldstock.interfaces.shared.WorkbookCells;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The go-live import: the template to download, a file checked by a dry run as soon as it is chosen,
 * the run followed with a progress bar (whichever server runs it), its problems row by row, and the
 * checked file imported with one confirmed click.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @Inject
    private GoLiveImportService imports;

    @Inject
    private FacesFeedback feedback;

    private LocalDate goLiveDay = LocalDate.now();
    private String csvSheet;
    private Long runId;
    private RunRow run;
    private List<ProblemRow> problems = List.of();
    private List<RunRow> latest = List.of();
    private List<PasswordRow> passwords = List.of();

    /** A run as the page shows it. */
    public record RunRow(long id, String fileName, boolean dryRun, LocalDate goLiveDay, String status, boolean finished,
            int percent, int rows, int created, int changed, int unchanged, int problemCount, String startedBy,
            Instant startedAt, boolean checkedClean) implements Serializable {

        static RunRow of(ImportRun run) {
            return new RunRow(run.getId(), run.getFileName(), run.isDryRun(), run.getGoLiveDay(),
                    run.getStatus().name(), run.getStatus().isFinished(), run.percentDone(), run.getRowsTotal(),
                    run.getRowsCreated(), run.getRowsChanged(), run.getRowsUnchanged(), run.getProblemCount(),
                    run.getStartedBy(), run.getStartedAt(), run.isCheckedClean());
        }
    }

    /** A problem where it is: the sheet and column in the reader's language, the row as the spreadsheet numbers it. */
    public record ProblemRow(String sheet, Integer row, String column, String message) implements Serializable {
    }

    public record PasswordRow(String username, String temporaryPassword) implements Serializable {
    }

    public void load() {
        latest = feedback.answer(() -> imports.latest(20)).orElse(List.of()).stream().map(RunRow::of).toList();
    }

    public StreamedContent getTemplate() {
        byte[] bytes = ImportTemplate.workbook();
        return DefaultStreamedContent.builder().name(ImportTemplate.FILE_NAME).contentType(WorkbookCells.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** A chosen file is checked at once: a dry run, which writes nothing. */
    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > ImportFile.MAX_BYTES) {
            feedback.error("import.file.tooLarge", ImportFile.MAX_BYTES / 1024 / 1024);
            return;
        }
        byte[] content = event.getFile().getContent();
        ImportSheet sheet = csvSheet == null || csvSheet.isBlank() ? null : ImportSheet.named(csvSheet).orElse(null);
        feedback.answer(() -> imports.start(ImportFile.read(content, sheet).request(event.getFile().getFileName(),
                content, sheet, true, goLiveDay))).ifPresent(this::follow);
    }

    /** Imports the file the shown dry run checked, as it was checked. */
    public void importChecked() {
        if (run == null || !run.checkedClean()) {
            return;
        }
        long checkedId = run.id();
        feedback.answer(() -> ImportFile.importChecked(imports, checkedId)).ifPresent(this::follow);
    }

    public void show(long id) {
        runId = id;
        passwords = List.of();
        refresh();
    }

    /** What the poll asks every second while the run goes on. */
    public void refresh() {
        if (runId == null) {
            return;
        }
        ImportRun current = feedback.answer(() -> imports.run(runId)).orElse(null);
        if (current == null) {
            return;
        }
        boolean justFinished = run != null && run.id() == current.getId() && !run.finished()
                && current.getStatus().isFinished();
        run = RunRow.of(current);
        if (current.getStatus().isFinished()) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            problems = imports.problems(runId).stream().map(problem -> problemRow(problem, locale)).toList();
            load();
            if (justFinished) {
                announce(current);
            }
        } else {
            problems = List.of();
        }
    }

    public void takePasswords() {
        if (runId == null) {
            return;
        }
        passwords = feedback.answer(() -> imports.takePasswords(runId)).orElse(List.of()).stream()
                .map(password -> new PasswordRow(password.getUsername(), password.getTemporary())).toList();
        if (passwords.isEmpty()) {
            feedback.info("import.passwords.none");
        }
    }

    private void follow(ImportRun started) {
        feedback.info("import.started", started.getId());
        run = null;
        show(started.getId());
        run = RunRow.of(imports.run(started.getId()));
        refresh();
    }

    private void announce(ImportRun finished) {
        switch (finished.getStatus()) {
            case DONE -> feedback.info("import.done", finished.getId(), finished.getRowsCreated(),
                    finished.getRowsChanged(), finished.getRowsUnchanged());
            case CHECKED -> {
                if (finished.getProblemCount() == 0) {
                    feedback.info("import.checkedClean", finished.getId(), finished.getRowsTotal(),
                            finished.getRowsCreated(), finished.getRowsChanged(), finished.getRowsUnchanged());
                } else {
                    feedback.warn("ImportStatus.CHECKED");
                }
            }
            default -> feedback.warn("ImportStatus." + finished.getStatus().name());
        }
    }

    private static ProblemRow problemRow(ImportProblem problem, Locale locale) {
        return new ProblemRow(problem.getSheet() == null ? ""
                        : MessageBundle.text(locale, "import.sheet." + problem.getSheet().fileName()),
                problem.getRowNo(),
                problem.getColumn() == null ? "" : MessageBundle.text(locale, "import.column." + problem.getColumn()),
                MessageBundle.stored(locale, problem.getMessage()));
    }

    /** What the confirmation asks before the checked file is imported. */
    public String getConfirmImport() {
        return run == null ? "" : feedback.text("import.importChecked.confirm", run.rows(), run.fileName(),
                run.goLiveDay().toString());
    }

    public List<ImportSheet> getSheets() {
        return List.of(ImportSheet.values());
    }

    public boolean isRunning() {
        return run != null && !run.finished();
    }

    public LocalDate getGoLiveDay() {
        return goLiveDay;
    }

    public void setGoLiveDay(LocalDate goLiveDay) {
        this.goLiveDay = goLiveDay == null ? LocalDate.now() : goLiveDay;
    }

    public String getCsvSheet() {
        return csvSheet;
    }

    public void setCsvSheet(String csvSheet) {
        this.csvSheet = csvSheet;
    }

    public RunRow getRun() {
        return run;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public List<RunRow> getLatest() {
        return latest;
    }

    public List<PasswordRow> getPasswords() {
        return passwords;
    }

    public int getKeptProblems() {
        return ImportRun.KEPT_PROBLEMS;
    }
}
