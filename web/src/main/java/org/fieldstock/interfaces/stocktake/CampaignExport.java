package org.fieldstock.interfaces.stocktake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fieldstock.application.shared.BackgroundWork;
import org.fieldstock.application.stocktake.StocktakeService;

/**
 * Exports every sheet of a campaign the user may see, one workbook per store in a zip, in the
 * background: a campaign over all stores is hundreds of workbooks, too long for one request. The
 * page polls the job's progress and offers the file when it is done. Jobs live in this server's
 * memory (the page that polls is on the same server) and are forgotten after an hour.
 */
@ApplicationScoped
public class CampaignExport {

    private static final Logger LOG = Logger.getLogger(CampaignExport.class.getName());
    private static final Duration KEPT = Duration.ofHours(1);

    @Inject
    private BackgroundWork background;

    @Inject
    private StocktakeService stocktakes;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** One export: how far it is, and the zip once done (or why it failed). */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String user;
        private final String fileName;
        private final int total;
        private final Instant started = Instant.now();
        private volatile int done;
        private volatile Path file;
        private volatile boolean failed;

        Job(String user, String fileName, int total) {
            this.user = user;
            this.fileName = fileName;
            this.total = total;
        }

        public String getId() {
            return id;
        }

        public int getDone() {
            return done;
        }

        public int getTotal() {
            return total;
        }

        public int getProgress() {
            return total == 0 ? 100 : done * 100 / total;
        }

        public boolean isFinished() {
            return file != null || failed;
        }

        public boolean isFailed() {
            return failed;
        }

        public String getFileName() {
            return fileName;
        }

        public Path getFile() {
            return file;
        }
    }

    /** Starts exporting the given sheets (those the user sees) as the calling user. */
    public Job start(String user, String campaignNumber, List<Long> sheetIds) {
        forgetOld();
        Job job = new Job(user, campaignNumber + ".zip", sheetIds.size());
        jobs.put(job.id, job);
        background.run(() -> write(job, sheetIds));
        return job;
    }

    private void write(Job job, List<Long> sheetIds) {
        Path file = null;
        try {
            file = Files.createTempFile("fieldstock-stocktake-", ".zip");
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Long sheetId : sheetIds) {
                    CountSheetWorkbook.writeEntry(stocktakes.sheet(sheetId), zip);
                    job.done++;
                }
            }
            job.file = file;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "stocktake export failed", e);
            job.failed = true;
            delete(file);
        }
    }

    /** The user's own job, if it is still kept. */
    public Job find(String user, String jobId) {
        Job job = jobId == null ? null : jobs.get(jobId);
        return job != null && job.user.equals(user) ? job : null;
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.started.isBefore(limit) && job.isFinished();
            if (old) {
                delete(job.file);
            }
            return old;
        });
    }

    @PreDestroy
    void deleteFiles() {
        jobs.values().forEach(job -> delete(job.file));
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "could not delete " + file, e);
            }
        }
    }
}
