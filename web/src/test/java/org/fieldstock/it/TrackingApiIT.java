package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

/**
 * Serials, batches and turbines through the REST API on Payara Micro: a serial is in one store at a
 * time, batches are issued nearest expiry first, and a self-use line names its turbine.
 */
@OnSharedServer
class TrackingApiIT {

    private static final String SITE_STORE = "SZHG-G";
    /** Class II, one serial per unit. */
    private static final String PITCH_MOTOR = "SP-PIT-0002";
    /** Hydraulic oil: a shelf life of 60 months, so kept in batches. */
    private static final String OIL = "CS-HYD-0002";

    @ServerBase
    private URL base;

    /** Serials and batch numbers unique to this run, so that the test can be repeated on one database. */
    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

    private ApiClient accountant() {
        return ApiClient.as(base, "accountant", "demo");
    }

    private static String document(String category, String store, String linesJson) {
        return "{\"deliveryNote\":\"DN-IT\",\"category\":\"" + category + "\",\"store\":\"" + store + "\"," + ("PURCHASE".equals(category)
                ? "\"supplier\":\"SUP-001\"," : "") + "\"date\":\"2026-11-20\",\"lines\":[" + linesJson + "]}";
    }

    private static long created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw());
        assertEquals(code, answer.object().getJsonArray("codes").getString(0), answer.raw());
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void serialsAndBatchesFromReceiptToSelfUse() {
        ApiClient api = accountant();
        String pm1 = run + "-PM1";
        String pm2 = run + "-PM2";
        String soon = run + "-SOON";
        String later = run + "-LATER";
        long receipt = created(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":2,\"serials\":[\"" + pm1 + "\"]},"
                        + "{\"item\":\"" + OIL + "\",\"quantity\":10,\"batch\":\"" + later + "\",\"expiry\":\"2030-06-30\"},"
                        + "{\"item\":\"" + OIL + "\",\"quantity\":5,\"batch\":\"" + soon + "\",\"expiry\":\"2028-01-31\"}")));
        assertRefused(api.post("api/documents/" + receipt + "/review", null), 422, "line.serials.count");

        JsonObject saved = api.get("api/documents/" + receipt).object();
        ApiClient.Answer completed = api.put("api/documents/" + receipt, "{\"version\":" + saved.getInt("version")
                + ",\"date\":\"2026-11-20\",\"supplier\":\"SUP-001\",\"deliveryNote\":\"DN-IT\",\"lines\":[{\"item\":\"" + PITCH_MOTOR
                + "\",\"quantity\":2,\"serials\":[\"" + pm1 + "\",\"" + pm2 + "\"]},"
                + "{\"item\":\"" + OIL + "\",\"quantity\":10,\"batch\":\"" + later + "\",\"expiry\":\"2030-06-30\"},"
                + "{\"item\":\"" + OIL + "\",\"quantity\":5,\"batch\":\"" + soon + "\",\"expiry\":\"2028-01-31\"}]}");
        assertEquals(200, completed.status(), completed.raw());
        assertEquals(List.of(pm1, pm2), strings(completed.object().getJsonArray("lines").getJsonObject(0), "serials"));
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());

        JsonObject motors = api.get("api/stores/" + SITE_STORE + "/lots?item=" + PITCH_MOTOR).object();
        assertTrue(strings(motors, "serials").containsAll(List.of(pm1, pm2)), motors.toString());
        // the suggestion takes the store's batches in listed order (nearest expiry first) until 7 are covered
        List<JsonObject> lots = api.get("api/stores/" + SITE_STORE + "/lots?item=" + OIL).object()
                .getJsonArray("batches").getValuesAs(JsonObject.class);
        List<String> expiries = lots.stream().map(b -> b.getString("expiry")).toList();
        assertEquals(expiries.stream().sorted().toList(), expiries, "batches are listed nearest expiry first");
        assertTrue(expiries.indexOf("2028-01-31") < expiries.indexOf("2030-06-30"));
        List<String> expectedPicks = new ArrayList<>();
        BigDecimal open = BigDecimal.valueOf(7);
        for (JsonObject lot : lots) {
            if (open.signum() > 0 && !LocalDate.parse(lot.getString("expiry")).isBefore(LocalDate.now())) {
                BigDecimal take = lot.getJsonNumber("onHand").bigDecimalValue().min(open);
                expectedPicks.add(lot.getString("batch") + "×" + take.stripTrailingZeros().toPlainString());
                open = open.subtract(take);
            }
        }
        JsonObject suggestion = api.get("api/stores/" + SITE_STORE + "/issue-suggestion?item=" + OIL + "&quantity=7")
                .object();
        assertEquals(expectedPicks, suggestion.getJsonArray("batches").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("batch") + "×" + b.getJsonNumber("quantity").bigDecimalValue()
                        .stripTrailingZeros().toPlainString()).toList(), suggestion.toString());
        assertEquals(0, suggestion.getJsonNumber("shortfall").bigDecimalValue().signum());

        long selfUse = created(api.post("api/documents", document("SELF_USE", SITE_STORE,
                "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"turbine\":\"A02\",\"serials\":[\"" + pm2 + "\"]},"
                        + "{\"item\":\"" + OIL + "\",\"quantity\":5,\"turbine\":\"A02\",\"batch\":\"" + soon + "\"}")));
        JsonObject issued = api.post("api/documents/" + selfUse + "/review", null).object();
        assertEquals("REVIEWED", issued.getString("status"), issued.toString());
        assertEquals("A02", issued.getJsonArray("lines").getJsonObject(0).getString("turbine"));

        motors = api.get("api/stores/" + SITE_STORE + "/lots?item=" + PITCH_MOTOR).object();
        assertTrue(strings(motors, "serials").contains(pm1));
        assertTrue(!strings(motors, "serials").contains(pm2), "the issued unit left the store: " + motors);
        List<String> oilBatches = api.get("api/stores/" + SITE_STORE + "/lots?item=" + OIL).object()
                .getJsonArray("batches").stream().map(b -> b.asJsonObject().getString("batch"))
                .filter(b -> b.startsWith(run)).toList();
        assertEquals(List.of(later), oilBatches, "an emptied batch is no longer listed");

        // the receipt cannot be taken back while one of its units and one of its batches are gone
        ApiClient.Answer unreview = api.post("api/documents/" + receipt + "/unreview", null);
        assertEquals(409, unreview.status(), unreview.raw());
        assertEquals(200, api.post("api/documents/" + selfUse + "/unreview", null).status());
        assertEquals(200, api.post("api/documents/" + receipt + "/unreview", null).status());
        assertEquals(List.of(), strings(api.get("api/stores/" + SITE_STORE + "/lots?item=" + PITCH_MOTOR).object(),
                "serials").stream().filter(s -> s.startsWith(run)).toList());
        assertStockCheckClean();
    }

    @Test
    void aSerialIsInOneStoreAtATime() {
        ApiClient api = accountant();
        String serial = run + "-ONE";
        long intoSite = created(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}")));
        long intoBu = created(api.post("api/documents", document("PURCHASE", "NC-G",
                "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}")));
        assertEquals(200, api.post("api/documents/" + intoSite + "/review", null).status());

        ApiClient.Answer second = api.post("api/documents/" + intoBu + "/review", null);
        assertRefused(second, 409, "stock.serial.inOtherStore");
        assertTrue(second.object().getJsonArray("messages").getString(0).contains(SITE_STORE), second.raw());

        long issueElsewhere = created(api.post("api/documents", document("SELF_USE", "NC-G",
                "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}")));
        ApiClient.Answer wrongStore = api.post("api/documents/" + issueElsewhere + "/review", null);
        assertEquals(409, wrongStore.status(), wrongStore.raw());
        assertStockCheckClean();
    }

    @Test
    void theSameNewSerialReceivedIntoTwoStoresAtOnceLandsInOne() throws Exception {
        ApiClient api = accountant();
        String serial = run + "-RACE";
        List<Long> receipts = new ArrayList<>();
        for (String store : List.of(SITE_STORE, "NC-G", "ZBET-G", "WCYD-G")) {
            receipts.add(created(api.post("api/documents", document("PURCHASE", store,
                    "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}"))));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(receipts.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (long id : receipts) {
                Callable<ApiClient.Answer> review = () -> {
                    start.await();
                    return api.post("api/documents/" + id + "/review", null);
                };
                answers.add(pool.submit(review));
            }
            start.countDown();
            for (Future<ApiClient.Answer> answer : answers) {
                ApiClient.Answer result = answer.get();
                statuses.add(result.status());
                if (result.status() != 200) {
                    assertEquals(409, result.status(), result.raw());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one receipt took it: " + statuses);
        assertStockCheckClean();
    }

    @Test
    void turbinesAreThoseOfTheStoresSite() {
        ApiClient api = accountant();
        assertRefused(api.post("api/documents", document("SELF_USE", SITE_STORE,
                "{\"item\":\"SP-GBX-0006\",\"quantity\":1,\"turbine\":\"Z99\"}")), 422, "line.turbine.unknown");
        assertRefused(api.post("api/documents", document("SELF_USE", "NC-G",
                "{\"item\":\"SP-GBX-0006\",\"quantity\":1,\"turbine\":\"A01\"}")), 422, "line.turbine.notASiteStore");
        assertRefused(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"SP-GBX-0006\",\"quantity\":1,\"turbine\":\"A01\"}")), 422, "line.turbine.notAllowed");
        long intake = created(api.post("api/documents", document("DAMAGE_INTAKE", "SZHG-D",
                "{\"item\":\"SP-GBX-0006\",\"quantity\":1,\"turbine\":\"A01\",\"remark\":\"failed in use\"}")));
        assertEquals("A01", api.get("api/documents/" + intake).object().getJsonArray("lines").getJsonObject(0)
                .getString("turbine"));
    }

    @Test
    void batchRulesAreCheckedOnEntryAndOnReview() {
        ApiClient api = accountant();
        String yesterday = LocalDate.of(2026, 11, 19).toString();
        assertRefused(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":1,\"batch\":\"" + run + "-X\",\"expiry\":\"" + yesterday + "\"}")),
                422, "line.expiry.passed");
        assertRefused(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"SP-GBX-0006\",\"quantity\":1,\"batch\":\"" + run + "-X\"}")), 422, "line.batch.notTracked");
        long issue = created(api.post("api/documents", document("SELF_USE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":1}")));
        assertRefused(api.post("api/documents/" + issue + "/review", null), 422, "line.batch.requiredOut");

        String batch = run + "-EXP";
        long first = created(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":2,\"batch\":\"" + batch + "\",\"expiry\":\"2029-03-31\"}")));
        long second = created(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":2,\"batch\":\"" + batch + "\",\"expiry\":\"2029-04-30\"}")));
        assertEquals(200, api.post("api/documents/" + first + "/review", null).status());
        assertRefused(api.post("api/documents/" + second + "/review", null), 409, "stock.batch.otherExpiry");

        // goods issued and then put back keep their own expiry, even if the batch number was reused meanwhile
        String reused = run + "-REUSED";
        long firstLot = created(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":2,\"batch\":\"" + reused + "\",\"expiry\":\"2028-03-31\"}")));
        assertEquals(200, api.post("api/documents/" + firstLot + "/review", null).status());
        long issueAll = created(api.post("api/documents", document("SELF_USE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":2,\"batch\":\"" + reused + "\"}")));
        JsonObject issuedLine = api.post("api/documents/" + issueAll + "/review", null).object()
                .getJsonArray("lines").getJsonObject(0);
        assertEquals("2028-03-31", issuedLine.getString("expiry"), "the issue notes the date of the goods it took");
        long secondLot = created(api.post("api/documents", document("PURCHASE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":1,\"batch\":\"" + reused + "\",\"expiry\":\"2029-12-31\"}")));
        assertEquals(200, api.post("api/documents/" + secondLot + "/review", null).status());
        assertRefused(api.post("api/documents/" + issueAll + "/unreview", null), 409, "stock.batch.otherExpiry");

        long tooMuch = created(api.post("api/documents", document("SELF_USE", SITE_STORE,
                "{\"item\":\"" + OIL + "\",\"quantity\":3,\"batch\":\"" + batch + "\"}")));
        assertRefused(api.post("api/documents/" + tooMuch + "/review", null), 409, "stock.batch.insufficient");
        assertStockCheckClean();
    }

    /**
     * One pitch motor's life through every category that takes it: it fails on turbine A04 (damage
     * intake at the site), goes back to the repair hub on a damaged-goods transfer (the site itself
     * may not send it to repair), leaves the hub for repair (repair return, naming no vendor), comes
     * back repaired (repaired inbound into the central store) and is taken into use there; each review
     * moves the unit by its serial, and each category refuses the wrong kind of store.
     */
    @Test
    void aPartsRepairCycleRunsThroughEveryCategoryThatTakesIt() {
        ApiClient api = accountant();
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        ApiClient hub = ApiClient.as(base, "hub", "demo");
        String serial = run + "-CYCLE";
        String unit = "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]";
        long failed = created(api.post("api/documents", document("DAMAGE_INTAKE", "SZHG-D", unit
                + ",\"turbine\":\"A04\"}")));
        assertEquals(200, api.post("api/documents/" + failed + "/review", null).status());
        assertEquals(List.of("SZHG-D"), whereIs(api, serial));
        assertRefused(api.post("api/documents", document("REPAIR_RETURN", "SZHG-D", unit + "}")), 422,
                "document.repairReturn.onlyAtHub");

        JsonObject slip = planner.post("api/transfers", "{\"kind\":\"DAMAGED\",\"from\":\"SZHG-D\",\"to\":\"PMD-D\","
                + "\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":[" + unit + "}]}").object();
        JsonObject reviewed = planner.post("api/transfers/" + slip.getJsonNumber("id") + "/review", null).object();
        ApiClient.Answer shipped = planner.post("api/documents/" + reviewed.getJsonObject("outbound")
                .getJsonNumber("id") + "/review", null);
        assertEquals(200, shipped.status(), shipped.raw());
        ApiClient.Answer received = hub.post("api/documents/" + reviewed.getJsonObject("inbound").getJsonNumber("id")
                + "/review", null);
        assertEquals(200, received.status(), received.raw());
        assertEquals(List.of("PMD-D"), whereIs(planner, serial));

        assertRefused(hub.post("api/documents", "{\"category\":\"REPAIR_RETURN\",\"store\":\"PMD-D\","
                + "\"supplier\":\"SUP-001\",\"date\":\"2026-11-20\",\"lines\":[" + unit + "}]}"), 422,
                "document.supplier.notAllowed");
        long toRepair = created(hub.post("api/documents", document("REPAIR_RETURN", "PMD-D", unit + "}")));
        assertEquals(200, hub.post("api/documents/" + toRepair + "/review", null).status());
        assertEquals(List.of(), whereIs(planner, serial), "in repair the unit is in none of our stores");

        long repaired = created(hub.post("api/documents", document("REPAIRED", "PMD-G", unit + "}")));
        assertEquals(200, hub.post("api/documents/" + repaired + "/review", null).status());
        assertEquals(List.of("PMD-G"), whereIs(planner, serial));

        long used = created(hub.post("api/documents", document("SELF_USE", "PMD-G", unit + "}")));
        assertEquals(200, hub.post("api/documents/" + used + "/review", null).status());
        assertEquals(List.of(), whereIs(planner, serial));
        // the repaired unit is in use: its receipt cannot be taken back (the central store holds no other)
        assertRefused(hub.post("api/documents/" + repaired + "/unreview", null), 409, "stock.insufficient");

        String plain = "{\"item\":\"SP-GBX-0006\",\"quantity\":1}";
        assertRefused(api.post("api/documents", document("PETTY_PURCHASE", "SZHG-D", plain)), 422,
                "document.store.wrongKind");
        assertRefused(api.post("api/documents", document("DAMAGE_INTAKE", SITE_STORE, plain)), 422,
                "document.store.wrongKind");
        assertRefused(api.post("api/documents", document("REPAIRED", "SZHG-D", plain)), 422, "document.store.wrongKind");
        assertRefused(api.post("api/documents", document("SCRAP", SITE_STORE, plain)), 422, "document.store.wrongKind");
        assertRefused(ApiClient.as(base, "hub", "demo").post("api/documents", document("REPAIR_RETURN", "PMD-D",
                plain)), 422, "line.item.wrongClass");
        assertRefused(api.post("api/documents", document("GOOD_TRANSFER_IN", SITE_STORE, plain)), 422,
                "document.category.transferOnly");
        assertRefused(api.post("api/documents", document("PETTY_PURCHASE", SITE_STORE, plain)), 422,
                "document.pettyPurchase.requisitionRequired");
        long petty = created(api.post("api/documents", document("PETTY_PURCHASE", SITE_STORE, plain)
                .replace("{\"deliveryNote\"", "{\"emergency\":true,\"deliveryNote\"")));
        assertEquals(200, api.post("api/documents/" + petty + "/review", null).status());
        assertEquals(200, api.post("api/documents/" + petty + "/unreview", null).status());
        assertStockCheckClean();
    }

    /**
     * The stores (at most one) among the site's and the production management department's that
     * hold the pitch motor with this serial now.
     */
    private static List<String> whereIs(ApiClient api, String serial) {
        List<String> stores = new ArrayList<>();
        for (String store : List.of(SITE_STORE, "SZHG-D", "PMD-G", "PMD-D")) {
            if (strings(api.get("api/stores/" + store + "/lots?item=" + PITCH_MOTOR).object(), "serials")
                    .contains(serial)) {
                stores.add(store);
            }
        }
        return stores;
    }

    private void assertStockCheckClean() {
        ApiClient.Answer check = ApiClient.as(base, "planner", "demo").get("api/stock-check");
        assertEquals(200, check.status(), check.raw());
        assertEquals(0, check.array().size(), "balances agree with ledger, batches and serials: " + check.raw());
    }
}
