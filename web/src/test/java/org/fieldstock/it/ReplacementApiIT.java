package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * A failed part replaced in one entry through the REST API on Payara Micro: the keeper's self-use
 * issue onto turbine A03 records the damaged-part register's entry; reviewing it issues the new unit
 * onto the turbine and books the removed one into the site's damaged store on a damage intake
 * generated from it, which goes with the issue when it is unreviewed. Units that are not where the
 * replacement says are refused line by line, and nothing is booked. Parts damaged in storage move
 * to the damaged store the same way, with their cause and no turbine.
 */
@OnSharedServer
class ReplacementApiIT {

    private static final String GOOD = "ZBET-G";
    private static final String DAMAGED = "ZBET-D";
    /** Class II, one serial per unit. */
    private static final String PITCH_MOTOR = "SP-PIT-0001";
    private static final String PITCH_GEARBOX = "SP-PIT-0003";
    private static final String TODAY = LocalDate.now().toString();

    @ServerBase
    private URL base;

    /** Serials unique to this run, so that the test can be repeated on one database. */
    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aKeeperReplacesAFailedPitchMotorInOneEntryAndTheRemovedUnitGoesWithTheIssue() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        String fitted = run + "-NEW";
        String removed = run + "-OLD";
        receive(accountant, GOOD, PITCH_MOTOR, fitted);

        long issue = created(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03",
                "{\"removedSerials\":[\"" + removed + "\"],\"cause\":\"ELECTRICAL\",\"note\":\"绕组烧毁 winding burnt\"}")));
        JsonObject saved = keeper.get("api/documents/" + issue).object();
        JsonObject record = saved.getJsonArray("lines").getJsonObject(0).getJsonObject("replacement");
        assertEquals("张保管 Zhang Baoguan", record.getString("replacedBy"), "by default the one entering it");
        assertEquals(TODAY, record.getString("replacedOn"), "by default on the document's date");
        assertEquals(List.of(removed), strings(record, "removedSerials"));
        assertEquals("ELECTRICAL", record.getString("cause"));
        assertEquals(403, keeper.post("api/documents/" + issue + "/review", null).status(), "keepers do not review");

        JsonObject reviewed = ok(accountant.post("api/documents/" + issue + "/review", null));
        assertEquals("REVIEWED", reviewed.getString("status"));
        JsonObject intakeRef = accountant.get("api/documents/" + issue).object().getJsonObject("removedPartsIntake");
        long intakeId = intakeRef.getJsonNumber("id").longValue();
        JsonObject intake = accountant.get("api/documents/" + intakeId).object();
        assertEquals("DAMAGE_INTAKE", intake.getString("category"));
        assertEquals(DAMAGED, intake.getString("store"));
        assertEquals("REVIEWED", intake.getString("status"));
        assertEquals(reviewed.getString("number"), intake.getJsonObject("generatedFrom").getString("number"));
        JsonObject intakeLine = intake.getJsonArray("lines").getJsonObject(0);
        assertEquals(List.of(removed), strings(intakeLine, "serials"));
        assertEquals("A03", intakeLine.getString("turbine"));
        assertEquals("ELECTRICAL", intakeLine.getJsonObject("replacement").getString("cause"));
        assertFalse(serialsIn(accountant, GOOD, PITCH_MOTOR).contains(fitted), "the new unit is on the turbine");
        assertTrue(serialsIn(accountant, DAMAGED, PITCH_MOTOR).contains(removed), "the old unit is in the damaged store");

        // the intake changes only with its issue
        assertRefused(accountant.post("api/documents/" + intakeId + "/unreview", null), 409, "document.generatedByIssue");
        assertRefused(accountant.delete("api/documents/" + intakeId), 409, "document.generatedByIssue");

        ok(accountant.post("api/documents/" + issue + "/unreview", null));
        assertTrue(serialsIn(accountant, GOOD, PITCH_MOTOR).contains(fitted), "the new unit is back in the store");
        assertFalse(serialsIn(accountant, DAMAGED, PITCH_MOTOR).contains(removed), "the old unit is back on the turbine");
        assertEquals(404, accountant.get("api/documents/" + intakeId).status(), "the intake is deleted with the review");
        List<String> intakeHistory = accountant.get("api/documents/" + intakeId + "/history").array().stream()
                .map(JsonValue::asJsonObject).map(event -> event.getString("event")).toList();
        assertEquals(List.of("CREATED", "REVIEWED", "UNREVIEWED", "DELETED"), intakeHistory);

        // reviewed again: a new intake, the old one's number is not reused
        ok(accountant.post("api/documents/" + issue + "/review", null));
        JsonObject again = accountant.get("api/documents/" + issue).object().getJsonObject("removedPartsIntake");
        assertNotEquals(intakeRef.getString("number"), again.getString("number"));
        assertTrue(serialsIn(accountant, DAMAGED, PITCH_MOTOR).contains(removed));
        assertStockCheckClean();
    }

    @Test
    void anIssueIsNotUnreviewedOnceItsRemovedPartHasLeftTheDamagedStore() {
        ApiClient accountant = as("accountant");
        String fitted = run + "-N2";
        String removed = run + "-O2";
        receive(accountant, GOOD, PITCH_MOTOR, fitted);
        long issue = created(accountant.post("api/documents", replacement(PITCH_MOTOR, fitted, "A05",
                "{\"removedSerials\":[\"" + removed + "\"],\"cause\":\"MECHANICAL\",\"replacedBy\":\"王工 Wang\"}")));
        ok(accountant.post("api/documents/" + issue + "/review", null));
        // the old unit is sent on to the BU's damaged store
        JsonObject slip = accountant.post("api/transfers", "{\"kind\":\"DAMAGED\",\"from\":\"" + DAMAGED
                + "\",\"to\":\"NC-D\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + PITCH_MOTOR
                + "\",\"quantity\":1,\"serials\":[\"" + removed + "\"]}]}").object();
        JsonObject slipReviewed = ok(accountant.post("api/transfers/" + slip.getJsonNumber("id") + "/review", null));
        ok(accountant.post("api/documents/" + slipReviewed.getJsonObject("outbound").getJsonNumber("id")
                + "/review", null));

        ApiClient.Answer refused = accountant.post("api/documents/" + issue + "/unreview", null);
        assertEquals(409, refused.status(), refused.raw());
        assertTrue(accountant.get("api/documents/" + issue).object().getString("status").equals("REVIEWED"));
        assertFalse(serialsIn(accountant, GOOD, PITCH_MOTOR).contains(fitted), "nothing was taken back");
        assertStockCheckClean();
    }

    @Test
    void unitsThatAreNotWhereTheReplacementSaysAreRefusedLineByLineAndNothingIsBooked() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        String fitted = run + "-F";
        String inStore = run + "-S";
        String gearbox = run + "-G";
        String elsewhere = run + "-W";
        receive(accountant, GOOD, PITCH_MOTOR, fitted);
        receive(accountant, GOOD, PITCH_MOTOR, inStore);
        receive(accountant, GOOD, PITCH_GEARBOX, gearbox);
        // a pitch motor fitted to turbine 1# at another site of the BU
        receive(accountant, "WCYD-G", PITCH_MOTOR, elsewhere);
        ok(accountant.post("api/documents/" + created(accountant.post("api/documents", "{\"category\":\"SELF_USE\","
                + "\"store\":\"WCYD-G\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + PITCH_MOTOR
                + "\",\"quantity\":1,\"serials\":[\"" + elsewhere + "\"],\"turbine\":\"1#\"}]}")) + "/review", null));

        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03",
                removedBecause(inStore))), 422, "line.failure.removedInStore");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03",
                removedBecause(gearbox))), 422, "line.failure.removedOtherItem");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03",
                removedBecause(elsewhere))), 422, "line.failure.removedOtherSite");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, run + "-NOWHERE", "A03",
                removedBecause(run + "-X1"))), 422, "line.serial.notInThisStore");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, null,
                removedBecause(run + "-X2"))), 422, "line.failure.turbineRequired");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "B01",
                removedBecause(run + "-X3"))), 422, "line.turbine.unknown");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03",
                "{\"removedSerials\":[\"" + run + "-X4\"]}")), 422, "line.failure.causeRequired");
        assertRefused(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03",
                "{\"removedSerials\":[\"" + run + "-X5\"],\"cause\":\"GREMLINS\"}")), 422, "request.value.unknown");
        ApiClient.Answer both = keeper.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + GOOD
                + "\",\"date\":\"" + TODAY + "\",\"lines\":[" + line(PITCH_MOTOR, fitted, "A03", removedBecause(run
                + "-X6")) + "," + line(PITCH_MOTOR, inStore, "A04", removedBecause(fitted)) + "]}");
        assertEquals(422, both.status(), both.raw());
        assertTrue(both.raw().contains("Line 2"), "the line is named: " + both.raw());

        // a saved replacement whose removed unit arrives in a store before it is reviewed
        String late = run + "-L";
        long issue = created(keeper.post("api/documents", replacement(PITCH_MOTOR, fitted, "A03", removedBecause(late))));
        receive(accountant, GOOD, PITCH_MOTOR, late);
        assertRefused(accountant.post("api/documents/" + issue + "/review", null), 409, "line.failure.removedInStore");
        assertEquals("SAVED", accountant.get("api/documents/" + issue).object().getString("status"));

        assertTrue(serialsIn(accountant, GOOD, PITCH_MOTOR).contains(fitted), "nothing was issued");
        assertTrue(serialsIn(accountant, DAMAGED, PITCH_MOTOR).stream().noneMatch(serial -> serial.startsWith(run)),
                "nothing was booked into the damaged store");
        assertStockCheckClean();
    }

    @Test
    void partsDamagedInStorageMoveToTheDamagedStoreWithTheirCauseAndNoTurbine() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        String damp = run + "-DAMP";
        receive(accountant, GOOD, PITCH_MOTOR, damp);

        assertRefused(keeper.post("api/documents", storageDamage(damp, null)), 422, "line.failure.causeRequired");
        assertRefused(keeper.post("api/documents", storageDamage(damp,
                "{\"cause\":\"STORAGE\",\"removedSerials\":[\"" + run + "-X\"]}")), 422,
                "line.failure.removedInStorage");
        long found = created(keeper.post("api/documents", storageDamage(damp,
                "{\"cause\":\"STORAGE\",\"note\":\"库房漏水受潮 damp from a leaking roof\"}")));
        JsonObject reviewed = ok(accountant.post("api/documents/" + found + "/review", null));
        assertEquals("REVIEWED", reviewed.getString("status"));
        assertFalse(serialsIn(accountant, GOOD, PITCH_MOTOR).contains(damp), "the unit left the good store");
        assertTrue(serialsIn(accountant, DAMAGED, PITCH_MOTOR).contains(damp), "the same unit is in the damaged store");
        long intakeId = accountant.get("api/documents/" + found).object().getJsonObject("removedPartsIntake")
                .getJsonNumber("id").longValue();
        JsonObject intakeLine = accountant.get("api/documents/" + intakeId).object().getJsonArray("lines")
                .getJsonObject(0);
        assertFalse(intakeLine.containsKey("turbine") && !intakeLine.isNull("turbine"), intakeLine.toString());
        assertEquals("STORAGE", intakeLine.getJsonObject("replacement").getString("cause"));

        JsonObject entry = accountant.get("api/failed-parts?site=ZBET&cause=STORAGE").array().stream()
                .map(JsonValue::asJsonObject).filter(e -> strings(e, "removedSerials").contains(damp)).findFirst()
                .orElseThrow(() -> new AssertionError("the register lists the unit damaged in storage"));
        assertEquals(List.of(), strings(entry, "fittedSerials"), "nothing was fitted in its place");
        assertEquals(reviewed.getString("number"), entry.getString("issue"));
        assertFalse(entry.getBoolean("returned"));

        ok(accountant.post("api/documents/" + found + "/unreview", null));
        assertTrue(serialsIn(accountant, GOOD, PITCH_MOTOR).contains(damp), "taken back, the unit is in the good store");
        assertFalse(serialsIn(accountant, DAMAGED, PITCH_MOTOR).contains(damp));
        assertStockCheckClean();
    }

    private static String storageDamage(String serial, String replacementJson) {
        return "{\"category\":\"STORAGE_DAMAGE\",\"store\":\"" + GOOD + "\",\"date\":\"" + TODAY + "\",\"lines\":[{"
                + "\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]"
                + (replacementJson == null ? "" : ",\"replacement\":" + replacementJson) + "}]}";
    }

    private static String removedBecause(String serial) {
        return "{\"removedSerials\":[\"" + serial + "\"],\"cause\":\"WEAR\"}";
    }

    private static String line(String item, String fitted, String turbine, String replacementJson) {
        return "{\"item\":\"" + item + "\",\"quantity\":1,\"serials\":[\"" + fitted + "\"]"
                + (turbine == null ? "" : ",\"turbine\":\"" + turbine + "\"") + ",\"replacement\":" + replacementJson
                + "}";
    }

    private static String replacement(String item, String fitted, String turbine, String replacementJson) {
        return "{\"category\":\"SELF_USE\",\"store\":\"" + GOOD + "\",\"date\":\"" + TODAY + "\",\"lines\":["
                + line(item, fitted, turbine, replacementJson) + "]}";
    }

    /** A reviewed purchase of one unit into the store. */
    private void receive(ApiClient accountant, String store, String item, String serial) {
        long receipt = created(accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + item
                + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}]}"));
        ok(accountant.post("api/documents/" + receipt + "/review", null));
    }

    private static List<String> serialsIn(ApiClient api, String store, String item) {
        return strings(api.get("api/stores/" + store + "/lots?item=" + item).object(), "serials");
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw());
        assertEquals(code, answer.object().getJsonArray("codes").getString(0), answer.raw());
    }

    private void assertStockCheckClean() {
        ApiClient.Answer check = as("planner").get("api/stock-check");
        assertEquals(200, check.status(), check.raw());
        assertEquals(0, check.array().size(), "balances agree with ledger, batches and serials: " + check.raw());
    }
}
