package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A power cut in the middle of the day's reviews: four users review forty receipts at once, the
 * server is killed with SIGKILL after the first answers, and started again on the same database
 * (CI's PostgreSQL, or an H2 file of the test's own). Every review answered 200 is there; every
 * receipt is either reviewed with its stock or saved without it, never in between: the on-hand grew by
 * exactly the reviewed receipts and the stock check is clean.
 */
class CrashSafetyIT {

    private static final String STORE = "YMCM-G";
    private static final String ITEM = "SP-GBX-0007";
    private static final int RECEIPTS = 40;

    @Test
    void reviewsAnsweredBeforeAKillAreThereAndNoneIsHalfThere() throws Exception {
        Map<String, String> database = database();
        List<Long> receipts = new ArrayList<>();
        Set<Long> answered = ConcurrentHashMap.newKeySet();
        BigDecimal before;
        try (ExtraServer server = ExtraServer.start("crash-server", database)) {
            ApiClient planner = token(server);
            before = planner.onHand(STORE, ITEM);
            for (int i = 0; i < RECEIPTS; i++) {
                ApiClient.Answer saved = planner.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\""
                        + STORE + "\",\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now()
                        + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":1}]}");
                assertEquals(201, saved.status(), saved.raw());
                receipts.add(saved.object().getJsonNumber("id").longValue());
            }
            ExecutorService reviewers = Executors.newFixedThreadPool(4);
            AtomicInteger failures = new AtomicInteger();
            for (int r = 0; r < 4; r++) {
                List<Long> share = new ArrayList<>();
                for (int i = r; i < RECEIPTS; i += 4) {
                    share.add(receipts.get(i));
                }
                reviewers.submit(() -> {
                    for (long id : share) {
                        try {
                            if (planner.post("api/documents/" + id + "/review", null).status() == 200) {
                                answered.add(id);
                            }
                        } catch (RuntimeException killed) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
            while (answered.size() < 8) {
                Thread.sleep(5);
            }
            server.kill();
            reviewers.shutdown();
            assertTrue(reviewers.awaitTermination(2, TimeUnit.MINUTES));
            assertTrue(answered.size() < RECEIPTS, "the kill came while reviews were under way: " + answered.size());
        }

        try (ExtraServer again = ExtraServer.start("crash-server-restarted", database)) {
            ApiClient planner = token(again);
            int reviewed = 0;
            for (long id : receipts) {
                String status = planner.get("api/documents/" + id).object().getString("status");
                if (answered.contains(id)) {
                    assertEquals("REVIEWED", status, "answered 200 before the kill: " + id);
                }
                assertTrue(status.equals("REVIEWED") || status.equals("SAVED"), id + " " + status);
                reviewed += status.equals("REVIEWED") ? 1 : 0;
            }
            assertEquals(0, before.add(BigDecimal.valueOf(reviewed)).compareTo(planner.onHand(STORE, ITEM)),
                    "the stock of exactly the reviewed receipts (" + reviewed + ", " + answered.size() + " answered)");
            assertEquals(0, planner.getPage("api/stock-check").rows().size(), "the books agree after the restart");
        }
    }

    /** CI's PostgreSQL as the suite runs on it; otherwise an H2 file of this test's own. */
    private static Map<String, String> database() throws IOException {
        String url = System.getenv("FIELDSTOCK_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return Map.of();
        }
        Path directory = Path.of("target", "crash-safety");
        H2FileDatabase.delete(directory);
        return H2FileDatabase.environment(H2FileDatabase.url(directory, "WRITE_DELAY=0"));
    }

    private static ApiClient token(ExtraServer server) {
        ApiClient.Answer made = ApiClient.as(server.base(), "planner", "demo").post("api/tokens",
                "{\"label\":\"crash " + System.nanoTime() + "\"}");
        assertEquals(201, made.status(), made.raw());
        return ApiClient.withToken(server.base(), made.object().getString("token"));
    }
}
