package org.fieldstock.domain.golive;

import java.util.List;
import java.util.Optional;

/** The import runs, their kept problems and the temporary passwords they gave out. */
public interface ImportRunRepository {

    void add(ImportRun run);

    Optional<ImportRun> find(long id);

    /** The run, its row locked, for its progress to be written. */
    Optional<ImportRun> findForUpdate(long id);

    /** The newest runs first. */
    List<ImportRun> latest(int max);

    void add(ImportFileContent file);

    Optional<ImportFileContent> fileOf(long runId);

    void add(ImportProblem problem);

    List<ImportProblem> problemsOf(long runId);

    void add(ImportPassword password);

    List<ImportPassword> passwordsOf(long runId);

    /** Forgets the run's temporary passwords once they were shown. */
    void removePasswordsOf(long runId);
}
