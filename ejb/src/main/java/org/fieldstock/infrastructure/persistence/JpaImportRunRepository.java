package org.fieldstock.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.fieldstock.domain.golive.ImportFileContent;
import org.fieldstock.domain.golive.ImportPassword;
import org.fieldstock.domain.golive.ImportProblem;
import org.fieldstock.domain.golive.ImportRun;
import org.fieldstock.domain.golive.ImportRunRepository;

@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

    @PersistenceContext(unitName = "fieldstock")
    private EntityManager em;

    @Override
    public void add(ImportRun run) {
        em.persist(run);
        // its file, problems and passwords refer to it by id alone: no mapping orders their inserts after it
        em.flush();
    }

    @Override
    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    @Override
    public Optional<ImportRun> findForUpdate(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ImportRun> latest(int max) {
        return em.createQuery("SELECT r FROM ImportRun r ORDER BY r.startedAt DESC, r.id DESC", ImportRun.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void add(ImportFileContent file) {
        em.persist(file);
    }

    @Override
    public Optional<ImportFileContent> fileOf(long runId) {
        return Optional.ofNullable(em.find(ImportFileContent.class, runId));
    }

    @Override
    public void add(ImportProblem problem) {
        em.persist(problem);
    }

    @Override
    public List<ImportProblem> problemsOf(long runId) {
        return em.createQuery("SELECT p FROM ImportProblem p WHERE p.runId = :run ORDER BY p.position",
                ImportProblem.class).setParameter("run", runId).getResultList();
    }

    @Override
    public void add(ImportPassword password) {
        em.persist(password);
    }

    @Override
    public List<ImportPassword> passwordsOf(long runId) {
        return em.createQuery("SELECT p FROM ImportPassword p WHERE p.runId = :run ORDER BY p.username",
                ImportPassword.class).setParameter("run", runId).getResultList();
    }

    @Override
    public void removePasswordsOf(long runId) {
        em.createQuery("DELETE FROM ImportPassword p WHERE p.runId = :run").setParameter("run", runId)
                .executeUpdate();
    }
}
