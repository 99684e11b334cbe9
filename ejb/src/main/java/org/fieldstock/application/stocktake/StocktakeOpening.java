package org.fieldstock.application.stocktake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.fieldstock.domain.shared.StoredMessage;

/**
 * Runs the opening of a campaign in the background once the campaign is committed, so that no
 * request waits for it (or times out), and picks up openings a stopped server left unfinished.
 */
@ApplicationScoped
public class StocktakeOpening {

    private static final Logger LOG = Logger.getLogger(StocktakeOpening.class.getName());

    /** Fired when a campaign has been created; its sheets are frozen after the transaction commits. */
    public record CampaignCreated(long campaignId) {
    }

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private StocktakeFreezer freezer;

    /** Openings this server is running now, so that it runs each once. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignCreated created) {
        start(created.campaignId());
    }

    /**
     * Goes on with openings left unfinished: by this server before a restart, or by another that
     * stopped. Two servers running one opening take turns (each step locks the campaign).
     */
    public void resumeUnfinished() {
        freezer.stillOpening().forEach(this::start);
    }

    private void start(long campaignId) {
        if (running.add(campaignId)) {
            executor.submit(() -> {
                try {
                    run(campaignId);
                } finally {
                    running.remove(campaignId);
                }
            });
        }
    }

    private void run(long campaignId) {
        try {
            while (freezer.freezeNextSheets(campaignId)) {
                // one step per transaction
            }
        } catch (RuntimeException e) {
            // the error is for the operators, in the log; the campaign page says in words what happened
            LOG.log(Level.WARNING, "Opening stocktake campaign " + campaignId + " failed", e);
            freezer.failed(campaignId, StoredMessage.of("stocktake.failure.unexpected"));
        }
    }
}
