package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Eight users review and unreview conflicting intakes and scraps of one store at random: one item
 * counted plainly, one by serial number (each scrap names serials of two intakes), one in batches
 * (two intakes share each batch). Afterwards every on-hand quantity, every batch and every serial
 * must be exactly where the documents then reviewed put them, and the stock check must be clean.
 */
final class StockRace {

    private static final String PLAIN = "SP-NAC-0001";
    private static final String SERIALISED = "SP-HUB-0001";
    private static final String BATCHED = "CS-HYD-0002";
    private static final int USERS = 8;
    private static final int STEPS = 12;

    private final String store;
    private final String run;
    private final Map<String, BigDecimal> start;
    private final List<Long> documents;

    private StockRace(String store, String run, Map<String, BigDecimal> start, List<Long> documents) {
        this.store = store;
        this.run = run;
        this.start = start;
        this.documents = documents;
    }

    /**
     * Four intakes and four scraps (intakes at even positions), two intakes already reviewed. The
     * store must be a damaged one.
     */
    static StockRace prepare(ApiClient api, String store) {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, BigDecimal> start = new HashMap<>();
        for (String item : List.of(PLAIN, SERIALISED, BATCHED)) {
            start.put(item, api.onHand(store, item));
        }
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            String batch = "\"" + run + "-B" + (k % 2) + "\"";
            ids.add(created(api.post("api/documents", "{\"category\":\"DAMAGE_INTAKE\",\"store\":\"" + store
                    + "\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"" + PLAIN + "\",\"quantity\":5},"
                    + "{\"item\":\"" + SERIALISED + "\",\"quantity\":2,\"serials\":[\"" + run + "-" + k + "A\",\""
                    + run + "-" + k + "B\"]},{\"item\":\"" + BATCHED + "\",\"quantity\":4,\"batch\":" + batch
                    + ",\"expiry\":\"2030-01-31\"}]}")));
            ids.add(created(api.post("api/documents", "{\"category\":\"SCRAP\",\"store\":\"" + store
                    + "\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"" + SERIALISED + "\",\"quantity\":2,"
                    + "\"serials\":[\"" + run + "-" + k + "A\",\"" + run + "-" + (k + 1) % 4 + "B\"]},{\"item\":\""
                    + PLAIN + "\",\"quantity\":4},{\"item\":\"" + BATCHED + "\",\"quantity\":3,\"batch\":" + batch
                    + "}]}")));
        }
        assertEquals(200, api.post("api/documents/" + ids.get(0) + "/review", null).status());
        assertEquals(200, api.post("api/documents/" + ids.get(2) + "/review", null).status());
        return new StockRace(store, run, start, ids);
    }

    /**
     * Eight users at once, taking turns over the given clients (users or servers): intakes are
     * reviewed by the reviewers, scraps (a BU approval) by the approvers at the same position.
     */
    void run(List<ApiClient> reviewers, List<ApiClient> approvers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                Random random = new Random(u);
                ApiClient reviewer = reviewers.get(u % reviewers.size());
                ApiClient approver = approvers.get(u % approvers.size());
                users.add(pool.submit(() -> {
                    for (int step = 0; step < STEPS; step++) {
                        int pick = random.nextInt(documents.size());
                        long id = documents.get(pick);
                        ApiClient user = pick % 2 == 0 ? reviewer : approver;
                        String action = random.nextBoolean() ? "review" : "unreview";
                        ApiClient.Answer answer = user.post("api/documents/" + id + "/" + action, null);
                        if (answer.status() != 200 && answer.status() != 409) {
                            unexpected.add(action + " " + id + ": " + answer.status() + " " + answer.raw());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : users) {
                user.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), unexpected, "every refusal is a clean 409");
    }

    void assertExact(ApiClient api, ApiClient planner) {
        Map<String, BigDecimal> expected = new HashMap<>(start);
        Map<String, BigDecimal> expectedBatches = new TreeMap<>();
        Set<String> expectedSerials = new TreeSet<>();
        List<JsonObject> reviewed = new ArrayList<>();
        for (long id : documents) {
            JsonObject doc = api.get("api/documents/" + id).object();
            if ("REVIEWED".equals(doc.getString("status"))) {
                reviewed.add(doc);
            }
        }
        // intakes first: a reviewed scrap can only have taken serials a reviewed intake brought in
        reviewed.sort(Comparator.comparing(doc -> !"OTHER_INBOUND".equals(doc.getString("type"))));
        for (JsonObject doc : reviewed) {
            BigDecimal sign = BigDecimal.valueOf("OTHER_INBOUND".equals(doc.getString("type")) ? 1 : -1);
            for (JsonValue value : doc.getJsonArray("lines")) {
                JsonObject line = value.asJsonObject();
                BigDecimal delta = line.getJsonNumber("quantity").bigDecimalValue().multiply(sign);
                expected.merge(line.getString("item"), delta, BigDecimal::add);
                if (line.getString("batch", null) != null) {
                    expectedBatches.merge(line.getString("batch"), delta, BigDecimal::add);
                }
                for (JsonString serial : line.getJsonArray("serials").getValuesAs(JsonString.class)) {
                    boolean changed = sign.signum() > 0 ? expectedSerials.add(serial.getString())
                            : expectedSerials.remove(serial.getString());
                    assertTrue(changed, serial.getString() + " moved twice the same way");
                }
            }
        }
        for (String item : List.of(PLAIN, SERIALISED, BATCHED)) {
            BigDecimal onHand = api.onHand(store, item);
            assertEquals(0, expected.get(item).compareTo(onHand), item + ": the reviewed documents add up to "
                    + expected.get(item) + ", on hand is " + onHand);
        }
        Set<String> serialsInStore = new TreeSet<>();
        api.get("api/stores/" + store + "/lots?item=" + SERIALISED).object().getJsonArray("serials")
                .getValuesAs(JsonString.class).forEach(serial -> serialsInStore.add(serial.getString()));
        serialsInStore.removeIf(serial -> !serial.startsWith(run + "-"));
        assertEquals(expectedSerials, serialsInStore, "the serials in the store are those the reviewed documents put there");
        Map<String, BigDecimal> batchesInStore = new TreeMap<>();
        for (JsonValue value : api.get("api/stores/" + store + "/lots?item=" + BATCHED).object()
                .getJsonArray("batches")) {
            JsonObject batch = value.asJsonObject();
            if (batch.getString("batch").startsWith(run + "-")) {
                batchesInStore.put(batch.getString("batch"), batch.getJsonNumber("onHand").bigDecimalValue());
            }
        }
        expectedBatches.values().removeIf(quantity -> quantity.signum() == 0);
        assertEquals(expectedBatches.keySet(), batchesInStore.keySet());
        expectedBatches.forEach((batch, quantity) -> assertEquals(0, quantity.compareTo(batchesInStore.get(batch)),
                batch + ": expected " + quantity + ", in store " + batchesInStore.get(batch)));
        ApiClient.Answer check = planner.get("api/stock-check");
        assertEquals(200, check.status(), check.raw());
        assertEquals(0, check.array().size(), "balances agree with ledger rows, batches and serials: " + check.raw());
    }

    private static long created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }
}
