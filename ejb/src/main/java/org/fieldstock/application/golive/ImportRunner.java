package org.fieldstock.application.golive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import org.fieldstock.application.closing.ClosedMonths;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.document.StockDocumentRepository;
import org.fieldstock.domain.golive.ImportOutcome;
import org.fieldstock.domain.golive.ImportRow;
import org.fieldstock.domain.golive.ImportStatus;
import org.fieldstock.domain.golive.RowProblem;
import org.fieldstock.domain.item.ItemRepository;
import org.fieldstock.domain.organisation.OrganisationRepository;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.LongTransaction;
import org.fieldstock.domain.shared.Problem;
import org.fieldstock.domain.stock.StockLedger;
import org.fieldstock.domain.supplier.SupplierRepository;
import org.fieldstock.domain.user.Role;
import org.fieldstock.domain.user.UserRepository;

/**
 * Runs an import in the background, on a thread of the server that received the file, as the user
 * who sent it: checks every row (in a transaction that is rolled back: a check writes nothing), stops
 * there for a dry run or when anything is wrong, and otherwise writes all rows in one transaction,
 * which commits or leaves nothing. Progress goes through {@link ImportRunLog}, committed as it comes.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    /** Progress is written every this many rows. */
    private static final int PROGRESS_STEP = 500;

    /** 100,000 opening lines take minutes; the default transaction timeout would cut them off. */
    private static final int WRITE_TIMEOUT_SECONDS = 3600;

    @Resource
    private UserTransaction userTransaction;

    @Inject
    private LongTransaction transaction;

    @Inject
    private ImportRunLog log;

    @Inject
    private ImportWriter writer;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private OrganisationRepository organisation;

    @Inject
    private ItemRepository items;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private UserRepository users;

    @Inject
    private StockLedger ledger;

    @Inject
    private StockDocumentRepository documents;

    @Inject
    private ClosedMonths closedMonths;

    @Asynchronous
    public void run(long runId, String fileName, List<ImportRow> rows, List<RowProblem> fileProblems,
            boolean dryRun, LocalDate goLiveDay) {
        String user = currentCaller.get().getUsername();
        ImportCheck check = new ImportCheck(new ImportSources(organisation, items, suppliers, users, ledger,
                documents, closedMonths), goLiveDay);
        try {
            log.enter(runId, ImportStatus.CHECKING);
            inTransaction(false, () -> {
                transaction.readOnly();
                check.check(rows, progress(runId));
            });
            List<RowProblem> problems = new ArrayList<>(fileProblems);
            problems.addAll(check.problems());
            if (!problems.isEmpty() || dryRun) {
                log.finish(runId, dryRun ? ImportStatus.CHECKED : ImportStatus.REFUSED, check.outcome(), problems);
                return;
            }
            log.enter(runId, ImportStatus.WRITING);
            inTransaction(true, () -> writer.write(runId, check.checked(), goLiveDay, fileName, user,
                    progress(runId)));
            log.finish(runId, ImportStatus.DONE, check.outcome(), List.of());
        } catch (BusinessException refused) {
            // something changed between the check and the writing (another user), or a rule only the writing knows
            log.finish(runId, ImportStatus.REFUSED, ImportOutcome.NONE, refused.getProblems().stream()
                    .map(problem -> new RowProblem(null, null, null, problem)).toList());
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "import run " + runId + " failed", e);
            log.finish(runId, ImportStatus.FAILED, ImportOutcome.NONE, List.of(new RowProblem(null, null, null,
                    new Problem("import.failed", String.valueOf(e)))));
        }
    }

    private IntConsumer progress(long runId) {
        return done -> {
            if (done % PROGRESS_STEP == 0) {
                log.progress(runId, done);
            }
        };
    }

    /** Runs the work in a transaction of its own, committed only when asked to and nothing failed. */
    private void inTransaction(boolean commit, Runnable work) {
        try {
            userTransaction.setTransactionTimeout(WRITE_TIMEOUT_SECONDS);
            userTransaction.begin();
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                rollBack();
                throw e;
            }
            if (commit && userTransaction.getStatus() == Status.STATUS_ACTIVE) {
                userTransaction.commit();
            } else {
                rollBack();
            }
        } catch (BusinessException | IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the import's transaction failed: " + e, e);
        } finally {
            try {
                userTransaction.setTransactionTimeout(0);
            } catch (SystemException ignored) {
                // the default timeout comes back with the next transaction of another bean anyway
            }
        }
    }

    private void rollBack() {
        try {
            if (userTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                userTransaction.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException("could not roll the import back: " + e, e);
        }
    }
}
