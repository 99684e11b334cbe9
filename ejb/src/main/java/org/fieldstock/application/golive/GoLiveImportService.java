package org.fieldstock.application.golive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.golive.ImportPassword;
import org.fieldstock.domain.golive.ImportProblem;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportRun;
import org.fieldstock.domain.golive.ImportRunRepository;
import org.fieldstock.domain.golive.ImportSheet;
import org.fieldstock.domain.golive.RowProblem;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Going live from the old ERP: the organisation, catalogue, suppliers, turbines, users and opening
 * balances imported from a workbook or CSV file that the interfaces have read into rows. A run is
 * started here and goes on in the background ({@link ImportRunner}); a dry run checks and lists every
 * problem, a real run writes every row or none. Codes are the keys: importing the same file again
 * finds everything as it is and changes nothing.
 */
@Stateless
@RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
public class GoLiveImportService {

    /** 10,000 items and 100,000 opening lines, with room to spare. */
    public static final int MAX_ROWS = 250_000;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ImportRunLog log;

    @Inject
    private ImportRunner runner;

    @Inject
    private ImportRunRepository runs;

    @Inject
    private AuditTrail audit;

    /**
     * Starts a run of the rows read from a file (with what was wrong with the file itself) and answers
     * it at once, queued; the caller must be allowed every sheet the file holds. Not in a transaction:
     * the run is committed before the background work looks for it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportRun start(ImportRequest request) {
        Caller caller = currentCaller.get();
        if (!caller.mayFollowImports()) {
            throw new AccessDeniedException("access.denied.import", caller.getUsername(), "-");
        }
        Set<ImportSheet> sheets = EnumSet.noneOf(ImportSheet.class);
        request.rows().forEach(row -> sheets.add(row.sheet()));
        request.fileProblems().stream().map(RowProblem::sheet).filter(sheet -> sheet != null).forEach(sheets::add);
        for (ImportSheet sheet : sheets) {
            if (!caller.mayImport(sheet)) {
                throw new AccessDeniedException("access.denied.import", caller.getUsername(), sheet.fileName());
            }
        }
        if (request.rows().size() > MAX_ROWS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "import.file.tooManyRows",
                    request.rows().size(), MAX_ROWS);
        }
        List<RowProblem> problems = request.rows().isEmpty() && request.fileProblems().isEmpty()
                ? List.of(RowProblem.ofFile(null, "import.file.empty")) : request.fileProblems();
        LocalDate day = request.goLiveDay() == null ? LocalDate.now() : request.goLiveDay();
        ImportRun run = new ImportRun(request.fileName(), request.sha256(), request.csvSheet(), request.dryRun(), day,
                request.rows().size(), caller.getUsername(), Instant.now());
        long id = log.add(run, request.content());
        runner.run(id, request.fileName(), request.rows(), problems, request.dryRun(), day);
        return runs.find(id).orElseThrow();
    }

    /**
     * The file of a dry run that found nothing wrong, to be imported as it was checked (the interfaces
     * read it again and start the real run with the same go-live day).
     */
    public byte[] checkedFile(long id) {
        ImportRun run = run(id);
        if (!run.isCheckedClean()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "import.run.notCheckedClean", id);
        }
        return runs.fileOf(id).orElseThrow(() -> new NotFoundException("import.run.unknown", id)).getContent();
    }

    /** A run as it stands now (any server may be running it). */
    public ImportRun run(long id) {
        requireFollower();
        return runs.find(id).orElseThrow(() -> new NotFoundException("import.run.unknown", id));
    }

    /** The kept problems of a run, in the order they were found (sheet by sheet, row by row). */
    public List<ImportProblem> problems(long id) {
        return runs.problemsOf(run(id).getId());
    }

    /** The newest runs first. */
    public List<ImportRun> latest(int max) {
        requireFollower();
        return runs.latest(Math.max(1, Math.min(max, 200)));
    }

    /**
     * The temporary passwords of the users the run created, once: only to the administrator who ran it,
     * and forgotten as they are handed out (each must be changed at the first login anyway).
     */
    public List<ImportPassword> takePasswords(long id) {
        Caller caller = currentCaller.get();
        ImportRun run = run(id);
        if (!run.getStartedBy().equals(caller.getUsername())) {
            throw new AccessDeniedException("access.denied.importPasswords", caller.getUsername(), id);
        }
        List<ImportPassword> passwords = runs.passwordsOf(id);
        if (!passwords.isEmpty()) {
            runs.removePasswordsOf(id);
            audit.record(caller.getUsername(), AuditAction.GO_LIVE_IMPORTED, AuditSubject.IMPORT_RUN,
                    Long.toString(id), null, "temporary passwords handed out: " + passwords.size());
        }
        return passwords;
    }

    /** The template goes to whoever may import anything; others are refused. */
    public void requireImporter() {
        requireFollower();
    }

    private Caller requireFollower() {
        Caller caller = currentCaller.get();
        if (!caller.mayFollowImports()) {
            throw new AccessDeniedException("access.denied.import", caller.getUsername(), "-");
        }
        return caller;
    }
}
