package org.fieldstock.application.golive;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.fieldstock.domain.golive.ImportFileContent;
import org.fieldstock.domain.golive.ImportOutcome;
import org.fieldstock.domain.golive.ImportProblem;
import org.fieldstock.domain.golive.ImportRun;
import org.fieldstock.domain.golive.ImportRunRepository;
import org.fieldstock.domain.golive.ImportStatus;
import org.fieldstock.domain.golive.RowProblem;
import org.fieldstock.domain.shared.StoredMessage;

/**
 * A run's progress and end, each in a transaction of its own: committed at once, whatever the rows'
 * transaction does, so that every server shows how far the run has come.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRunLog {

    @Inject
    private ImportRunRepository runs;

    /** A new run and the file it reads. */
    public long add(ImportRun run, byte[] file) {
        runs.add(run);
        runs.add(new ImportFileContent(run.getId(), file));
        return run.getId();
    }

    public void enter(long runId, ImportStatus stage) {
        run(runId).enter(stage);
    }

    public void progress(long runId, int rowsDone) {
        run(runId).progress(rowsDone);
    }

    /** The end of the run, with (the first {@value ImportRun#KEPT_PROBLEMS} of) its problems. */
    public void finish(long runId, ImportStatus outcome, ImportOutcome counts, List<RowProblem> problems) {
        ImportRun run = run(runId);
        int position = 0;
        for (RowProblem problem : problems.subList(0, Math.min(problems.size(), ImportRun.KEPT_PROBLEMS))) {
            runs.add(new ImportProblem(runId, ++position, problem.sheet(), problem.rowNo(), problem.column(),
                    StoredMessage.of(problem.problem().getMessageKey(), problem.problem().getArguments())
                            .encoded()));
        }
        run.finish(outcome, counts, problems.size(), Instant.now());
    }

    private ImportRun run(long runId) {
        return runs.findForUpdate(runId).orElseThrow(() -> new IllegalStateException("no import run " + runId));
    }
}
