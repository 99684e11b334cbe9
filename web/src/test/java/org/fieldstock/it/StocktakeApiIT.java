package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A quarterly stocktake over the demo organisation through the REST API: opened by the planning
 * office over every store, a receipt reviewed mid-count that is no gain, ZBET's good store counted
 * by workbook (a bad import first, which imports nothing) and by hand, submitted with reasons,
 * refused to the accountant and approved by the BU manager, and the balances and ledger checked
 * after the adjustments. Then a blind monthly count of one BU, whose counters see no books, and a
 * BU's own quarterly count, opened by its accountant, which keeps the organisation-wide count out
 * of its stores (and the other way round: a store is in one unfinished count at a time).
 */
@OnSharedServer
class StocktakeApiIT {

    private static final String STORE = "ZBET-G";
    /** Plain items (no serials, no batches) of the demo catalogue. */
    private static final String ITEM = "SP-GBX-0006";
    private static final String LOST = "SP-GBX-0007";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aQuarterlyStocktakeRunsEndToEndAndTheBalancesComeOutRight() throws IOException {
        ApiClient planner = as("planner");
        ApiClient accountant = as("accountant");
        ApiClient keeper = as("keeper");
        ApiClient manager = as("manager");
        accountant.receive(STORE, ITEM, 5);
        accountant.receive(STORE, LOST, 4);
        JsonObject totalsOpen;

        assertEquals(403, accountant.post("api/stocktakes", campaign("QUARTERLY", null, false)).status(),
                "a BU does not open the quarterly count of every store");
        ApiClient.Answer opened = planner.post("api/stocktakes", campaign("QUARTERLY", null, false));
        assertEquals(202, opened.status(), opened.raw());
        long campaignId = opened.object().getJsonNumber("id").longValue();
        try {
            assertTrue(opened.object().getString("number").matches("ST-\\d{4}-\\d{4}"), opened.raw());
            JsonObject campaign = awaitOpen(planner, campaignId);
            int activeStores = (int) planner.get("api/stores?size=500").array().stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getBoolean("active")).count();
            assertEquals(activeStores, campaign.getJsonArray("sheets").size(), "one sheet per active store");
            assertEquals(409, planner.post("api/stocktakes", campaign("MONTHLY", "NC", false)).status(),
                    "NC's stores are being counted already");
            ApiClient.Answer ownQuarterly = accountant.post("api/stocktakes", campaign("QUARTERLY", "NC", false));
            assertEquals(409, ownQuarterly.status(), "nor NC's own quarterly count: " + ownQuarterly.raw());
            assertTrue(ownQuarterly.raw().contains("stocktake.stores.beingCounted")
                    && ownQuarterly.raw().contains(opened.object().getString("number")),
                    "the refusal names the count that holds NC's stores: " + ownQuarterly.raw());

            long sheetId = sheetOf(campaign, STORE).getJsonNumber("id").longValue();
            JsonObject sheet = ok(keeper.get("api/stocktakes/sheets/" + sheetId));
            Map<String, JsonObject> lines = byItem(sheet);
            BigDecimal itemBook = lines.get(ITEM).getJsonNumber("bookQuantity").bigDecimalValue();
            BigDecimal lostBook = lines.get(LOST).getJsonNumber("bookQuantity").bigDecimalValue();
            assertEquals(0, accountant.onHand(STORE, ITEM).compareTo(itemBook), "frozen at the books");
            // an item of the catalogue, counted in whole units and tracked neither way, that the store never had
            String found = planner.get("api/items?max=500").object().getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(i -> !i.getBoolean("batchTracked") && !i.getBoolean("serialTracked")
                            && !lines.containsKey(i.getString("code")) && i.getString("unitEn").matches("pcs|unit|set"))
                    .map(i -> i.getString("code")).findFirst().orElseThrow();

            // goods arrive while the store is being counted: counted with them, they are no gain
            Instant beforeReceipt = Instant.now();
            accountant.receive(STORE, ITEM, 3);
            JsonObject countedEarlier = byItem(ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/counts",
                    "{\"countedAt\":\"" + beforeReceipt + "\",\"counts\":[{\"item\":\"" + ITEM + "\",\"counted\":"
                            + itemBook.toPlainString() + "}]}"))).get(ITEM);
            assertEquals(0, countedEarlier.getJsonNumber("expected").bigDecimalValue().compareTo(itemBook),
                    "counted before the receipt, against the books before it: " + countedEarlier);
            assertEquals(0, countedEarlier.getJsonNumber("variance").bigDecimalValue().signum());
            assertEquals(422, keeper.post("api/stocktakes/sheets/" + sheetId + "/counts", "{\"countedAt\":\""
                    + Instant.now().plusSeconds(3600) + "\",\"counts\":[{\"item\":\"" + ITEM + "\",\"counted\":1}]}")
                    .status(), "not counted in the future");

            byte[] exported = workbook(keeper, sheetId);
            byte[] bad = filledIn(exported, Map.of(ITEM, "abc", LOST, "-1"), "ZBET-G");
            ApiClient.Answer refused = keeper.putBytes("api/stocktakes/sheets/" + sheetId + "/workbook", XLSX, bad);
            assertEquals(422, refused.status(), refused.raw());
            assertTrue(refused.raw().contains("stocktake.import.notANumber"), refused.raw());
            assertTrue(refused.raw().contains("stocktake.count.negative"), refused.raw());
            assertEquals(1, ok(keeper.get("api/stocktakes/sheets/" + sheetId)).getJsonNumber("counted").intValue(),
                    "a bad import imports nothing: only the count made before the receipt is there");

            Map<String, String> counts = new java.util.HashMap<>();
            lines.forEach((code, line) -> counts.put(code, line.getJsonNumber("bookQuantity").bigDecimalValue()
                    .toPlainString()));
            counts.put(ITEM, itemBook.add(BigDecimal.valueOf(3)).toPlainString());
            counts.put(LOST, lostBook.subtract(BigDecimal.ONE).toPlainString());
            ApiClient.Answer imported = keeper.putBytes("api/stocktakes/sheets/" + sheetId + "/workbook", XLSX,
                    filledIn(exported, counts, STORE));
            assertEquals(200, imported.status(), imported.raw());
            JsonObject counted = imported.object();
            assertEquals("COUNTING", counted.getString("status"));
            assertEquals(lines.size(), counted.getJsonNumber("counted").intValue());
            Map<String, JsonObject> after = byItem(counted);
            assertEquals(0, after.get(ITEM).getJsonNumber("variance").bigDecimalValue().signum(),
                    "the receipt during the count is no gain: " + after.get(ITEM));
            assertEquals(0, after.get(ITEM).getJsonNumber("expected").bigDecimalValue()
                    .compareTo(itemBook.add(BigDecimal.valueOf(3))));
            assertEquals(-1, after.get(LOST).getJsonNumber("variance").intValue());

            // a find, entered by hand: an item the books do not list in this store
            JsonObject byHand = ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/counts",
                    "{\"counts\":[{\"item\":\"" + found + "\",\"counted\":2}]}"));
            assertEquals(2, byItem(byHand).get(found).getJsonNumber("variance").intValue());

            ApiClient.Answer early = keeper.post("api/stocktakes/sheets/" + sheetId + "/submit", null);
            assertEquals(422, early.status(), early.raw());
            assertTrue(early.raw().contains("stocktake.reason.required"), early.raw());
            assertTrue(early.raw().contains("Counted by") || early.raw().contains("masterData.required"), early.raw());

            ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/counts", "{\"counts\":["
                    + "{\"item\":\"" + LOST + "\",\"counted\":" + lostBook.subtract(BigDecimal.ONE).toPlainString()
                    + ",\"reason\":\"领用未登记 issued without a document\"},"
                    + "{\"item\":\"" + found + "\",\"counted\":2,\"reason\":\"调拨到货未入账 arrived unbooked\"}]}"));
            ok(keeper.put("api/stocktakes/sheets/" + sheetId + "/team",
                    "{\"counter\":\"王库管 Wang\",\"witness\":\"李工 (GZBD) Li\"}"));
            JsonObject submitted = ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/submit", null));
            assertEquals("SUBMITTED", submitted.getString("status"));
            assertEquals(409, keeper.post("api/stocktakes/sheets/" + sheetId + "/counts",
                    "{\"counts\":[{\"item\":\"" + ITEM + "\",\"counted\":1}]}").status(), "submitted: no more counts");

            BigDecimal itemBefore = accountant.onHand(STORE, ITEM);
            BigDecimal lostBefore = accountant.onHand(STORE, LOST);
            BigDecimal foundBefore = accountant.onHand(STORE, found);
            assertEquals(403, accountant.post("api/stocktakes/sheets/" + sheetId + "/approve", "{}").status(),
                    "the accountant does not approve counts");
            assertEquals(422, manager.post("api/stocktakes/sheets/" + sheetId + "/return", "{}").status(),
                    "sending back says why");
            assertEquals("RETURNED", ok(manager.post("api/stocktakes/sheets/" + sheetId + "/return",
                    "{\"comment\":\"复盘 count again\"}")).getString("status"));
            ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/submit", null));
            assertEquals(403, as("accountant.nw").post("api/stocktakes/sheets/" + sheetId + "/approve", "{}").status());
            assertEquals(0, accountant.onHand(STORE, LOST).compareTo(lostBefore), "nothing adjusted without approval");

            JsonObject approved = ok(manager.post("api/stocktakes/sheets/" + sheetId + "/approve",
                    "{\"comment\":\"同意 agreed\"}"));
            assertEquals("APPROVED", approved.getString("status"));
            JsonObject gain = approved.getJsonObject("gainDocument");
            JsonObject loss = approved.getJsonObject("lossDocument");
            assertEquals("STOCKTAKE_GAIN", gain.getString("category"));
            assertEquals("STOCKTAKE_LOSS", loss.getString("category"));
            assertEquals(0, accountant.onHand(STORE, ITEM).compareTo(itemBefore), "no variance, no change");
            assertEquals(0, accountant.onHand(STORE, LOST).compareTo(lostBefore.subtract(BigDecimal.ONE)));
            assertEquals(0, accountant.onHand(STORE, found).compareTo(foundBefore.add(BigDecimal.valueOf(2))));
            JsonObject gainDocument = ok(accountant.get("api/documents/" + gain.getJsonNumber("id")));
            assertEquals("REVIEWED", gainDocument.getString("status"));
            JsonObject unreview = gainDocument.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                    .filter(action -> action.getString("action").equals("UNREVIEW")).findFirst().orElseThrow();
            assertFalse(unreview.getBoolean("allowed"), "the editor offers no Unreview on a count's adjustment");
            assertEquals("document.generatedByStocktake", unreview.getJsonArray("codes").getString(0));
            assertEquals(409, accountant.post("api/documents/" + gain.getJsonNumber("id") + "/unreview", null).status(),
                    "an approved count is not taken back");
            ApiClient.Answer check = planner.get("api/stock-check");
            assertEquals(0, check.array().size(), "balances agree with their ledger: " + check.raw());

            JsonObject overview = ok(planner.get("api/stocktakes/" + campaignId + "?size=500"));
            JsonObject row = sheetOf(overview, STORE);
            assertEquals("APPROVED", row.getString("status"));
            BigDecimal lostPrice = ok(planner.get("api/items/" + LOST)).getJsonNumber("unitPrice").bigDecimalValue();
            assertEquals(0, row.getJsonNumber("lossValue").bigDecimalValue().compareTo(lostPrice),
                    "the loss at the standard price: " + row);
            assertTrue(overview.getJsonObject("totals").getJsonNumber("gainValue").bigDecimalValue().signum() > 0);
            totalsOpen = overview.getJsonObject("totals");
        } finally {
            ApiClient.Answer closed = planner.post("api/stocktakes/" + campaignId + "/close", null);
            assertEquals(200, closed.status(), closed.raw());
        }
        JsonObject closed = ok(planner.get("api/stocktakes/" + campaignId + "?size=500"));
        assertEquals("CLOSED", closed.getString("status"));
        // the approved sheet kept its figures, the undecided ones theirs at the close: the same totals
        JsonObject totalsClosed = closed.getJsonObject("totals");
        for (String figure : totalsOpen.keySet()) {
            if (totalsOpen.get(figure) instanceof JsonNumber number) {
                assertEquals(0, number.bigDecimalValue().compareTo(totalsClosed.getJsonNumber(figure).bigDecimalValue()),
                        figure + ": " + totalsOpen + " then " + totalsClosed);
            }
        }
    }

    @Test
    void inABlindMonthlyCountTheCountersSeeNoBooksUntilAllIsCounted() throws IOException {
        ApiClient accountant = as("accountant");
        assertEquals(403, as("accountant.nw").post("api/stocktakes", campaign("MONTHLY", "NC", true)).status(),
                "a BU opens only its own monthly count");
        assertEquals(422, accountant.post("api/stocktakes", "{\"kind\":\"MONTHLY\",\"deadline\":\""
                + LocalDate.now().minusDays(1) + "\"}").status(), "a deadline in the past");
        ApiClient.Answer noScope = as("planner").post("api/stocktakes", "{\"kind\":\"MONTHLY\",\"deadline\":\""
                + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(422, noScope.status(), "the planning office names the BU: " + noScope.raw());
        assertTrue(noScope.raw().contains("stocktake.scope.required"), noScope.raw());
        ApiClient.Answer opened = accountant.post("api/stocktakes", campaign("MONTHLY", null, true));
        assertEquals(202, opened.status(), opened.raw());
        long campaignId = opened.object().getJsonNumber("id").longValue();
        try {
            JsonObject campaign = awaitOpen(accountant, campaignId);
            assertEquals("NC", campaign.getString("scope"));
            Map<String, String> parents = accountant.get("api/org-units?size=500").array().stream()
                    .map(JsonValue::asJsonObject).collect(Collectors.toMap(u -> u.getString("code"),
                            u -> u.containsKey("parent") ? u.getString("parent") : ""));
            Set<String> units = campaign.getJsonArray("sheets").stream().map(JsonValue::asJsonObject)
                    .map(s -> s.getString("storeUnit")).collect(Collectors.toSet());
            assertTrue(units.contains("NC") && units.contains("ZBET"), units.toString());
            assertTrue(units.stream().allMatch(u -> u.equals("NC") || parents.get(u).equals("NC")),
                    "only the stores of NC and its sites: " + units);
            long sheetId = sheetOf(campaign, STORE).getJsonNumber("id").longValue();

            JsonObject forKeeper = ok(as("keeper").get("api/stocktakes/sheets/" + sheetId));
            assertTrue(forKeeper.getBoolean("booksHidden"));
            assertTrue(forKeeper.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .noneMatch(l -> l.containsKey("bookQuantity")), forKeeper.toString());
            JsonObject forManager = ok(as("manager").get("api/stocktakes/sheets/" + sheetId));
            assertFalse(forManager.getBoolean("booksHidden"));
            assertTrue(forManager.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .allMatch(l -> l.containsKey("bookQuantity")), forManager.toString());

            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook(as("keeper"), sheetId)))) {
                Sheet sheet = workbook.getSheetAt(0);
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    assertEquals(null, sheet.getRow(r).getCell(5), "no book quantity in row " + (r + 1));
                }
            }

            // counting zero everywhere shows the books, but not unseen: the manager sees the first counts
            String zeros = forManager.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .map(l -> "{\"item\":\"" + l.getString("item") + "\",\"counted\":0}")
                    .collect(Collectors.joining(",", "{\"counts\":[", "]}"));
            JsonObject allCounted = ok(as("keeper").post("api/stocktakes/sheets/" + sheetId + "/counts", zeros));
            assertFalse(allCounted.getBoolean("booksHidden"), "everything counted: the differences need reasons");
            JsonObject first = allCounted.getJsonArray("items").getJsonObject(0);
            ok(as("keeper").post("api/stocktakes/sheets/" + sheetId + "/counts", "{\"counts\":[{\"item\":\""
                    + first.getString("item") + "\",\"counted\":" + first.getJsonNumber("bookQuantity") + "}]}"));
            JsonObject recounted = byItem(ok(as("manager").get("api/stocktakes/sheets/" + sheetId)))
                    .get(first.getString("item"));
            assertEquals(0, recounted.getJsonNumber("firstCounted").intValue(), recounted.toString());
            assertEquals(0, recounted.getJsonNumber("counted").bigDecimalValue()
                    .compareTo(first.getJsonNumber("bookQuantity").bigDecimalValue()), recounted.toString());
        } finally {
            ApiClient.Answer closed = accountant.post("api/stocktakes/" + campaignId + "/close", null);
            assertEquals(200, closed.status(), closed.raw());
        }
    }

    /**
     * The BU prepares its sites' count (2篇 6): NC's accountant opens NC's quarterly count, never
     * another BU's; while it runs the planning office's count of every store is refused, naming it;
     * its sheets are counted, approved by the BU manager and closed by the accountant as in a
     * monthly count.
     */
    @Test
    void aBuAccountantOpensTheOwnBusinessUnitsQuarterlyCountWhichKeepsTheWholeOrganisationsOut() {
        ApiClient planner = as("planner");
        ApiClient accountant = as("accountant");
        ApiClient keeper = as("keeper");
        ApiClient manager = as("manager");
        accountant.receive(STORE, ITEM, 2);
        assertEquals(403, accountant.post("api/stocktakes", campaign("QUARTERLY", "NW", false)).status(),
                "a BU opens only its own quarterly count");
        ApiClient.Answer opened = accountant.post("api/stocktakes", campaign("QUARTERLY", "NC", false));
        assertEquals(202, opened.status(), opened.raw());
        long campaignId = opened.object().getJsonNumber("id").longValue();
        String number = opened.object().getString("number");
        try {
            JsonObject campaign = awaitOpen(accountant, campaignId);
            assertEquals("QUARTERLY", campaign.getString("kind"));
            assertEquals("NC", campaign.getString("scope"));
            Map<String, String> parents = accountant.get("api/org-units?size=500").array().stream()
                    .map(JsonValue::asJsonObject).collect(Collectors.toMap(u -> u.getString("code"),
                            u -> u.containsKey("parent") ? u.getString("parent") : ""));
            Set<String> stores = campaign.getJsonArray("sheets").stream().map(JsonValue::asJsonObject)
                    .map(s -> s.getString("store")).collect(Collectors.toSet());
            assertTrue(stores.containsAll(Set.of("NC-G", "NC-D", "ZBET-G", "ZBET-D")), stores.toString());
            assertTrue(campaign.getJsonArray("sheets").stream().map(JsonValue::asJsonObject)
                    .map(s -> s.getString("storeUnit")).allMatch(u -> u.equals("NC") || parents.get(u).equals("NC")),
                    "only the stores of NC and its sites, good and damaged: " + stores);

            // one store, one unfinished count: the planning office's count of every store would count NC's twice
            ApiClient.Answer everyStore = planner.post("api/stocktakes", campaign("QUARTERLY", null, false));
            assertEquals(409, everyStore.status(), everyStore.raw());
            assertTrue(everyStore.raw().contains("stocktake.stores.beingCounted") && everyStore.raw().contains(number),
                    "names the count in the way: " + everyStore.raw());
            assertEquals(409, accountant.post("api/stocktakes", campaign("MONTHLY", "NC", false)).status(),
                    "nor a monthly count of NC meanwhile");

            // counted, submitted and decided as in every count: the BU manager approves, the accountant does not
            long sheetId = sheetOf(campaign, STORE).getJsonNumber("id").longValue();
            Map<String, JsonObject> lines = byItem(ok(keeper.get("api/stocktakes/sheets/" + sheetId)));
            BigDecimal itemBook = lines.get(ITEM).getJsonNumber("bookQuantity").bigDecimalValue();
            String counts = lines.values().stream()
                    .map(l -> l.getString("item").equals(ITEM)
                            ? "{\"item\":\"" + ITEM + "\",\"counted\":" + itemBook.add(BigDecimal.ONE).toPlainString()
                                    + ",\"reason\":\"上次发货未出库 shipped but still on the shelf\"}"
                            : "{\"item\":\"" + l.getString("item") + "\",\"counted\":"
                                    + l.getJsonNumber("bookQuantity").bigDecimalValue().toPlainString() + "}")
                    .collect(Collectors.joining(",", "{\"counts\":[", "]}"));
            ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/counts", counts));
            ok(keeper.put("api/stocktakes/sheets/" + sheetId + "/team",
                    "{\"counter\":\"王库管 Wang\",\"witness\":\"赵工 (NC) Zhao\"}"));
            assertEquals("SUBMITTED", ok(keeper.post("api/stocktakes/sheets/" + sheetId + "/submit", null))
                    .getString("status"));
            BigDecimal before = accountant.onHand(STORE, ITEM);
            assertEquals(403, accountant.post("api/stocktakes/sheets/" + sheetId + "/approve", "{}").status(),
                    "the accountant who opened the count does not approve it");
            JsonObject approved = ok(manager.post("api/stocktakes/sheets/" + sheetId + "/approve", "{}"));
            assertEquals("APPROVED", approved.getString("status"));
            assertEquals("STOCKTAKE_GAIN", approved.getJsonObject("gainDocument").getString("category"));
            assertEquals(0, accountant.onHand(STORE, ITEM).compareTo(before.add(BigDecimal.ONE)));
            assertEquals(403, as("accountant.nw").post("api/stocktakes/" + campaignId + "/close", null).status(),
                    "another BU's accountant reads it but does not close it");
        } finally {
            ApiClient.Answer closed = accountant.post("api/stocktakes/" + campaignId + "/close", null);
            assertEquals(200, closed.status(), "the BU's accountant closes the BU's count: " + closed.raw());
        }
        assertEquals("CLOSED", ok(planner.get("api/stocktakes/" + campaignId)).getString("status"));
    }

    @Test
    void theStocktakeApiIsInTheOpenApiDocument() {
        ApiClient.Answer answer = ApiClient.as(base, "accountant", "demo").get("/openapi");
        assertEquals(200, answer.status());
        for (String path : List.of("/api/stocktakes", "/api/stocktakes/{id}", "/api/stocktakes/{id}/close",
                "/api/stocktakes/sheets/{sheetId}", "/api/stocktakes/sheets/{sheetId}/counts",
                "/api/stocktakes/sheets/{sheetId}/workbook", "/api/stocktakes/sheets/{sheetId}/team",
                "/api/stocktakes/sheets/{sheetId}/submit", "/api/stocktakes/sheets/{sheetId}/approve",
                "/api/stocktakes/sheets/{sheetId}/return")) {
            assertTrue(answer.raw().contains("\"" + path + "\""), path + " is not in the OpenAPI document");
        }
    }

    private static String campaign(String kind, String scope, boolean blind) {
        return "{\"kind\":\"" + kind + "\"" + (scope == null ? "" : ",\"scope\":\"" + scope + "\"")
                + ",\"deadline\":\"" + LocalDate.now().plusDays(7) + "\",\"blind\":" + blind + "}";
    }

    private static JsonObject awaitOpen(ApiClient api, long campaignId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonObject campaign = ok(api.get("api/stocktakes/" + campaignId + "?size=500"));
            String status = campaign.getString("status");
            if (status.equals("OPEN")) {
                assertEquals(100, campaign.getInt("progress"));
                return campaign;
            }
            assertEquals("OPENING", status, campaign.toString());
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not open after a minute: " + campaign);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static JsonObject sheetOf(JsonObject campaign, String store) {
        return campaign.getJsonArray("sheets").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("store").equals(store)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet of " + store + ": " + campaign));
    }

    private static Map<String, JsonObject> byItem(JsonObject sheet) {
        return sheet.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(l -> l.getString("item"), Function.identity()));
    }

    private static byte[] workbook(ApiClient api, long sheetId) {
        ApiClient.BinaryAnswer answer = api.getBytes("api/stocktakes/sheets/" + sheetId + "/workbook");
        assertEquals(200, answer.status(), new String(answer.body()));
        assertTrue(answer.contentType().startsWith(XLSX), answer.contentType());
        return answer.body();
    }

    /** The exported workbook with counts typed into the count column (text where it is no number). */
    private static byte[] filledIn(byte[] exported, Map<String, String> counts, String store) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("物料编码 Item code", sheet.getRow(1).getCell(1).getStringCellValue());
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(store, row.getCell(0).getStringCellValue());
                String count = counts.get(row.getCell(1).getStringCellValue());
                if (count == null) {
                    continue;
                }
                try {
                    row.createCell(6).setCellValue(new BigDecimal(count).doubleValue());
                } catch (NumberFormatException notANumber) {
                    row.createCell(6).setCellValue(count);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }


    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        assertNotNull(answer.object(), answer.raw());
        return answer.object();
    }
}
