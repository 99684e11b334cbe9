package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Transfer slips through the REST API: an intra-BU and a cross-BU transfer run by the demo users
 * whose work it is, the goods in transit checked exactly after every step, arrival with damage and
 * shortfall, the unreview chain in both directions, the work lists, the month-end report, and the
 * doors a BU user finds shut on cross-BU slips.
 */
@OnSharedServer
class TransferApiIT {

    /** Counted in whole pieces, kept neither by serial nor in batches. */
    private static final String ITEM = "SP-GBX-0006";
    /** Serial-tracked. */
    private static final String SERIAL_ITEM = "SP-GBX-0001";
    private static final String TODAY = LocalDate.now().toString();

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void intraBuTransferShipsArrivesWithDamageAndUnwindsInOrder() {
        ApiClient accountant = as("accountant");
        receive(accountant, "WCYD-G", ITEM, 5, null);
        BigDecimal sentFromBefore = accountant.onHand("WCYD-G", ITEM);
        BigDecimal goodBefore = accountant.onHand("XLCK-G", ITEM);
        BigDecimal damagedBefore = accountant.onHand("XLCK-D", ITEM);

        ApiClient.Answer made = accountant.post("api/transfers", slip("GOOD", "WCYD-G", "XLCK-G", "PL-7781", null, null,
                line(ITEM, 3)));
        assertEquals(201, made.status(), made.raw());
        JsonObject slip = made.object();
        long id = slip.getJsonNumber("id").longValue();
        String number = slip.getString("number");
        assertTrue(number.matches("TR-\\d{4}-\\d{6}"), number);
        assertFalse(slip.getBoolean("crossBu"));
        assertEquals("SAVED", slip.getString("status"));
        assertTrue(inTransit(accountant, number).isEmpty(), "a saved slip moves nothing");
        assertEquals(404, as("keeper").get("api/transfers/" + id).status(), "not the ZBET keeper's stores");
        assertTrue(contains(work(accountant).getJsonArray("toReview"), number));

        JsonObject reviewed = ok(accountant.post("api/transfers/" + id + "/review", null));
        assertEquals("REVIEWED", reviewed.getString("status"));
        JsonObject outbound = reviewed.getJsonObject("outbound");
        JsonObject inbound = reviewed.getJsonObject("inbound");
        assertEquals("SAVED", outbound.getString("status"));
        assertEquals("SAVED", inbound.getString("status"));
        long outId = outbound.getJsonNumber("id").longValue();
        long inId = inbound.getJsonNumber("id").longValue();
        JsonObject outDoc = ok(accountant.get("api/documents/" + outId));
        JsonObject inDoc = ok(accountant.get("api/documents/" + inId));
        assertEquals("GOOD_TRANSFER_OUT", outDoc.getString("category"));
        assertEquals("WCYD-G", outDoc.getString("store"));
        assertTrue(outDoc.getString("remark").contains("PL-7781"), outDoc.getString("remark"));
        assertEquals("GOOD_TRANSFER_IN", inDoc.getString("category"));
        assertEquals("XLCK-G", inDoc.getString("store"));
        assertEquals(number, inDoc.getString("remark"));
        assertEquals(id, outDoc.getJsonNumber("transferSlip").longValue(), "drill up from the transfer-out");
        assertEquals(id, inDoc.getJsonNumber("transferSlip").longValue(), "drill up from the transfer-in");
        assertTrue(inTransit(accountant, number).isEmpty(), "nothing has left yet");
        assertEquals(sentFromBefore, accountant.onHand("WCYD-G", ITEM));
        assertTrue(contains(work(accountant).getJsonArray("toShip"), number));

        // generated documents follow their slip
        assertConflict(accountant.put("api/documents/" + outId, "{\"date\":\"" + TODAY + "\",\"lines\":[]}"),
                "document.generatedByTransfer");
        assertConflict(accountant.delete("api/documents/" + inId), "document.generatedByTransfer");
        // the goods must leave before they arrive
        ApiClient.Answer early = accountant.post("api/documents/" + inId + "/review", null);
        assertConflict(early, "transfer.inbound.notShipped");
        assertTrue(early.raw().contains(outbound.getString("number")), "the message names what to review first");

        ok(accountant.post("api/documents/" + outId + "/review", null));
        assertEquals(0, sentFromBefore.subtract(new BigDecimal("3")).compareTo(accountant.onHand("WCYD-G", ITEM)));
        List<JsonObject> moving = inTransit(accountant, number);
        assertEquals(1, moving.size());
        assertEquals(0, new BigDecimal("3").compareTo(moving.get(0).getJsonNumber("quantity").bigDecimalValue()));
        assertFalse(moving.get(0).getBoolean("reportedMissing"));
        assertEquals(0, moving.get(0).getJsonNumber("ageDays").longValue());
        assertEquals(1, inTransit(accountant, number, "XLCK-G").size(), "seen from the receiving store");
        assertEquals(0, inTransit(accountant, number, "SZHG-G").size(), "not seen from an unrelated store");
        assertTrue(contains(work(accountant).getJsonArray("toReceive"), number));
        assertFalse(contains(work(as("keeper")).getJsonArray("toReceive"), number),
                "the ZBET keeper receives nothing for XLCK");
        ApiClient.Answer slipBack = accountant.post("api/transfers/" + id + "/unreview", null);
        assertConflict(slipBack, "transfer.unreview.shipped");
        assertTrue(slipBack.raw().contains(outbound.getString("number")));
        JsonObject unreview = accountant.get("api/transfers/" + id).object().getJsonArray("actions")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("action").equals("UNREVIEW"))
                .findFirst().orElseThrow();
        assertFalse(unreview.getBoolean("allowed"), "the slip page offers no Unreview once the goods have left");
        assertEquals("transfer.unreview.shipped", unreview.getJsonArray("codes").getString(0));

        // one of three arrives damaged: two into the good store, one into the damaged store
        ok(accountant.put("api/transfers/" + id + "/arrival",
                "{\"date\":\"" + TODAY + "\",\"lines\":[{\"line\":1,\"damaged\":1}]}"));
        ok(accountant.post("api/documents/" + inId + "/review", null));
        assertEquals(0, goodBefore.add(new BigDecimal("2")).compareTo(accountant.onHand("XLCK-G", ITEM)));
        assertEquals(0, damagedBefore.add(BigDecimal.ONE).compareTo(accountant.onHand("XLCK-D", ITEM)));
        assertTrue(inTransit(accountant, number).isEmpty(), "everything arrived");
        JsonObject received = ok(accountant.get("api/documents/" + inId));
        assertEquals("XLCK-D", received.getString("damagedStore"));
        assertEquals(1, received.getJsonArray("lines").getJsonObject(0).getInt("damagedOnArrival"));

        ApiClient.Answer outBack = accountant.post("api/documents/" + outId + "/unreview", null);
        assertConflict(outBack, "transfer.outbound.received");
        assertTrue(outBack.raw().contains(inbound.getString("number")), "the message names what to unreview first");

        // unwound in order, every step reversing exactly what it booked
        ok(accountant.post("api/documents/" + inId + "/unreview", null));
        assertEquals(0, goodBefore.compareTo(accountant.onHand("XLCK-G", ITEM)));
        assertEquals(0, damagedBefore.compareTo(accountant.onHand("XLCK-D", ITEM)));
        assertEquals(1, inTransit(accountant, number).size(), "back in transit");
        ok(accountant.post("api/documents/" + outId + "/unreview", null));
        assertEquals(0, sentFromBefore.compareTo(accountant.onHand("WCYD-G", ITEM)));
        assertTrue(inTransit(accountant, number).isEmpty());
        JsonObject unreviewed = ok(accountant.post("api/transfers/" + id + "/unreview", null));
        assertEquals("SAVED", unreviewed.getString("status"));
        assertFalse(unreviewed.containsKey("outbound"), "the slip no longer names the deleted documents");
        assertEquals(404, accountant.get("api/documents/" + outId).status(), "generated documents are deleted");
        assertEquals(404, accountant.get("api/documents/" + inId).status());
        assertEquals(204, accountant.delete("api/transfers/" + id).status());
        assertEquals(404, accountant.get("api/transfers/" + id).status());
    }

    @Test
    void crossBuTransferIsThePlanningOfficesAndAShortfallWaitsForItsApproval() {
        ApiClient planner = as("planner");
        ApiClient accountant = as("accountant");
        ApiClient northwest = as("accountant.nw");
        receive(accountant, "ZBET-G", SERIAL_ITEM, 2, List.of("XT-" + System.nanoTime(), "XT-" + (System.nanoTime() + 1)));
        JsonArray serials = lastSerials(accountant, "ZBET-G", SERIAL_ITEM);
        String first = serials.getString(0);
        String second = serials.getString(1);
        BigDecimal northwestBefore = planner.onHand("NW-G", SERIAL_ITEM);
        String body = slip("GOOD", "ZBET-G", "NW-G", null, "周经理 Zhou Jingli", "西北经理 NW manager",
                "{\"item\":\"" + SERIAL_ITEM + "\",\"quantity\":2,\"serials\":[\"" + first + "\",\"" + second + "\"]}");

        assertForbidden(accountant.post("api/transfers", body));
        assertForbidden(northwest.post("api/transfers", body));
        JsonObject slip = planner.post("api/transfers", body).object();
        long id = slip.getJsonNumber("id").longValue();
        String number = slip.getString("number");
        assertTrue(slip.getBoolean("crossBu"));
        assertEquals("周经理 Zhou Jingli", slip.getString("agreedBySending"));
        assertForbidden(accountant.post("api/transfers/" + id + "/review", null));
        assertForbidden(northwest.post("api/transfers/" + id + "/review", null));
        assertForbidden(accountant.put("api/transfers/" + id, body));
        assertForbidden(accountant.delete("api/transfers/" + id));
        assertFalse(contains(work(accountant).getJsonArray("toReview"), number), "not in a BU's review list");
        assertTrue(contains(work(planner).getJsonArray("toReview"), number));

        JsonObject reviewed = ok(planner.post("api/transfers/" + id + "/review", null));
        long outId = reviewed.getJsonObject("outbound").getJsonNumber("id").longValue();
        long inId = reviewed.getJsonObject("inbound").getJsonNumber("id").longValue();
        assertForbidden(accountant.post("api/transfers/" + id + "/unreview", null));
        // the sending BU ships, the receiving BU receives, each only its own end
        assertTrue(contains(work(accountant).getJsonArray("toShip"), number));
        assertFalse(contains(work(northwest).getJsonArray("toShip"), number));
        assertForbidden(northwest.post("api/documents/" + outId + "/review", null));
        ok(accountant.post("api/documents/" + outId + "/review", null));
        List<JsonObject> shipped = inTransit(planner, number);
        assertEquals(1, shipped.size());
        assertEquals(2, shipped.get(0).getInt("quantity"));
        assertTrue(contains(work(northwest).getJsonArray("toReceive"), number));
        assertFalse(contains(work(accountant).getJsonArray("toReceive"), number));
        assertForbidden(accountant.put("api/transfers/" + id + "/arrival", "{\"date\":\"" + TODAY + "\",\"lines\":[]}"));

        // one unit never arrives: the receiver names its serial
        ApiClient.Answer unnamed = northwest.put("api/transfers/" + id + "/arrival",
                "{\"date\":\"" + TODAY + "\",\"lines\":[{\"line\":1,\"missing\":1}]}");
        assertEquals(422, unnamed.status(), unnamed.raw());
        assertTrue(unnamed.raw().contains("arrival.serials.missingCount"), unnamed.raw());
        ok(northwest.put("api/transfers/" + id + "/arrival", "{\"date\":\"" + TODAY
                + "\",\"lines\":[{\"line\":1,\"missing\":1,\"missingSerials\":[\"" + second + "\"]}]}"));
        ok(northwest.post("api/documents/" + inId + "/review", null));
        assertEquals(0, northwestBefore.add(BigDecimal.ONE).compareTo(planner.onHand("NW-G", SERIAL_ITEM)));
        List<JsonObject> missing = inTransit(planner, number);
        assertEquals(1, missing.size(), "the missing unit stays in transit until its loss is approved");
        assertEquals(1, missing.get(0).getInt("quantity"));
        assertTrue(missing.get(0).getBoolean("reportedMissing"));
        assertTrue(contains(work(planner).getJsonArray("lossesToApprove"), number));

        assertForbidden(accountant.post("api/transfers/" + id + "/loss-approval", null));
        assertForbidden(northwest.post("api/transfers/" + id + "/loss-approval", null));
        JsonObject approved = ok(planner.post("api/transfers/" + id + "/loss-approval", null));
        assertEquals("planner", approved.getString("lossApprovedBy"));
        assertEquals(1, approved.getInt("missingOnArrival"));
        assertTrue(inTransit(planner, number).isEmpty(), "written off");
        assertFalse(contains(work(planner).getJsonArray("lossesToApprove"), number));
        assertConflict(northwest.post("api/documents/" + inId + "/unreview", null), "transfer.inbound.lossApproved");

        // the month-end report lists it, for the planning office only
        String month = YearMonth.now().toString();
        ApiClient.Answer report = planner.get("api/transfers/cross-bu-report?month=" + month);
        assertEquals(200, report.status(), report.raw());
        assertTrue(contains(report.array(), number));
        assertForbidden(accountant.get("api/transfers/cross-bu-report?month=" + month));
        assertEquals(400, planner.get("api/transfers/cross-bu-report?month=November").status());

        // withdrawn, the receiver can correct the arrival again
        ok(planner.delete("api/transfers/" + id + "/loss-approval"));
        ok(northwest.post("api/documents/" + inId + "/unreview", null));
        assertEquals(0, northwestBefore.compareTo(planner.onHand("NW-G", SERIAL_ITEM)));
        assertEquals(2, inTransit(planner, number).get(0).getInt("quantity"));
    }

    @Test
    void badSlipsAreRefusedWithEveryReason() {
        ApiClient accountant = as("accountant");
        ApiClient.Answer sameUnit = accountant.post("api/transfers", slip("GOOD", "ZBET-G", "ZBET-D", null, null, null,
                line(ITEM, 1)));
        assertEquals(422, sameUnit.status(), sameUnit.raw());
        assertTrue(sameUnit.raw().contains("transfer.store.wrongKind"), sameUnit.raw());
        assertTrue(sameUnit.raw().contains("transfer.store.sameUnit"), sameUnit.raw());
        ApiClient.Answer agreedWithin = accountant.post("api/transfers", slip("GOOD", "ZBET-G", "WCYD-G", null,
                "someone", null, line(ITEM, 0), line("NO-SUCH-ITEM", 1)));
        assertEquals(422, agreedWithin.status(), agreedWithin.raw());
        assertTrue(agreedWithin.raw().contains("transfer.agreement.intraBu"), agreedWithin.raw());
        assertTrue(agreedWithin.raw().contains("line.quantity.mustBePositive"), agreedWithin.raw());
        assertTrue(agreedWithin.raw().contains("line.item.unknown"), agreedWithin.raw());
        assertFalse(agreedWithin.raw().contains("line.item.required"), "an unknown code is reported once");
        ApiClient.Answer shiny = accountant.post("api/transfers", "{\"kind\":\"SHINY\"}");
        assertEquals(422, shiny.status(), shiny.raw());
        assertTrue(shiny.raw().contains("request.value.unknown"), shiny.raw());
        // a BU cannot turn its own slip into a cross-BU one
        long id = accountant.post("api/transfers", slip("GOOD", "ZBET-G", "WCYD-G", null, null, null, line(ITEM, 1)))
                .object().getJsonNumber("id").longValue();
        assertForbidden(accountant.put("api/transfers/" + id, slip("GOOD", "ZBET-G", "NW-G", null, null, null,
                line(ITEM, 1))));
        assertForbidden(as("keeper").post("api/transfers", slip("GOOD", "ZBET-G", "WCYD-G", null, null, null,
                line(ITEM, 1))));
        assertForbidden(as("manager").post("api/transfers/" + id + "/review", null));
        assertConflict(accountant.post("api/transfers/" + id + "/unreview", null), "document.action.notAllowed");
        assertEquals(200, as("accountant.nw").get("api/transfers/" + id).status(), "accountants read every store");
        assertEquals(200, as("keeper").get("api/transfers/" + id).status(), "the ZBET keeper sees a slip from its store");
        assertEquals(204, accountant.delete("api/transfers/" + id).status());
    }

    /**
     * The sender calling a shipment back and the receiver booking it in, at the same moment: the
     * slip's lock puts one after the other, so exactly one succeeds and the goods are never both
     * back home and received. Several rounds, then the books are checked.
     */
    @Test
    void callingAShipmentBackWhileItIsReceivedNeverDoesBoth() throws Exception {
        ApiClient accountant = as("accountant");
        ApiClient accountantToo = as("accountant");
        receive(accountant, "WCYD-G", ITEM, 6, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = accountant.post("api/transfers", slip("GOOD", "WCYD-G", "XLCK-G", null, null, null,
                        line(ITEM, 1))).object().getJsonNumber("id").longValue();
                JsonObject reviewed = ok(accountant.post("api/transfers/" + id + "/review", null));
                long outId = reviewed.getJsonObject("outbound").getJsonNumber("id").longValue();
                long inId = reviewed.getJsonObject("inbound").getJsonNumber("id").longValue();
                ok(accountant.post("api/documents/" + outId + "/review", null));

                CountDownLatch start = new CountDownLatch(1);
                Future<ApiClient.Answer> callBack = pool.submit(() -> {
                    start.await();
                    return accountant.post("api/documents/" + outId + "/unreview", null);
                });
                Future<ApiClient.Answer> bookIn = pool.submit(() -> {
                    start.await();
                    return accountantToo.post("api/documents/" + inId + "/review", null);
                });
                start.countDown();
                ApiClient.Answer back = callBack.get(60, TimeUnit.SECONDS);
                ApiClient.Answer in = bookIn.get(60, TimeUnit.SECONDS);
                assertEquals(1, (back.status() == 200 ? 1 : 0) + (in.status() == 200 ? 1 : 0),
                        "exactly one wins: " + back.raw() + " | " + in.raw());
                ApiClient.Answer loser = back.status() == 200 ? in : back;
                assertEquals(409, loser.status(), loser.raw());
                assertTrue(loser.raw().contains(back.status() == 200 ? "transfer.inbound.notShipped"
                        : "transfer.outbound.received"), loser.raw());
                String outStatus = ok(accountant.get("api/documents/" + outId)).getString("status");
                String inStatus = ok(accountant.get("api/documents/" + inId)).getString("status");
                assertTrue(!inStatus.equals("REVIEWED") || outStatus.equals("REVIEWED"),
                        "received but not shipped: " + outStatus + " / " + inStatus);
            }
        } finally {
            pool.shutdownNow();
        }
        ApiClient.Answer check = as("planner").get("api/stock-check");
        assertEquals(200, check.status(), check.raw());
        assertEquals(0, check.array().size(), "balances agree with their ledger rows: " + check.raw());
    }

    @Test
    void aShipmentCalledBackForgetsTheArrivalRecordedAgainstIt() {
        ApiClient accountant = as("accountant");
        receive(accountant, "WCYD-G", ITEM, 2, null);
        long id = accountant.post("api/transfers", slip("GOOD", "WCYD-G", "SZHG-G", null, null, null, line(ITEM, 2)))
                .object().getJsonNumber("id").longValue();
        JsonObject reviewed = ok(accountant.post("api/transfers/" + id + "/review", null));
        long outId = reviewed.getJsonObject("outbound").getJsonNumber("id").longValue();
        long inId = reviewed.getJsonObject("inbound").getJsonNumber("id").longValue();
        ok(accountant.post("api/documents/" + outId + "/review", null));
        ApiClient.Answer tomorrow = accountant.put("api/transfers/" + id + "/arrival", "{\"date\":\""
                + LocalDate.now().plusDays(1) + "\",\"lines\":[]}");
        assertEquals(422, tomorrow.status(), tomorrow.raw());
        assertTrue(tomorrow.raw().contains("arrival.date.future"), tomorrow.raw());
        ok(accountant.put("api/transfers/" + id + "/arrival", "{\"date\":\"" + TODAY
                + "\",\"lines\":[{\"line\":1,\"missing\":1}]}"));
        assertEquals(1, ok(accountant.get("api/documents/" + inId)).getJsonArray("lines").getJsonObject(0)
                .getInt("missingOnArrival"));

        ok(accountant.post("api/documents/" + outId + "/unreview", null));

        JsonObject inbound = ok(accountant.get("api/documents/" + inId));
        assertFalse(inbound.getJsonArray("lines").getJsonObject(0).containsKey("missingOnArrival"),
                "nothing can be missing from goods that never left: " + inbound);
        // a material return cannot take back what a transfer brought in
        ok(accountant.post("api/documents/" + outId + "/review", null));
        ok(accountant.post("api/documents/" + inId + "/review", null));
        ApiClient.Answer materialReturn = accountant.post("api/documents", "{\"category\":\"MATERIAL_RETURN\","
                + "\"store\":\"SZHG-G\",\"reverses\":\"" + inbound.getString("number") + "\",\"date\":\"" + TODAY
                + "\",\"lines\":[" + line(ITEM, -1) + "]}");
        assertEquals(422, materialReturn.status(), materialReturn.raw());
        assertTrue(materialReturn.raw().contains("document.reverses.transfer"), materialReturn.raw());
    }

    @Test
    void theTransferApiIsInTheOpenApiDocument() {
        ApiClient.Answer answer = ApiClient.as(base, "accountant", "demo").get("/openapi");
        assertEquals(200, answer.status());
        for (String path : List.of("/api/transfers", "/api/transfers/{id}/review", "/api/transfers/{id}/unreview",
                "/api/transfers/{id}/arrival", "/api/transfers/{id}/loss-approval", "/api/transfers/work",
                "/api/transfers/in-transit", "/api/transfers/cross-bu-report")) {
            assertTrue(answer.raw().contains("\"" + path + "\""), path + " is not in the OpenAPI document");
        }
    }

    private static String slip(String kind, String from, String to, String packingList, String agreedSending,
            String agreedReceiving, String... lines) {
        return "{\"kind\":\"" + kind + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"date\":\"" + TODAY + "\""
                + (packingList == null ? "" : ",\"packingListRef\":\"" + packingList + "\"")
                + (agreedSending == null ? "" : ",\"agreedBySending\":\"" + agreedSending + "\"")
                + (agreedReceiving == null ? "" : ",\"agreedByReceiving\":\"" + agreedReceiving + "\"")
                + ",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String line(String item, int quantity) {
        return "{\"item\":\"" + item + "\",\"quantity\":" + quantity + "}";
    }

    private static void receive(ApiClient api, String store, String item, int quantity, List<String> serials) {
        String serialJson = serials == null ? "" : ",\"serials\":[\"" + String.join("\",\"", serials) + "\"]";
        ApiClient.Answer created = api.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + item
                + "\",\"quantity\":" + quantity + serialJson + "}]}");
        assertEquals(201, created.status(), created.raw());
        ok(api.post("api/documents/" + created.object().getJsonNumber("id") + "/review", null));
    }

    /** The serials of the newest receipt of the item in the store. */
    private static JsonArray lastSerials(ApiClient api, String store, String item) {
        JsonObject newest = api.get("api/documents?store=" + store + "&category=PURCHASE&max=1").array()
                .getJsonObject(0);
        return ok(api.get("api/documents/" + newest.getJsonNumber("id"))).getJsonArray("lines").getJsonObject(0)
                .getJsonArray("serials");
    }

    private static JsonObject work(ApiClient api) {
        return ok(api.get("api/transfers/work"));
    }

    private static List<JsonObject> inTransit(ApiClient api, String number) {
        return inTransit(api, number, null);
    }

    private static List<JsonObject> inTransit(ApiClient api, String number, String store) {
        ApiClient.Answer answer = api.get("api/transfers/in-transit" + (store == null ? "" : "?store=" + store));
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("number").equals(number)).toList();
    }

    private static boolean contains(JsonArray slips, String number) {
        return slips.stream().map(JsonValue::asJsonObject).anyMatch(s -> s.getString("number").equals(number));
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }

    private static void assertForbidden(ApiClient.Answer answer) {
        assertEquals(403, answer.status(), answer.raw());
    }

    private static void assertConflict(ApiClient.Answer answer, String code) {
        assertEquals(409, answer.status(), answer.raw());
        assertTrue(answer.raw().contains(code), answer.raw());
    }
}
