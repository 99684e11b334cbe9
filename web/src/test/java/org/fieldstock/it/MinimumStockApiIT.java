package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Minimum stock over REST on Payara Micro: the BU sets a level above what a site's store holds, the
 * store shows on the alert with its shortfall, and the site's keeper drafts a requisition of the
 * shortfalls in one step; levels are set only by those who may, and are quantities of the item.
 */
@OnSharedServer
class MinimumStockApiIT {

    /** Pieces, not tracked, that no other test books. */
    private static final String ITEM = "CS-GBX-0004";
    private static final String STORE = "HNMJ-G";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aStoreBelowItsMinimumIsOnTheAlertAndItsShortfallsBecomeARequisitionInOneStep() {
        ApiClient accountant = as("accountant");
        BigDecimal onHand = accountant.onHand("ZBET-G", "SP-GBX-0011");
        BigDecimal minimum = onHand.add(BigDecimal.valueOf(7));
        JsonObject level = ok(accountant.put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":"
                + minimum.toPlainString() + ",\"reorder\":5}"));
        assertEquals(0, BigDecimal.valueOf(7).compareTo(level.getJsonNumber("shortfall").bigDecimalValue()),
                "up to the minimum, at least the reorder quantity: " + level);

        JsonObject alert = below(as("buplanner"), "ZBET-G", "SP-GBX-0011").orElseThrow(
                () -> new AssertionError("the BU sees the store below its minimum"));
        assertEquals(0, onHand.compareTo(alert.getJsonNumber("onHand").bigDecimalValue()));
        assertTrue(below(as("accountant.nw"), "ZBET-G", "SP-GBX-0011").isPresent(),
                "an accountant reads every store, so sees every alert");
        assertTrue(below(as("chief"), "ZBET-G", "SP-GBX-0011").isPresent(), "the site chief sees the site's");
        assertTrue(below(as("keeper"), "ZBET-G", "SP-GBX-0011").isPresent(), "the site sees its own");

        assertEquals(403, as("keeper").put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":1}").status(),
                "a keeper does not set levels");
        assertEquals(403, as("accountant.nw").put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":1}").status(),
                "nor another BU");
        ApiClient.Answer fraction = accountant.put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":2.5}");
        assertEquals(422, fraction.status(), fraction.raw());
        assertTrue(fraction.raw().contains("minimumStock.minimum.invalid"), fraction.raw());

        ApiClient.Answer drafted = as("keeper").post("api/minimum-stock/requisition", "{\"site\":\"ZBET\"}");
        assertEquals(201, drafted.status(), drafted.raw());
        JsonObject requisition = drafted.object();
        assertEquals("DRAFT", requisition.getString("status"));
        JsonObject line = requisition.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("item").equals("SP-GBX-0011")).findFirst().orElseThrow();
        assertEquals(7, line.getInt("quantity"));
        assertTrue(line.getString("reason").contains("below minimum"), line.toString());
        assertEquals(403, as("accountant").post("api/minimum-stock/requisition", "{\"site\":\"ZBET\"}").status(),
                "the site asks");

        assertEquals(204, accountant.delete("api/minimum-stock/ZBET-G/SP-GBX-0011").status());
        assertTrue(below(accountant, "ZBET-G", "SP-GBX-0011").isEmpty(), "no level, no alert");
        assertEquals(404, accountant.delete("api/minimum-stock/ZBET-G/SP-GBX-0011").status());
    }

    @Test
    void levelsGoOutAsAWorkbookAndComeBackAllOrNone() throws java.io.IOException {
        ApiClient planner = as("planner");
        assertEquals(200, planner.put("api/minimum-stock/" + STORE + "/" + ITEM, "{\"minimum\":3}").status());
        ApiClient.BinaryAnswer out = planner.getBytes("api/minimum-stock/workbook?store=" + STORE);
        assertEquals(200, out.status());
        byte[] changed;
        byte[] wrong;
        try (org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(out.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row row = java.util.stream.IntStream.rangeClosed(2, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow).filter(r -> ITEM.equals(r.getCell(1).getStringCellValue())).findFirst()
                    .orElseThrow();
            assertEquals(3, (int) row.getCell(5).getNumericCellValue(), "the level as it is");
            row.getCell(5).setCellValue(5);
            org.apache.poi.ss.usermodel.Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            added.createCell(0).setCellValue(STORE);
            added.createCell(1).setCellValue("CS-GBX-0005");
            added.createCell(5).setCellValue(2);
            changed = bytes(workbook);
            added.getCell(1).setCellValue("NO-SUCH-ITEM");
            row.getCell(5).setCellValue(1.5);
            wrong = bytes(workbook);
        }
        ApiClient.Answer refused = planner.putBytes("api/minimum-stock/workbook", WORKBOOK, wrong);
        assertEquals(422, refused.status(), refused.raw());
        assertEquals(List.of("minimumStock.import.row", "minimumStock.import.row"), refused.object()
                .getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), "each wrong row by its number: " + refused.raw());
        assertEquals(new BigDecimal("3"), level(planner, ITEM).orElseThrow().getJsonNumber("minimum").bigDecimalValue()
                .stripTrailingZeros(), "nothing imported");
        assertEquals(403, as("keeper").putBytes("api/minimum-stock/workbook", WORKBOOK, changed).status());

        JsonObject done = planner.putBytes("api/minimum-stock/workbook", WORKBOOK, changed).object();
        assertEquals(2, done.getInt("set"), done.toString());
        assertEquals(new BigDecimal("5"), level(planner, ITEM).orElseThrow().getJsonNumber("minimum").bigDecimalValue()
                .stripTrailingZeros());
        assertTrue(level(planner, "CS-GBX-0005").isPresent(), "the added row is a new level");
        assertEquals(422, planner.putBytes("api/minimum-stock/workbook", WORKBOOK, "no workbook".getBytes()).status());
        assertEquals(204, planner.delete("api/minimum-stock/" + STORE + "/CS-GBX-0005").status());
        assertEquals(204, planner.delete("api/minimum-stock/" + STORE + "/" + ITEM).status());
    }

    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static byte[] bytes(org.apache.poi.ss.usermodel.Workbook workbook) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private Optional<JsonObject> level(ApiClient api, String item) {
        return api.get("api/minimum-stock?store=" + STORE).array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("item").equals(item)).findFirst();
    }

    @Test
    void suggestionsComeFromTheLastTwelveMonthsOfSelfUse() {
        ApiClient planner = as("planner");
        String today = java.time.LocalDate.now().toString();
        long receipt = created(planner.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + STORE
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + today + "\",\"lines\":[{\"item\":\"" + ITEM
                + "\",\"quantity\":100}]}"));
        ok(planner.post("api/documents/" + receipt + "/review", null));
        long issue = created(planner.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + STORE
                + "\",\"date\":\"" + today + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":60}]}"));
        ok(planner.post("api/documents/" + issue + "/review", null));
        List<JsonObject> suggestions = planner.get("api/minimum-stock/suggestions?store=" + STORE).array().stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject cleaner = suggestions.stream().filter(s -> s.getString("item").equals(ITEM)).findFirst().orElseThrow();
        BigDecimal consumed = cleaner.getJsonNumber("consumed12Months").bigDecimalValue();
        assertTrue(consumed.compareTo(BigDecimal.valueOf(60)) >= 0, cleaner.toString());
        // two months of the average month, rounded up to whole pieces
        BigDecimal expected = consumed.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(12), 0,
                java.math.RoundingMode.CEILING);
        assertEquals(0, expected.compareTo(cleaner.getJsonNumber("suggested").bigDecimalValue()), cleaner.toString());
        assertEquals(404, as("keeper").get("api/minimum-stock/suggestions?store=" + STORE).status(),
                "another site's store does not exist for a keeper");
    }

    private static Optional<JsonObject> below(ApiClient api, String store, String item) {
        ApiClient.Answer answer = api.get("api/minimum-stock/below");
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("store").equals(store) && l.getString("item").equals(item)).findFirst();
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
