package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * A requisition (内部联络单) over REST on Payara Micro: the keeper drafts it, the site chief signs it
 * (filed: the BU planner's clock of a day starts), the planner checks it, the supervisor and the
 * manager sign it. Out of turn, out of scope or without a reason is refused and changes nothing;
 * a requisition sent back is the site's draft again.
 */
@OnSharedServer
class RequisitionApiIT {

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static final String TWO_LINES = "{\"site\":\"ZBET\",\"remark\":\"A03 大修 overhaul\",\"lines\":["
            + "{\"item\":\"SP-PIT-0001\",\"quantity\":2,\"urgency\":\"URGENT\",\"reason\":\"A03 变桨电机烧毁 burnt\"},"
            + "{\"item\":\"TL-GNL-0001\",\"quantity\":1,\"reason\":\"工具损坏 broken\"}]}";

    @Test
    void aSiteFilesARequisitionThePlannersClockRunsAndTheBuSignsItInTurn() {
        ApiClient keeper = as("keeper");
        JsonObject draft = created(keeper.post("api/requisitions", TWO_LINES));
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(draft.getString("number").startsWith("REQ-"), draft.toString());
        JsonObject motor = draft.getJsonArray("lines").getJsonObject(0);
        assertEquals("SPARE", motor.getString("kind"));
        assertEquals("URGENT", motor.getString("urgency"));
        assertEquals("TOOL", draft.getJsonArray("lines").getJsonObject(1).getString("kind"));
        assertEquals("NORMAL", draft.getJsonArray("lines").getJsonObject(1).getString("urgency"));
        assertEquals(List.of("MODIFY", "WITHDRAW"), strings(draft, "actions"), "the keeper changes, the chief signs");

        assertRefused(keeper.post("api/requisitions/" + id + "/steps", "{\"action\":\"SIGN\"}"), 403,
                "requisition.action.notYours");
        ApiClient chief = as("chief");
        Instant before = Instant.now();
        JsonObject filed = ok(chief.post("api/requisitions/" + id + "/steps",
                "{\"action\":\"SIGN\",\"version\":" + draft.getInt("version") + "}"));
        assertEquals("FILED", filed.getString("status"));
        assertEquals("BU_PLANNER", filed.getString("waitingFor"));
        Instant due = Instant.parse(filed.getString("checkDueAt"));
        Instant filedAt = Instant.parse(filed.getString("filedAt"));
        assertEquals(Duration.ofHours(24), Duration.between(filedAt, due), "due a day after it was filed");
        assertFalse(filedAt.isBefore(before.minusSeconds(1)));
        assertFalse(filed.getBoolean("checkOverdue"));
        assertRefused(keeper.put("api/requisitions/" + id, TWO_LINES), 409, "requisition.action.notNow");

        // the BU sees it waiting for its planner; another BU does not see it at all
        JsonObject listed = as("buplanner").get("api/requisitions?open=true").array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getInt("id") == id).findFirst().orElseThrow();
        assertEquals(List.of("CHECK", "SEND_BACK", "REFUSE"), strings(listed, "actions"));
        assertEquals(404, as("accountant.nw").get("api/requisitions/" + id).status());
        assertTrue(as("accountant.nw").get("api/requisitions").array().stream().map(JsonValue::asJsonObject)
                .noneMatch(r -> r.getInt("id") == id));
        assertRefused(as("manager").post("api/requisitions/" + id + "/steps", "{\"action\":\"APPROVE\"}"), 409,
                "requisition.action.notNow");
        assertRefused(as("supervisor").post("api/requisitions/" + id + "/steps", "{\"action\":\"CHECK\"}"), 403,
                "requisition.action.notYours");

        ok(as("buplanner").post("api/requisitions/" + id + "/steps", "{\"action\":\"CHECK\"}"));
        ok(as("supervisor").post("api/requisitions/" + id + "/steps", "{\"action\":\"SUPERVISE\"}"));
        JsonObject approved = ok(as("manager").post("api/requisitions/" + id + "/steps", "{\"action\":\"APPROVE\"}"));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(List.of("CREATED", "SIGN", "CHECK", "SUPERVISE", "APPROVE"),
                approved.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("step")).toList());
        assertEquals(List.of("chief", "buplanner", "supervisor", "manager"),
                approved.getJsonArray("events").stream().skip(1).map(e -> e.asJsonObject().getString("by")).toList());
        assertEquals("ZBET", as("planner").get("api/requisitions/" + id).object().getString("site"),
                "the planning office sees every site's");
    }

    @Test
    void aRequisitionSentBackIsTheSitesDraftAgainAndARefusalEndsItBothWithAReason() {
        long id = created(as("keeper").post("api/requisitions", TWO_LINES)).getJsonNumber("id").longValue();
        ok(as("chief").post("api/requisitions/" + id + "/steps", "{\"action\":\"SIGN\"}"));
        assertRefused(as("buplanner").post("api/requisitions/" + id + "/steps", "{\"action\":\"SEND_BACK\"}"), 422,
                "requisition.reasonRequired");
        JsonObject back = ok(as("buplanner").post("api/requisitions/" + id + "/steps",
                "{\"action\":\"SEND_BACK\",\"reason\":\"工具另行调拨 the tool comes by transfer\"}"));
        assertEquals("DRAFT", back.getString("status"));
        assertFalse(back.containsKey("checkDueAt") && !back.isNull("checkDueAt"), "the clock stopped");
        JsonObject changed = ok(as("keeper").put("api/requisitions/" + id, "{\"site\":\"ZBET\",\"version\":"
                + back.getInt("version") + ",\"lines\":[{\"item\":\"SP-PIT-0001\",\"quantity\":2,"
                + "\"reason\":\"A03 变桨电机烧毁 burnt\"}]}"));
        assertEquals(1, changed.getJsonArray("lines").size());
        assertRefused(as("keeper").put("api/requisitions/" + id, "{\"site\":\"ZBET\",\"version\":"
                + back.getInt("version") + ",\"lines\":[{\"item\":\"SP-PIT-0001\",\"quantity\":1,\"reason\":\"x\"}]}"),
                409, "requisition.changedMeanwhile");
        ok(as("chief").post("api/requisitions/" + id + "/steps", "{\"action\":\"SIGN\"}"));
        JsonObject refused = ok(as("buplanner").post("api/requisitions/" + id + "/steps",
                "{\"action\":\"REFUSE\",\"reason\":\"已有库存 NC-G holds two\"}"));
        assertEquals("REFUSED", refused.getString("status"));
        assertEquals(List.of(), strings(refused, "actions"), "nothing more to do");
        assertTrue(as("buplanner").get("api/requisitions?open=true").array().stream().map(JsonValue::asJsonObject)
                .noneMatch(r -> r.getInt("id") == id), "no longer open");
    }

    @Test
    void anApprovedRequisitionIsShippedFromTheCentralStoreAndBoughtAndTheSitesReceiptsCloseIt() {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        ApiClient planner = as("planner");
        ApiClient accountant = as("accountant");
        long id = approved(TWO_LINES);
        String number = planner.get("api/requisitions/" + id).object().getString("number");
        // two pitch motors in the central store
        long stock = created(planner.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"PMD-G\","
                + "\"supplier\":\"SUP-001\",\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":[{\"item\":"
                + "\"SP-PIT-0001\",\"quantity\":2,\"serials\":[\"" + run + "-1\",\"" + run + "-2\"]}]}"))
                .getJsonNumber("id").longValue();
        ok(planner.post("api/documents/" + stock + "/review", null));

        assertRefused(accountant.post("api/requisitions/" + id + "/shipments", "{\"lines\":[{\"line\":1,"
                + "\"quantity\":2,\"serials\":[\"" + run + "-1\",\"" + run + "-2\"]}]}"), 403,
                "access.denied.transfer");
        assertRefused(planner.post("api/requisitions/" + id + "/shipments", "{\"lines\":[{\"line\":1,"
                + "\"quantity\":3,\"serials\":[\"" + run + "-1\"]}]}"), 422, "requisition.deliversTooMuch");
        JsonObject slip = created(planner.post("api/requisitions/" + id + "/shipments", "{\"lines\":[{\"line\":1,"
                + "\"quantity\":2,\"serials\":[\"" + run + "-1\",\"" + run + "-2\"]}]}"));
        assertEquals("PMD-G", slip.getString("from"));
        assertEquals("ZBET-G", slip.getString("to"));
        assertRefused(planner.post("api/requisitions/" + id + "/shipments", "{\"lines\":[{\"line\":1,"
                + "\"quantity\":1,\"serials\":[\"" + run + "-1\"]}]}"), 422, "requisition.deliversTooMuch");
        JsonObject motors = deliveries(planner, id).get(0);
        assertEquals(2, motors.getInt("coming"));
        assertEquals(0, motors.getInt("open"));

        JsonObject reviewed = ok(planner.post("api/transfers/" + slip.getJsonNumber("id") + "/review", null));
        ok(planner.post("api/documents/" + reviewed.getJsonObject("outbound").getJsonNumber("id") + "/review", null));
        long arrival = reviewed.getJsonObject("inbound").getJsonNumber("id").longValue();
        assertEquals(number, accountant.get("api/documents/" + arrival).object().getString("requisition"));
        ok(accountant.post("api/documents/" + arrival + "/review", null));
        assertEquals(2, deliveries(planner, id).get(0).getInt("arrived"));
        assertEquals("APPROVED", planner.get("api/requisitions/" + id).object().getString("status"),
                "the tool is still to come");

        // the tool is bought: a purchase at the site naming the requisition; more than asked is refused
        String receipt = "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"ZBET-G\",\"supplier\":\"SUP-001\",\"date\":\""
                + java.time.LocalDate.now() + "\",\"requisition\":\"" + number + "\",\"lines\":[{\"item\":\"TL-GNL-0001\","
                + "\"quantity\":QTY,\"serials\":[\"" + run + "-T\"]}]}";
        assertRefused(accountant.post("api/documents", receipt.replace("QTY", "2")), 422,
                "requisition.deliversTooMuch");
        assertRefused(accountant.post("api/documents", receipt.replace("TL-GNL-0001", "SP-PIT-0003")
                .replace("QTY", "1")), 422, "requisition.itemNotAsked");
        assertRefused(accountant.post("api/documents", receipt.replace("ZBET-G", "WCYD-G").replace("QTY", "1")), 422,
                "requisition.otherSite");
        long bought = created(accountant.post("api/documents", receipt.replace("QTY", "1"))).getJsonNumber("id")
                .longValue();
        ok(accountant.post("api/documents/" + bought + "/review", null));
        JsonObject closed = planner.get("api/requisitions/" + id).object();
        assertEquals("CLOSED", closed.getString("status"), closed.toString());
        assertRefused(accountant.post("api/documents", receipt.replace("QTY", "1")), 409, "requisition.notApproved");

        // the purchase taken back: open again
        ok(accountant.post("api/documents/" + bought + "/unreview", null));
        assertEquals("APPROVED", planner.get("api/requisitions/" + id).object().getString("status"));
        assertEquals(List.of("CLOSED", "REOPENED"), planner.get("api/requisitions/" + id).object()
                .getJsonArray("events").stream().map(e -> e.asJsonObject().getString("step"))
                .filter(step -> step.equals("CLOSED") || step.equals("REOPENED")).toList());
        assertEquals(0, as("planner").get("api/stock-check").array().size());
    }

    private static final String GEARBOX_OIL = "{\"site\":\"ZBET\",\"lines\":[{\"item\":\"SP-GBX-0006\","
            + "\"quantity\":1,\"reason\":\"漏油 leaking\"}]}";

    private static String petty(String extra) {
        return "{\"category\":\"PETTY_PURCHASE\",\"store\":\"ZBET-G\",\"date\":\"" + java.time.LocalDate.now()
                + "\"" + extra + ",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}";
    }

    @Test
    void aPettyPurchaseNamesItsApprovedRequisitionAndItsReviewClosesIt() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        assertRefused(keeper.post("api/documents", petty("")), 422, "document.pettyPurchase.requisitionRequired");
        JsonObject filed = ApprovedRequisitions.filed(base, GEARBOX_OIL);
        assertRefused(keeper.post("api/documents", petty(",\"requisition\":\"" + filed.getString("number") + "\"")),
                409, "requisition.notApproved");
        assertRefused(keeper.post("api/documents", petty(",\"requisition\":\"REQ-1999-000001\"")), 422,
                "requisition.unknownNumber");
        assertRefused(keeper.post("api/documents", petty("").replace("PETTY_PURCHASE", "SELF_USE")
                .replace("\"date\"", "\"emergency\":true,\"date\"")), 422, "document.emergency.notAPurchase");

        JsonObject approved = ApprovedRequisitions.signedFrom(base, filed.getJsonNumber("id").longValue());
        String number = approved.getString("number");
        JsonObject bought = created(keeper.post("api/documents", petty(",\"requisition\":\"" + number + "\"")));
        assertEquals(number, bought.getString("requisition"));
        ok(accountant.post("api/documents/" + bought.getJsonNumber("id") + "/review", null));
        assertEquals("CLOSED", accountant.get("api/requisitions/" + approved.getJsonNumber("id")).object()
                .getString("status"), "the petty purchase brought all it asked for");
    }

    @Test
    void anEmergencyGoesAheadStaysOnTheBuListUntilItsRequisitionFollowsAndThenCountsAgainstIt() {
        ApiClient accountant = as("accountant");
        ApiClient keeper = as("keeper");
        JsonObject bought = created(accountant.post("api/documents", petty(",\"emergency\":true")));
        long purchase = bought.getJsonNumber("id").longValue();
        assertTrue(bought.getBoolean("emergency"), bought.toString());
        ok(accountant.post("api/documents/" + purchase + "/review", null));
        JsonObject slip = created(accountant.post("api/transfers", "{\"kind\":\"GOOD\",\"from\":\"WCYD-G\","
                + "\"to\":\"ZBET-G\",\"emergency\":true,\"date\":\"" + java.time.LocalDate.now()
                + "\",\"lines\":[{\"item\":\"SP-GBX-0008\",\"quantity\":1}]}"));
        long shipment = slip.getJsonNumber("id").longValue();
        assertRefused(accountant.post("api/transfers", "{\"kind\":\"DAMAGED\",\"from\":\"WCYD-D\",\"to\":\"ZBET-D\","
                + "\"emergency\":true,\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":[{\"item\":\"SP-GBX-0008\","
                + "\"quantity\":1}]}"), 422,
                "transfer.emergency.damaged");

        List<String> onTheBuList = shippedFirst(accountant, "NC");
        assertTrue(onTheBuList.containsAll(List.of(bought.getString("number"), slip.getString("number"))),
                onTheBuList.toString());
        assertTrue(shippedFirst(keeper, null).contains(bought.getString("number")), "the site sees its own");
        assertFalse(shippedFirst(as("accountant.nw"), null).contains(bought.getString("number")), "not another BU");
        assertEquals(404, as("accountant.nw").get("api/requisitions/shipped-first?unit=NC").status());

        // the requisition filed afterwards: not before the chief signed it, not by the manager, not twice
        String oil = ApprovedRequisitions.filed(base, GEARBOX_OIL).getString("number");
        String link = "{\"requisition\":\"NUMBER\"}";
        JsonObject draft = created(keeper.post("api/requisitions", GEARBOX_OIL));
        assertRefused(accountant.put("api/documents/" + purchase + "/requisition",
                link.replace("NUMBER", draft.getString("number"))), 409, "requisition.link.notFiled");
        assertRefused(accountant.put("api/documents/" + purchase + "/requisition", link.replace("NUMBER", "")), 422,
                "requisition.link.numberRequired");
        assertRefused(as("manager").put("api/documents/" + purchase + "/requisition", link.replace("NUMBER", oil)), 403,
                "access.denied.requisitionLink");
        assertRefused(accountant.put("api/transfers/" + shipment + "/requisition", link.replace("NUMBER", oil)), 422,
                "requisition.itemNotAsked");
        JsonObject linked = ok(keeper.put("api/documents/" + purchase + "/requisition", link.replace("NUMBER", oil)));
        assertEquals(oil, linked.getString("requisition"));
        assertRefused(keeper.put("api/documents/" + purchase + "/requisition", link.replace("NUMBER", oil)), 409,
                "requisition.link.notAwaiting");
        String seal = created(keeper.post("api/requisitions", GEARBOX_OIL.replace("SP-GBX-0006", "SP-GBX-0008")))
                .getString("number");
        JsonObject sealRequisition = keeper.get("api/requisitions?unit=ZBET").array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("number").equals(seal)).findFirst().orElseThrow();
        ok(as("chief").post("api/requisitions/" + sealRequisition.getJsonNumber("id") + "/steps",
                "{\"action\":\"SIGN\"}"));
        assertEquals(seal, ok(accountant.put("api/transfers/" + shipment + "/requisition",
                link.replace("NUMBER", seal))).getString("requisition"));
        List<String> after = shippedFirst(accountant, "NC");
        assertFalse(after.contains(bought.getString("number")) || after.contains(slip.getString("number")),
                after.toString());
        assertEquals(1, deliveries(accountant, sealRequisition.getJsonNumber("id").longValue()).get(0).getInt("coming"),
                "the slip is on its way for it");

        // the purchase arrived before its requisition was approved: the approval finds it delivered
        JsonObject oilRequisition = keeper.get("api/requisitions?unit=ZBET").array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("number").equals(oil)).findFirst().orElseThrow();
        long oilId = oilRequisition.getJsonNumber("id").longValue();
        assertEquals(1, deliveries(accountant, oilId).get(0).getInt("arrived"));
        JsonObject approved = ApprovedRequisitions.signedFrom(base, oilId);
        assertEquals("CLOSED", accountant.get("api/requisitions/" + oilId).object().getString("status"),
                approved.toString());
        assertEquals(1, as("planner").get("api/audit?action=REQUISITION_LINKED&subject=" + oil).array().size(),
                "the link is audited");
    }

    @Test
    void theSiteAddsPhotosToItsDraftAndTheBuSeesThemButNoOneChangesThemOnceSigned() {
        ApiClient keeper = as("keeper");
        JsonObject draft = created(keeper.post("api/requisitions", GEARBOX_OIL));
        long id = draft.getJsonNumber("id").longValue();
        byte[] picture = TestPictures.png(java.awt.Color.ORANGE);
        JsonObject withPhoto = created(keeper.postBytes("api/requisitions/" + id + "/photos", "image/png", picture));
        assertEquals(1, withPhoto.getJsonArray("photos").size(), withPhoto.toString());
        assertEquals("image/png", withPhoto.getJsonArray("photos").getJsonObject(0).getString("contentType"));
        assertRefused(keeper.postBytes("api/requisitions/" + id + "/photos", "image/png", "no picture".getBytes()), 422,
                "requisition.photo.notAPicture");
        assertRefused(as("accountant").postBytes("api/requisitions/" + id + "/photos", "image/png", picture), 403,
                "requisition.action.notYours");

        ok(as("chief").post("api/requisitions/" + id + "/steps", "{\"action\":\"SIGN\"}"));
        ApiClient.BinaryAnswer seen = as("buplanner").getBytes("api/requisitions/" + id + "/photos/1");
        assertEquals(200, seen.status());
        assertTrue(seen.contentType().startsWith("image/png"), seen.contentType());
        assertTrue(java.util.Arrays.equals(picture, seen.body()), "the picture as it was sent");
        assertEquals(404, as("accountant.nw").getBytes("api/requisitions/" + id + "/photos/1").status(),
                "another BU does not see it");
        assertRefused(keeper.postBytes("api/requisitions/" + id + "/photos", "image/png", picture), 409,
                "requisition.action.notNow");
        assertRefused(keeper.delete("api/requisitions/" + id + "/photos/1"), 409, "requisition.action.notNow");
        assertEquals(1, keeper.get("api/requisitions/" + id).object().getJsonArray("photos").size(), "still there");
    }

    private static List<String> shippedFirst(ApiClient api, String unit) {
        ApiClient.Answer answer = api.get("api/requisitions/shipped-first" + (unit == null ? "" : "?unit=" + unit));
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private long approved(String requisition) {
        return ApprovedRequisitions.approved(base, requisition).getJsonNumber("id").longValue();
    }

    private static List<JsonObject> deliveries(ApiClient api, long id) {
        return api.get("api/requisitions/" + id + "/deliveries").array().stream().map(JsonValue::asJsonObject)
                .toList();
    }

    @Test
    void badLinesAndStrangersAreRefusedAndNothingIsSaved() {
        ApiClient keeper = as("keeper");
        int before = keeper.get("api/requisitions").array().size();
        ApiClient.Answer bad = keeper.post("api/requisitions", "{\"site\":\"ZBET\",\"lines\":["
                + "{\"item\":\"SP-PIT-0001\",\"quantity\":1},"
                + "{\"item\":\"SP-PIT-0001\",\"quantity\":1.5,\"reason\":\"x\"},"
                + "{\"item\":\"NO-SUCH-ITEM\",\"quantity\":1,\"reason\":\"x\"}]}");
        assertEquals(422, bad.status(), bad.raw());
        assertEquals(List.of("requisition.line.unknownItem"), codes(bad), "unknown codes first");
        ApiClient.Answer lines = keeper.post("api/requisitions", "{\"site\":\"ZBET\",\"lines\":["
                + "{\"item\":\"SP-PIT-0001\",\"quantity\":1},"
                + "{\"item\":\"SP-PIT-0001\",\"quantity\":1.5,\"reason\":\"x\"}]}");
        assertEquals(List.of("requisition.line.reasonRequired", "line.quantity.wholeUnits"), codes(lines));
        assertTrue(lines.raw().contains("Line 2"), lines.raw());
        assertRefused(keeper.post("api/requisitions", "{\"site\":\"ZBET\",\"lines\":[{\"item\":\"SP-PIT-0001\","
                + "\"quantity\":1,\"reason\":\"x\",\"urgency\":\"YESTERDAY\"}]}"), 422, "request.value.unknown");
        assertRefused(keeper.post("api/requisitions", "{\"site\":\"GZBD\",\"lines\":[{\"item\":\"SP-PIT-0001\","
                + "\"quantity\":1,\"reason\":\"x\"}]}"), 403, "access.denied.requisition");
        assertRefused(as("accountant").post("api/requisitions", TWO_LINES), 403, "access.denied.requisition");
        assertEquals(before, keeper.get("api/requisitions").array().size(), "nothing was saved");
    }

    private static List<String> codes(ApiClient.Answer answer) {
        return answer.object().getJsonArray("codes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object();
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw());
        assertEquals(code, answer.object().getJsonArray("codes").getString(0), answer.raw());
    }
}
