package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The damaged-part register (返修损坏备件清单) through the REST API: a replacement's removed unit is on it
 * with the seed's columns, waiting in the site's damaged store until it leaves; a part damaged in
 * storage without serials is there too, counted out oldest first; a keeper sees their own site's.
 * Per site, a return that waited past the cycle is overdue and one that fills the volume is due.
 */
@OnSharedServer
class FailedPartRegisterApiIT {

    private static final String PITCH_MOTOR = "SP-PIT-0001";
    /** An oil temperature sensor: class I, no serials, no shelf life. */
    private static final String SENSOR = "SP-GBX-0007";
    private static final String TODAY = LocalDate.now().toString();

    @ServerBase
    private URL base;

    private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aReplacedPartIsOnTheRegisterUntilItLeavesTheDamagedStore() throws Exception {
        ApiClient accountant = as("accountant");
        String fitted = run + "-NEW";
        String removed = run + "-OLD";
        ok(accountant.post("api/documents/" + created(accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\","
                + "\"store\":\"ZBET-G\",\"supplier\":\"SUP-001\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\""
                + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + fitted + "\"]}]}")) + "/review", null));
        long issue = created(as("keeper").post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"ZBET-G\","
                + "\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\""
                + fitted + "\"],\"turbine\":\"A03\",\"replacement\":{\"removedSerials\":[\"" + removed
                + "\"],\"cause\":\"OVERHEATING\",\"note\":\"过热 overheated\"}}]}"));
        assertTrue(entry(accountant, "site=ZBET", removed).isEmpty(), "not on the register before it is reviewed");
        ok(accountant.post("api/documents/" + issue + "/review", null));

        JsonObject entry = entry(accountant, "site=ZBET&returned=false&cause=OVERHEATING&turbine=A03&item="
                + PITCH_MOTOR + "&from=" + TODAY + "&to=" + TODAY, removed).orElseThrow();
        assertEquals("ZBET", entry.getString("site"));
        assertEquals("ZBET-D", entry.getString("store"));
        assertEquals("A03", entry.getString("turbine"));
        assertEquals("张保管 Zhang Baoguan", entry.getString("replacedBy"));
        assertEquals(TODAY, entry.getString("replacedOn"));
        assertEquals(List.of(fitted), strings(entry, "fittedSerials"));
        assertEquals(List.of(removed), strings(entry, "removedSerials"));
        assertEquals("过热 overheated", entry.getString("note"));
        assertEquals(0, BigDecimal.ONE.compareTo(entry.getJsonNumber("waiting").bigDecimalValue()));
        assertFalse(entry.getBoolean("returned"));
        assertTrue(entry(accountant, "site=ZBET&returned=true", removed).isEmpty());
        assertTrue(entry(accountant, "site=ZBET&cause=LEAK", removed).isEmpty(), "filtered by cause");
        assertTrue(entry(accountant, "site=ZBET&turbine=A04", removed).isEmpty(), "filtered by turbine");
        assertTrue(entry(as("keeper"), "", removed).isPresent(), "the site's keeper sees it");
        assertEquals(List.of("ZBET"), register(as("keeper"), "").stream().map(e -> e.getString("site")).distinct()
                .toList(), "a keeper sees the register of their own site only");
        assertTrue(entry(as("planner"), "site=ZBET", removed).isPresent(), "the planning office sees every site");

        ApiClient.BinaryAnswer packingList = accountant.getBytes("api/failed-parts/packing-list?site=ZBET");
        assertEquals(200, packingList.status());
        assertTrue(packingList.contentType().startsWith("application/pdf"), packingList.contentType());
        assertEquals(404, as("keeper").getBytes("api/failed-parts/packing-list?site=GZBD").status(),
                "another site's packing list does not exist for a keeper");
        ApiClient.BinaryAnswer chosen = accountant.getBytes("api/failed-parts/packing-list?site=ZBET&line="
                + entry.getJsonNumber("intakeId") + ":" + entry.getInt("lineNo"));
        assertEquals(200, chosen.status());
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                chosen.body())).getTextFromPage(1);
        assertTrue(printed.contains("1 line,") && printed.replaceAll("\\s", "").contains(removed), printed);
        assertEquals(422, accountant.getBytes("api/failed-parts/packing-list?site=ZBET&line=12-1").status(),
                "a line is named intakeId:lineNo");
        assertEquals(422, accountant.getBytes("api/failed-parts/packing-list?site=ZBET&line=-1:1").status(),
                "a chosen line must still wait");

        // sent on to the BU's damaged store: returned
        JsonObject slip = accountant.post("api/transfers", "{\"kind\":\"DAMAGED\",\"from\":\"ZBET-D\",\"to\":\"NC-D\","
                + "\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,"
                + "\"serials\":[\"" + removed + "\"]}]}").object();
        JsonObject reviewed = ok(accountant.post("api/transfers/" + slip.getJsonNumber("id") + "/review", null));
        ok(accountant.post("api/documents/" + reviewed.getJsonObject("outbound").getJsonNumber("id") + "/review", null));
        JsonObject returned = entry(accountant, "site=ZBET&returned=true", removed).orElseThrow();
        assertEquals(0, BigDecimal.ZERO.compareTo(returned.getJsonNumber("waiting").bigDecimalValue()));
        assertTrue(entry(accountant, "site=ZBET&returned=false", removed).isEmpty());
    }

    @Test
    void chosenRegisterLinesGoBackToTheHubOnAReturnSlipWhereTheUnitIsRepairedUntilScrapIsAdvised() {
        ApiClient accountant = as("accountant");
        ApiClient planner = as("planner");
        String fitted = run + "-N3";
        String removed = run + "-O3";
        ok(accountant.post("api/documents/" + created(accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\","
                + "\"store\":\"ZBET-G\",\"supplier\":\"SUP-001\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\""
                + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + fitted + "\"]}]}")) + "/review", null));
        ok(accountant.post("api/documents/" + created(accountant.post("api/documents", "{\"category\":\"SELF_USE\","
                + "\"store\":\"ZBET-G\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + PITCH_MOTOR
                + "\",\"quantity\":1,\"serials\":[\"" + fitted + "\"],\"turbine\":\"A07\",\"replacement\":{"
                + "\"removedSerials\":[\"" + removed + "\"],\"cause\":\"WEAR\"}}]}")) + "/review", null));
        JsonObject entry = entry(accountant, "site=ZBET&returned=false", removed).orElseThrow();
        String request = "{\"site\":\"ZBET\",\"lines\":[{\"intake\":" + entry.getJsonNumber("intakeId")
                + ",\"line\":" + entry.getInt("lineNo") + "}]}";

        assertEquals(403, accountant.post("api/failed-parts/return-slips", request).status(),
                "the hub is across BUs: the planning office makes the slip");
        ApiClient.Answer unknown = planner.post("api/failed-parts/return-slips",
                "{\"site\":\"ZBET\",\"lines\":[{\"intake\":-1,\"line\":1}]}");
        assertEquals(422, unknown.status(), unknown.raw());
        assertTrue(unknown.raw().contains("register.returnSlip.notWaiting"), unknown.raw());
        ApiClient.Answer made = planner.post("api/failed-parts/return-slips", request);
        assertEquals(201, made.status(), made.raw());
        JsonObject slip = made.object();
        assertEquals("ZBET-D", slip.getString("from"));
        assertEquals("PMD-D", slip.getString("to"));
        assertEquals(List.of(removed), strings(slip.getJsonArray("lines").getJsonObject(0), "serials"));

        JsonObject reviewed = ok(planner.post("api/transfers/" + slip.getJsonNumber("id") + "/review", null));
        ok(accountant.post("api/documents/" + reviewed.getJsonObject("outbound").getJsonNumber("id") + "/review", null));
        assertTrue(entry(accountant, "site=ZBET&returned=true", removed).isPresent(), "shipped: returned");
        ok(as("hub").post("api/documents/" + reviewed.getJsonObject("inbound").getJsonNumber("id") + "/review", null));
        assertTrue(strings(planner.get("api/stores/PMD-D/lots?item=" + PITCH_MOTOR).object(), "serials")
                .contains(removed), "at the repair hub");

        // the hub repairs it three times (it fails again between): then scrapping it is advised
        ApiClient hub = as("hub");
        String unit = "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + removed + "\"]}";
        for (int repair = 1; repair <= 3; repair++) {
            if (repair > 1) {
                reviewed(hub, "DAMAGE_INTAKE", "PMD-D", unit);
            }
            reviewed(hub, "REPAIR_RETURN", "PMD-D", unit);
            reviewed(hub, "REPAIRED", "PMD-G", unit);
            if (repair < 3) {
                reviewed(hub, "SELF_USE", "PMD-G", unit);
            }
        }
        JsonObject history = planner.get("api/failed-parts/serials/" + PITCH_MOTOR + "/" + removed).object();
        assertEquals("PMD-G", history.getString("store"), history.toString());
        assertEquals(3, history.getInt("repairs"));
        assertTrue(history.getBoolean("scrapAdvised"));
        List<String> moves = history.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("category") + "@" + e.getString("store")).toList();
        assertEquals(List.of("DAMAGE_INTAKE@ZBET-D", "DAMAGED_TRANSFER_OUT@ZBET-D", "DAMAGED_TRANSFER_IN@PMD-D",
                "REPAIR_RETURN@PMD-D", "REPAIRED@PMD-G"), moves.subList(0, 5), moves.toString());
        assertEquals("A07", history.getJsonArray("events").getJsonObject(0).getString("turbine"),
                "it came off turbine A07");
        JsonObject onRegister = entry(accountant, "site=ZBET", removed).orElseThrow();
        assertEquals(3, onRegister.getInt("repairs"));
        assertTrue(onRegister.getBoolean("scrapAdvised"));
        assertEquals(404, as("keeper").get("api/failed-parts/serials/" + PITCH_MOTOR + "/" + run + "-NONE").status());

        // every repair so far ended: the hub's turnaround counts them; it fails once more and goes to repair
        JsonObject ended = planner.get("api/failed-parts/hub").object();
        assertTrue(ended.getJsonArray("open").stream().map(JsonValue::asJsonObject)
                .noneMatch(o -> removed.equals(o.getString("serial", null))), ended.toString());
        assertTrue(ended.getJsonArray("bySite").stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> t.getString("key").equals("ZBET") && t.getInt("closed") >= 1), ended.toString());
        assertTrue(ended.getJsonArray("byItem").stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> t.getString("key").equals(PITCH_MOTOR) && t.getInt("closed") >= 3), ended.toString());
        reviewed(hub, "SELF_USE", "PMD-G", unit);
        reviewed(hub, "DAMAGE_INTAKE", "PMD-D", unit);
        reviewed(hub, "REPAIR_RETURN", "PMD-D", unit);
        JsonObject open = as("hub").get("api/failed-parts/hub").object().getJsonArray("open").stream()
                .map(JsonValue::asJsonObject).filter(o -> removed.equals(o.getString("serial", null))).findFirst()
                .orElseThrow();
        assertTrue(open.getBoolean("inRepair"), open.toString());
        assertEquals("PMD", open.getString("fromSite"), "it failed at the hub itself this time");
        assertEquals(0, open.getInt("ageDays"));
        assertEquals(404, as("keeper").get("api/failed-parts/hub").status(), "a site's keeper does not see the hub");
    }

    private static void reviewed(ApiClient api, String category, String store, String lineJson) {
        ok(api.post("api/documents/" + created(api.post("api/documents", "{\"deliveryNote\":\"DN-IT\",\"category\":\"" + category
                + "\",\"store\":\"" + store + "\",\"date\":\"" + TODAY + "\",\"lines\":[" + lineJson + "]}"))
                + "/review", null));
    }

    @Test
    void theMakerRepairsAToolUnderWarrantyAtTheSiteWithNothingShipped() {
        ApiClient accountant = as("accountant");
        ApiClient keeper = as("keeper");
        String wrench = "TL-GNL-0001";
        String serial = run + "-TW";
        ok(accountant.post("api/documents/" + created(accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\","
                + "\"store\":\"ZBET-G\",\"supplier\":\"SUP-001\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\""
                + wrench + "\",\"quantity\":1,\"serials\":[\"" + serial + "\"]}]}")) + "/review", null));
        String path = "api/failed-parts/serials/" + wrench + "/" + serial + "/warranty-repairs";
        BigDecimal before = accountant.onHand("ZBET-G", wrench);

        ApiClient.Answer recorded = keeper.post(path, "{\"date\":\"" + TODAY + "\",\"maker\":\"博世 Bosch\","
                + "\"work\":\"更换液压泵密封 pump seals replaced\"}");
        assertEquals(201, recorded.status(), recorded.raw());
        JsonObject repair = recorded.object().getJsonArray("warrantyRepairs").getJsonObject(0);
        assertEquals("博世 Bosch", repair.getString("maker"));
        assertEquals("ZBET", repair.getString("site"));
        assertEquals("keeper", repair.getString("recordedBy"));
        assertEquals("ZBET-G", recorded.object().getString("store"), "the tool stays where it is");
        assertEquals(0, before.compareTo(accountant.onHand("ZBET-G", wrench)), "nothing moved");

        ApiClient.Answer future = keeper.post(path, "{\"date\":\"" + LocalDate.now().plusDays(1) + "\","
                + "\"maker\":\"Bosch\",\"work\":\"x\"}");
        assertEquals(422, future.status(), future.raw());
        assertTrue(future.raw().contains("warranty.date.future"), future.raw());
        ApiClient.Answer unnamed = keeper.post(path, "{\"date\":\"" + TODAY + "\",\"work\":\"x\"}");
        assertTrue(unnamed.raw().contains("warranty.maker.invalid"), unnamed.raw());
        assertEquals(403, as("accountant.nw").post(path, "{\"date\":\"" + TODAY + "\",\"maker\":\"Bosch\","
                + "\"work\":\"x\"}").status(), "another BU does not enter ZBET's records");
        assertEquals(403, as("viewer").post(path, "{}").status());
        ApiClient.Answer unknown = keeper.post("api/failed-parts/serials/" + PITCH_MOTOR + "/" + run + "-NOPE"
                + "/warranty-repairs", "{\"date\":\"" + TODAY + "\",\"maker\":\"M\",\"work\":\"w\"}");
        assertEquals(404, unknown.status(), "an unknown unit: " + unknown.raw());
    }

    @Test
    void partsWithoutSerialsLeaveTheDamagedStoreOldestFirst() {
        ApiClient accountant = as("accountant");
        String site = "SZHG";
        String damaged = "SZHG-D";
        BigDecimal before = accountant.onHand(damaged, SENSOR);
        String first = intake(accountant, damaged, 2, run + " 首批 first");
        String second = intake(accountant, damaged, 3, run + " 次批 second");
        // two of the five leave: taken from the first intake
        long scrap = created(accountant.post("api/documents", "{\"category\":\"SCRAP\",\"store\":\"" + damaged
                + "\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + SENSOR + "\",\"quantity\":"
                + before.add(BigDecimal.TWO).toPlainString() + "}]}"));
        ok(as("manager").post("api/documents/" + scrap + "/review", null));

        List<JsonObject> mine = register(accountant, "site=" + site + "&item=" + SENSOR).stream()
                .filter(e -> e.getString("note", "").startsWith(run)).toList();
        assertEquals(List.of(first, second), mine.stream().map(e -> e.getString("intake")).toList());
        assertTrue(mine.get(0).getBoolean("returned"), "the oldest left first");
        assertEquals(0, BigDecimal.valueOf(3).compareTo(mine.get(1).getJsonNumber("waiting").bigDecimalValue()));
        assertEquals("STORAGE", mine.get(1).getString("cause"));
    }

    @Test
    void aSiteWhoseOldestPartWaitedPastTheCycleIsOverdueAndOneFullOfBulkyPartsIsDue() {
        ApiClient planner = as("planner");
        // a Northeast site, which no other test touches: a sensor damaged in storage twenty days ago
        ok(planner.post("api/documents/" + created(planner.post("api/documents", "{\"category\":\"DAMAGE_INTAKE\","
                + "\"store\":\"TYZY-D\",\"date\":\"" + LocalDate.now().minusDays(20) + "\",\"lines\":[{\"item\":\""
                + SENSOR + "\",\"quantity\":1,\"replacement\":{\"cause\":\"STORAGE\"}}]}")) + "/review", null));
        // and at another, today, a main-shaft part of 5.5 m³
        ok(planner.post("api/documents/" + created(planner.post("api/documents", "{\"category\":\"DAMAGE_INTAKE\","
                + "\"store\":\"DAHT-D\",\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"SP-HUB-0003\","
                + "\"quantity\":1,\"replacement\":{\"cause\":\"MECHANICAL\"}}]}")) + "/review", null));

        List<JsonObject> returns = planner.get("api/failed-parts/returns").array().stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject old = returns.stream().filter(r -> r.getString("site").equals("TYZY")).findFirst().orElseThrow();
        assertEquals("OVERDUE", old.getString("status"), old.toString());
        assertTrue(old.getInt("oldestAgeDays") >= 20, old.toString());
        assertTrue(old.getBoolean("alert"));
        JsonObject bulky = returns.stream().filter(r -> r.getString("site").equals("DAHT")).findFirst().orElseThrow();
        assertEquals("DUE", bulky.getString("status"), bulky.toString());
        assertTrue(bulky.getJsonNumber("volumeM3").bigDecimalValue().compareTo(new BigDecimal("3")) >= 0);
        JsonObject quiet = returns.stream().filter(r -> r.getString("site").equals("HNMJ")).findFirst().orElseThrow();
        assertEquals("NOTHING_WAITING", quiet.getString("status"), "a site with nothing damaged: " + quiet);
        assertTrue(as("keeper").get("api/failed-parts/returns").array().stream().map(JsonValue::asJsonObject)
                .allMatch(r -> r.getString("site").equals("ZBET")), "a keeper sees their own site's return");
    }

    private String intake(ApiClient accountant, String store, int quantity, String note) {
        JsonObject made = ok(accountant.post("api/documents/" + created(accountant.post("api/documents",
                "{\"category\":\"DAMAGE_INTAKE\",\"store\":\"" + store + "\",\"date\":\"" + TODAY + "\",\"lines\":[{"
                        + "\"item\":\"" + SENSOR + "\",\"quantity\":" + quantity + ",\"replacement\":{\"cause\":\"STORAGE\","
                        + "\"note\":\"" + note + "\"}}]}")) + "/review", null));
        return made.getString("number");
    }

    private static Optional<JsonObject> entry(ApiClient api, String query, String removedSerial) {
        return register(api, query).stream().filter(e -> strings(e, "removedSerials").contains(removedSerial))
                .findFirst();
    }

    private static List<JsonObject> register(ApiClient api, String query) {
        ApiClient.Answer answer = api.get("api/failed-parts" + (query.isEmpty() ? "" : "?" + query));
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> strings(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field) ? List.of()
                : object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }
}
