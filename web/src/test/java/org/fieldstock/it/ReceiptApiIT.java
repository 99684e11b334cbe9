package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The purchase-receipt slice through the REST API, on Payara Micro with the real WAR: entry,
 * review and unreview moving on-hand stock, the ledger, deletion, bad input, rights, and two
 * concurrent reviews competing for the same stock.
 */
@OnSharedServer
class ReceiptApiIT {

    private static final String STORE = "WCYD-G";
    /** Counted in whole pieces, kept neither by serial nor in batches (TrackingApiIT covers those). */
    private static final String WHOLE_ITEM = "SP-GBX-0006";
    /** Weighed in kg, so decimals are allowed. */
    private static final String MEASURED_ITEM = "CS-GNL-0013";

    @ServerBase
    private URL base;

    private ApiClient accountant() {
        return ApiClient.as(base, "accountant", "demo");
    }

    private static String receipt(String store, String supplier, String linesJson) {
        return "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store + "\"," + (supplier == null ? ""
                : "\"supplier\":\"" + supplier + "\",") + "\"date\":\"2026-11-20\",\"remark\":\"IT\",\"lines\":["
                + linesJson + "]}";
    }

    @Test
    void reviewRaisesOnHandUnreviewTakesItBackAndTheLedgerKeepsBoth() {
        ApiClient api = accountant();
        BigDecimal wholeBefore = api.onHand(STORE, WHOLE_ITEM);
        BigDecimal litresBefore = api.onHand(STORE, MEASURED_ITEM);

        ApiClient.Answer created = api.post("api/documents", receipt(STORE, "SUP-001",
                "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":3},{\"item\":\"" + MEASURED_ITEM + "\",\"quantity\":12.5}"));
        assertEquals(201, created.status(), created.raw());
        JsonObject doc = created.object();
        long id = doc.getJsonNumber("id").longValue();
        assertTrue(doc.getString("number").matches("IN-\\d{4}-\\d{6}"), doc.getString("number"));
        assertEquals("SAVED", doc.getString("status"));
        assertEquals(2, doc.getJsonArray("lines").size());
        assertEquals("kg", doc.getJsonArray("lines").getJsonObject(1).getString("unit"));
        assertEquals(wholeBefore, api.onHand(STORE, WHOLE_ITEM), "saving moves no stock");

        ApiClient.Answer reviewed = api.post("api/documents/" + id + "/review", null);
        assertEquals(200, reviewed.status(), reviewed.raw());
        assertEquals("REVIEWED", reviewed.object().getString("status"));
        assertEquals("accountant", reviewed.object().getString("reviewedBy"));
        assertEquals(0, wholeBefore.add(new BigDecimal("3")).compareTo(api.onHand(STORE, WHOLE_ITEM)));
        assertEquals(0, litresBefore.add(new BigDecimal("12.5")).compareTo(api.onHand(STORE, MEASURED_ITEM)));

        ApiClient.Answer unreviewed = api.post("api/documents/" + id + "/unreview", null);
        assertEquals(200, unreviewed.status(), unreviewed.raw());
        assertEquals("SAVED", unreviewed.object().getString("status"));
        assertEquals(0, wholeBefore.compareTo(api.onHand(STORE, WHOLE_ITEM)));
        assertEquals(0, litresBefore.compareTo(api.onHand(STORE, MEASURED_ITEM)));

        List<String> movements = api.get("api/documents/" + id + "/ledger").array().stream()
                .map(v -> v.asJsonObject().getString("movement") + " " + v.asJsonObject().getString("item") + " "
                        + v.asJsonObject().getJsonNumber("quantity").bigDecimalValue().toPlainString())
                .toList();
        assertEquals(List.of("POSTING " + MEASURED_ITEM + " 12.5", "POSTING " + WHOLE_ITEM + " 3",
                "REVERSAL " + MEASURED_ITEM + " -12.5", "REVERSAL " + WHOLE_ITEM + " -3"), movements);

        List<JsonObject> itemLedger = api.get("api/stores/" + STORE + "/ledger?item=" + WHOLE_ITEM).array().stream()
                .map(v -> v.asJsonObject()).toList();
        BigDecimal running = BigDecimal.ZERO;
        for (JsonObject row : itemLedger) {
            running = running.add(row.getJsonNumber("quantity").bigDecimalValue());
            assertEquals(0, running.compareTo(row.getJsonNumber("balanceAfter").bigDecimalValue()),
                    "each ledger row leaves the running balance: " + itemLedger);
        }
        assertEquals(0, running.compareTo(wholeBefore), "the ledger ends at the on-hand quantity");
        assertEquals(doc.getString("number"), itemLedger.get(itemLedger.size() - 1).getString("document"));

        assertEquals(204, api.delete("api/documents/" + id).status());
        assertEquals(404, api.get("api/documents/" + id).status());
        assertEquals(0, wholeBefore.compareTo(api.onHand(STORE, WHOLE_ITEM)));
    }

    @Test
    void aSavedReceiptCanBeModifiedButNotItsStore() {
        ApiClient api = accountant();
        JsonObject doc = api.post("api/documents", receipt(STORE, "SUP-002",
                "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}")).object();
        long id = doc.getJsonNumber("id").longValue();
        int version = doc.getInt("version");

        ApiClient.Answer modified = api.put("api/documents/" + id, "{\"supplier\":\"SUP-003\",\"date\":\"2026-11-21\","
                + "\"version\":" + version + ",\"lines\":[{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":4},"
                + "{\"item\":\"" + MEASURED_ITEM + "\",\"quantity\":0.25}]}");
        assertEquals(200, modified.status(), modified.raw());
        assertEquals("SUP-003", modified.object().getString("supplier"));
        assertEquals(2, modified.object().getJsonArray("lines").size());
        ApiClient.Answer history = api.get("api/documents/" + id + "/history");
        assertEquals(List.of("CREATED accountant", "MODIFIED accountant"), history.array().stream()
                .map(v -> v.asJsonObject().getString("event") + " " + v.asJsonObject().getString("by")).toList());
        JsonObject supplierChange = history.array().getJsonObject(1).getJsonArray("changes").getJsonObject(0);
        assertEquals("supplier", supplierChange.getString("field"));
        assertEquals("SUP-002", supplierChange.getString("before"));
        assertEquals("SUP-003", supplierChange.getString("after"));

        ApiClient.Answer stale = api.put("api/documents/" + id, "{\"supplier\":\"SUP-003\",\"date\":\"2026-11-21\","
                + "\"version\":" + version + ",\"lines\":[{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":5}]}");
        assertEquals(409, stale.status(), "a change made meanwhile is detected");
        assertEquals("document.changedMeanwhile", stale.object().getJsonArray("codes").getString(0));

        ApiClient.Answer otherStore = api.put("api/documents/" + id, "{\"store\":\"ZBET-G\",\"supplier\":\"SUP-003\","
                + "\"date\":\"2026-11-21\",\"lines\":[{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":5}]}");
        assertEquals(422, otherStore.status());
        assertEquals("document.store.fixed", otherStore.object().getJsonArray("codes").getString(0));
        assertEquals(204, api.delete("api/documents/" + id).status());
    }

    /** Only the store is fixed (2篇 2.1-2.2): a purchase may become a petty purchase, never an issue. */
    @Test
    void aSavedReceiptMayBecomeAnotherCategoryOfItsTypeOnly() {
        ApiClient api = accountant();
        JsonObject doc = api.post("api/documents", receipt(STORE, "SUP-002",
                "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}")).object();
        long id = doc.getJsonNumber("id").longValue();
        String lines = ",\"lines\":[{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}]}";

        ApiClient.Answer issue = api.put("api/documents/" + id, "{\"category\":\"SELF_USE\",\"date\":\"2026-11-21\""
                + lines);
        assertEquals(422, issue.status(), issue.raw());
        assertEquals("document.category.otherType", issue.object().getJsonArray("codes").getString(0));

        ApiClient.Answer unasked = api.put("api/documents/" + id, "{\"category\":\"PETTY_PURCHASE\","
                + "\"supplier\":\"SUP-002\",\"date\":\"2026-11-21\",\"version\":" + doc.getInt("version") + lines);
        assertEquals(422, unasked.status(), "a petty purchase names its approved requisition: " + unasked.raw());
        assertEquals("document.pettyPurchase.requisitionRequired", unasked.object().getJsonArray("codes").getString(0));
        // an emergency, bought first: its requisition follows
        ApiClient.Answer petty = api.put("api/documents/" + id, "{\"category\":\"PETTY_PURCHASE\",\"emergency\":true,"
                + "\"supplier\":\"SUP-002\",\"date\":\"2026-11-21\",\"version\":" + doc.getInt("version") + lines);
        assertEquals(200, petty.status(), petty.raw());
        assertEquals("PETTY_PURCHASE", petty.object().getString("category"));
        JsonObject change = api.get("api/documents/" + id + "/history").array().getJsonObject(1)
                .getJsonArray("changes").getJsonObject(0);
        assertEquals(List.of("category", "PURCHASE", "PETTY_PURCHASE"),
                List.of(change.getString("field"), change.getString("before"), change.getString("after")));
        assertEquals(200, api.post("api/documents/" + id + "/review", null).status(), "reviewed as a petty purchase");
    }

    @Test
    void badInputIsRejectedWithAClearMessageAndChangesNothing() {
        ApiClient api = accountant();
        int documentsBefore = api.get("api/documents?store=" + STORE).array().size();
        BigDecimal before = api.onHand(STORE, WHOLE_ITEM);

        assertRejected(api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"NO-SUCH-ITEM\",\"quantity\":1}")),
                422, "line.item.unknown", "NO-SUCH-ITEM");
        assertRejected(api.post("api/documents", receipt("NOPE-G", "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}")),
                422, "store.unknown", "NOPE-G");
        assertRejected(api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":0}")),
                422, "line.quantity.mustBePositive", "greater than zero");
        assertRejected(api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":-2}")),
                422, "line.quantity.mustBePositive", "-2");
        assertRejected(api.post("api/documents", receipt(STORE, null, "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}")),
                422, "document.supplier.required", "supplier");
        assertRejected(api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":\"two\"}")),
                400, "request.json.notANumber", "lines[0].quantity: not a number");
        assertRejected(api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1.5}")),
                422, "line.quantity.wholeUnits", "1.5");

        ApiClient.Answer several = api.post("api/documents", receipt(STORE, null,
                "{\"item\":\"NO-SUCH-ITEM\",\"quantity\":1},{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":0}"));
        assertEquals(422, several.status());
        assertEquals(List.of("line.item.unknown", "document.supplier.required", "line.quantity.mustBePositive"),
                several.object().getJsonArray("codes").getValuesAs(jakarta.json.JsonString::getString),
                "every problem is reported at once");

        assertEquals(documentsBefore, api.get("api/documents?store=" + STORE).array().size(), "nothing was saved");
        assertEquals(before, api.onHand(STORE, WHOLE_ITEM));
    }

    @Test
    void onlyTheRightPeopleMayReviewAndOnlyOnce() {
        ApiClient api = accountant();
        long id = api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":2}"))
                .object().getJsonNumber("id").longValue();
        BigDecimal before = api.onHand(STORE, WHOLE_ITEM);

        assertRejected(ApiClient.as(base, "keeper", "demo").post("api/documents/" + id + "/review", null),
                403, "access.denied.role", "not allowed");
        assertRejected(ApiClient.as(base, "accountant.nw", "demo").post("api/documents/" + id + "/review", null),
                403, "access.denied.review", STORE);
        ApiClient.Answer anonymous = ApiClient.as(base, null, null).post("api/documents/" + id + "/review", null);
        assertEquals(401, anonymous.status());
        assertEquals(401, ApiClient.as(base, "accountant", "wrong").get("api/documents/" + id).status());
        assertEquals(before, api.onHand(STORE, WHOLE_ITEM), "refused reviews move nothing");

        assertEquals(200, api.post("api/documents/" + id + "/review", null).status());
        assertRejected(api.post("api/documents/" + id + "/review", null), 409, "document.action.notAllowed", "Reviewed");
        assertRejected(api.delete("api/documents/" + id), 409, "document.action.notAllowed", "delete");
        assertEquals(0, before.add(BigDecimal.valueOf(2)).compareTo(api.onHand(STORE, WHOLE_ITEM)),
                "the second review moved nothing");
        assertEquals(200, ApiClient.as(base, "planner", "demo").post("api/documents/" + id + "/unreview", null).status(),
                "the planning office may unreview any BU's document");
    }

    @Test
    void aDocumentSaysWhatTheCallerMayDoToItNowAndWhyNotTheRest() {
        ApiClient api = accountant();
        long id = api.post("api/documents", receipt(STORE, "SUP-001", "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}"))
                .object().getJsonNumber("id").longValue();
        Map<String, JsonObject> saved = actions(api.get("api/documents/" + id).object());
        assertEquals(Set.of("MODIFY", "REVIEW", "DELETE"), allowed(saved));
        assertEquals(List.of("document.action.notAllowed"), codes(saved.get("UNREVIEW")));

        assertEquals(200, api.post("api/documents/" + id + "/review", null).status());
        Map<String, JsonObject> reviewed = actions(api.inLanguage("zh-CN").get("api/documents/" + id).object());
        assertEquals(Set.of("UNREVIEW"), allowed(reviewed));
        assertEquals(List.of("document.action.notAllowed"), codes(reviewed.get("MODIFY")));
        String why = reviewed.get("DELETE").getJsonArray("messages").getString(0);
        assertTrue(why.contains("已审核"), why);
        assertRejected(api.delete("api/documents/" + id), 409, "document.action.notAllowed", "delete");
        assertFalse(api.get("api/documents?store=" + STORE + "&max=1").array().getJsonObject(0).containsKey("actions"),
                "lists do not ask for every document's actions");
    }

    private static Map<String, JsonObject> actions(JsonObject document) {
        Map<String, JsonObject> byAction = new java.util.LinkedHashMap<>();
        document.getJsonArray("actions").getValuesAs(JsonObject.class)
                .forEach(action -> byAction.put(action.getString("action"), action));
        return byAction;
    }

    private static Set<String> allowed(Map<String, JsonObject> actions) {
        return actions.values().stream().filter(action -> action.getBoolean("allowed"))
                .map(action -> action.getString("action")).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> codes(JsonObject action) {
        return action.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void errorsSpeakTheClientsLanguage() {
        ApiClient.Answer answer = accountant().inLanguage("zh-CN").post("api/documents",
                receipt(STORE, null, "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1}"));
        assertEquals(422, answer.status());
        assertEquals("“采购入库”单据必须填写供应商。", answer.object().getJsonArray("messages").getString(0));
    }

    @Test
    void concurrentReviewsNeverDriveAStoreNegative() throws Exception {
        ApiClient api = accountant();
        String store = "XLCK-G";
        String item = "SP-YAW-0007";
        long receipt = api.post("api/documents", receipt(store, "SUP-001",
                "{\"item\":\"" + item + "\",\"quantity\":10}")).object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());
        BigDecimal stock = api.onHand(store, item);

        String issue = "{\"category\":\"SELF_USE\",\"store\":\"" + store + "\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\""
                + item + "\",\"quantity\":" + stock.subtract(BigDecimal.valueOf(3)).toPlainString() + "}]}";
        long first = api.post("api/documents", issue).object().getJsonNumber("id").longValue();
        long second = api.post("api/documents", issue).object().getJsonNumber("id").longValue();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApiClient.Answer>> results = new ArrayList<>();
            for (long id : new long[] {first, second}) {
                Callable<ApiClient.Answer> review = () -> {
                    start.await();
                    return api.post("api/documents/" + id + "/review", null);
                };
                results.add(pool.submit(review));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiClient.Answer> result : results) {
                ApiClient.Answer answer = result.get();
                statuses.add(answer.status());
                if (answer.status() == 409) {
                    assertEquals("stock.insufficient", answer.object().getJsonArray("codes").getString(0));
                }
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses, "exactly one of the two issues fits the stock");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, BigDecimal.valueOf(3).compareTo(api.onHand(store, item)));

        assertRejected(api.post("api/documents/" + receipt + "/unreview", null), 409, "stock.insufficient", item);
        assertEquals(0, BigDecimal.valueOf(3).compareTo(api.onHand(store, item)), "a refused unreview moves nothing");

        ApiClient.Answer check = ApiClient.as(base, "planner", "demo").get("api/stock-check");
        assertEquals(200, check.status(), check.raw());
        assertEquals(0, check.array().size(), "every balance equals the sum of its ledger rows: " + check.raw());
        assertEquals(403, api.get("api/stock-check").status(), "the stock check is the planning office's");
    }

    @Test
    void aReviewThatFailsOnItsSecondLineMovesNothingAtAll() {
        ApiClient api = accountant();
        String store = "NC-G";
        String first = "CS-GNL-0001";
        String second = "SP-CTL-0012";
        long receipt = api.post("api/documents", receipt(store, "SUP-001",
                "{\"item\":\"" + first + "\",\"quantity\":5}")).object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());
        BigDecimal firstBefore = api.onHand(store, first);
        BigDecimal secondBefore = api.onHand(store, second);

        long issue = api.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + store
                + "\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"" + first + "\",\"quantity\":2},{\"item\":\""
                + second + "\",\"quantity\":" + secondBefore.add(BigDecimal.ONE).toPlainString() + "}]}")
                .object().getJsonNumber("id").longValue();
        assertRejected(api.post("api/documents/" + issue + "/review", null), 409, "stock.insufficient", second);

        assertEquals(firstBefore, api.onHand(store, first), "the first line's movement was rolled back too");
        assertEquals(secondBefore, api.onHand(store, second));
        assertEquals("SAVED", api.get("api/documents/" + issue).object().getString("status"));
        assertEquals(0, api.get("api/documents/" + issue + "/ledger").array().size(), "no ledger row was kept");
    }

    @Test
    void aMaterialReturnTakesBackAtMostWhatItsReceiptBroughtIn() {
        ApiClient api = accountant();
        JsonObject receipt = api.post("api/documents", receipt(STORE, "SUP-006",
                "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":5}")).object();
        long receiptId = receipt.getJsonNumber("id").longValue();
        String receiptNumber = receipt.getString("number");
        String returnOf = "{\"category\":\"MATERIAL_RETURN\",\"store\":\"" + STORE + "\",\"reverses\":\""
                + receiptNumber + "\",\"date\":\"2026-11-22\",\"lines\":[{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":%s}]}";

        assertRejected(api.post("api/documents", String.format(returnOf, "-3")), 422, "document.reverses.invalid",
                receiptNumber);
        assertEquals(200, api.post("api/documents/" + receiptId + "/review", null).status());
        BigDecimal before = api.onHand(STORE, WHOLE_ITEM);

        ApiClient.Answer first = api.post("api/documents", String.format(returnOf, "-3"));
        assertEquals(201, first.status(), first.raw());
        assertEquals(receiptNumber, first.object().getString("reverses"));
        assertEquals("RED", first.object().getString("ink"));
        long firstId = first.object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + firstId + "/review", null).status());
        assertEquals(0, before.subtract(BigDecimal.valueOf(3)).compareTo(api.onHand(STORE, WHOLE_ITEM)));

        assertRejected(api.post("api/documents", String.format(returnOf, "-3")), 422, "line.quantity.exceedsReceipt",
                "brought in 5");
        assertRejected(api.post("api/documents", String.format(returnOf, "2")), 422, "line.quantity.mustBeNegative", "2");
        assertEquals(201, api.post("api/documents", String.format(returnOf, "-2")).status());
        List<String> returnsListed = api.get("api/documents?store=" + STORE + "&category=material_return").array()
                .stream().map(v -> v.asJsonObject().getString("category")).distinct().toList();
        assertEquals(List.of("MATERIAL_RETURN"), returnsListed, "the list filters by category");

        assertRejected(api.post("api/documents/" + receiptId + "/unreview", null), 409, "document.hasReviewedReturns",
                receiptNumber);
        assertEquals(200, api.post("api/documents/" + firstId + "/unreview", null).status());
        assertEquals(0, before.compareTo(api.onHand(STORE, WHOLE_ITEM)));
    }

    @Test
    void tenUsersPressingReviewAtOnceProduceExactlyOnePosting() throws Exception {
        ApiClient api = accountant();
        long id = api.post("api/documents", receipt(STORE, "SUP-005",
                "{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":1},{\"item\":\"" + MEASURED_ITEM + "\",\"quantity\":0.5}"))
                .object().getJsonNumber("id").longValue();
        BigDecimal before = api.onHand(STORE, WHOLE_ITEM);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ApiClient reviewer = i % 2 == 0 ? api : ApiClient.as(base, "planner", "demo");
                answers.add(pool.submit(() -> {
                    start.await();
                    return reviewer.post("api/documents/" + id + "/review", null);
                }));
            }
            start.countDown();
            for (Future<ApiClient.Answer> answer : answers) {
                statuses.add(answer.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(2, api.get("api/documents/" + id + "/ledger").array().size(), "one posting row per item");
        assertEquals(0, before.add(BigDecimal.ONE).compareTo(api.onHand(STORE, WHOLE_ITEM)));
    }

    /**
     * Eight users review and unreview intakes and scraps of the same items at random; afterwards
     * every quantity, batch and serial is exactly where the reviewed documents put it.
     */
    @Test
    void manyUsersReviewingAndUnreviewingConflictingDocumentsLeaveExactStock() throws Exception {
        ApiClient accountant = accountant();
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        StockRace race = StockRace.prepare(accountant, "NC-D");
        race.run(List.of(accountant, planner), List.of(ApiClient.as(base, "manager", "demo"), planner));
        race.assertExact(accountant, planner);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        ApiClient.Answer answer = ApiClient.as(base, "accountant", "demo").get("/openapi");
        assertEquals(200, answer.status());
        assertNotNull(answer.raw());
        assertTrue(answer.raw().contains("/api/documents/{id}/review"), answer.raw());
    }

    private static void assertRejected(ApiClient.Answer answer, int status, String code, String messagePart) {
        assertEquals(status, answer.status(), answer.raw());
        JsonObject body = answer.object();
        assertEquals(code, body.getJsonArray("codes").getString(0), answer.raw());
        String message = body.getJsonArray("messages").getString(0);
        assertTrue(message.contains(messagePart), message);
    }
}
