package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The in/out/balance summary (收发存汇总表) over REST: a BU's month agrees with its ledger to the unit
 * (every store and item, every category's column, summed here from the ledger's own rows), as JSON
 * pages, as a workbook and as a PDF; each user sees their own scope, and no other.
 */
@OnSharedServer
class StockSummaryApiIT {

    private static final String STORE = "ZBET-G";
    private static final String ITEM = "SP-GBX-0006";
    private static final Set<String> INBOUND = Set.of("PURCHASE", "PETTY_PURCHASE", "DAMAGE_INTAKE", "REPAIRED",
            "MATERIAL_RETURN", "GOOD_TRANSFER_IN", "DAMAGED_TRANSFER_IN", "STOCKTAKE_GAIN", "OPENING_BALANCE");

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aBusMonthAgreesWithItsLedgerToTheUnit() {
        ApiClient accountant = as("accountant");
        accountant.receive(STORE, ITEM, 5);
        ApiClient.Answer issue = accountant.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + STORE
                + "\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":2}]}");
        assertEquals(201, issue.status(), issue.raw());
        long issueId = issue.object().getJsonNumber("id").longValue();
        assertEquals(200, accountant.post("api/documents/" + issueId + "/review", null).status());
        assertEquals(200, accountant.post("api/documents/" + issueId + "/unreview", null).status(),
                "an unreview leaves its reversal in the ledger");

        ApiClient planner = as("planner");
        for (YearMonth month : List.of(YearMonth.now(), YearMonth.now().minusMonths(1))) {
            Map<String, Map<String, BigDecimal>> fromLedger = summedFromTheLedger(planner, "NC", month);
            Map<String, Map<String, BigDecimal>> reported = new TreeMap<>();
            BigDecimal closingValues = BigDecimal.ZERO;
            JsonObject first = null;
            for (int page = 0; ; page++) {
                ApiClient.Answer answer = planner.get("api/reports/stock-summary?unit=NC&month=" + month
                        + "&size=100&page=" + page);
                assertEquals(200, answer.status(), answer.raw());
                JsonObject body = answer.object();
                first = first == null ? body : first;
                for (JsonValue value : body.getJsonArray("lines")) {
                    JsonObject line = value.asJsonObject();
                    Map<String, BigDecimal> figures = new TreeMap<>();
                    figures.put("opening", line.getJsonNumber("opening").bigDecimalValue());
                    figures.put("closing", line.getJsonNumber("closing").bigDecimalValue());
                    line.getJsonObject("columns").forEach((column, quantity) ->
                            figures.put(column, ((JsonNumber) quantity).bigDecimalValue()));
                    assertEquals(0, figures.get("opening").add(line.getJsonNumber("in").bigDecimalValue())
                            .subtract(line.getJsonNumber("out").bigDecimalValue()).compareTo(figures.get("closing")),
                            "opening + in - out = closing: " + line);
                    reported.put(line.getString("store") + " " + line.getString("item"), strip(figures));
                    if (!line.isNull("closingValue")) {
                        closingValues = closingValues.add(line.getJsonNumber("closingValue").bigDecimalValue());
                    }
                }
                if (body.getJsonArray("lines").size() < 100) {
                    break;
                }
            }
            assertEquals(fromLedger, reported, month + ": the summary is the ledger summed");
            assertEquals(reported.size(), first.getJsonObject("totals").getInt("lines"));
            assertEquals(0, closingValues.compareTo(first.getJsonObject("totals").getJsonNumber("closing")
                    .bigDecimalValue()), "the closing value is the lines' closing values summed");
            if (month.equals(YearMonth.now())) {
                Map<String, BigDecimal> line = reported.get(STORE + " " + ITEM);
                assertTrue(line.get("PURCHASE").signum() > 0, "this month's receipt: " + line);
            }
        }
    }

    @Test
    void theSummaryIsAWorkbookOrAPdfAsAskedFor() throws Exception {
        ApiClient accountant = as("accountant");
        accountant.receive(STORE, ITEM, 1);
        int lines = accountant.get("api/reports/stock-summary?store=" + STORE).object().getJsonObject("totals")
                .getInt("lines");
        ApiClient.BinaryAnswer workbook = accountant.getBytes("api/reports/stock-summary?store=" + STORE
                + "&format=xlsx");
        assertEquals(200, workbook.status());
        assertTrue(workbook.contentType().startsWith("application/vnd.openxmlformats"), workbook.contentType());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("收发存汇总表 In/out/balance summary"));
            assertEquals("期初结存 Opening", sheet.getRow(1).getCell(6).getStringCellValue());
            List<String> stores = new ArrayList<>();
            for (int r = 2; r < 2 + lines; r++) {
                stores.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(List.of(STORE), stores.stream().distinct().toList());
            assertTrue(sheet.getRow(3 + lines).getCell(0).getStringCellValue().startsWith("合计"), "the totals row");
        }
        ApiClient.BinaryAnswer pdf = accountant.inLanguage("zh-CN").getBytes("api/reports/stock-summary?store=" + STORE,
                "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body()))
                .getTextFromPage(1);
        assertTrue(printed.contains("收发存汇总表") && printed.contains(ITEM), printed);
        assertEquals(422, accountant.get("api/reports/stock-summary?format=doc").status());
        assertEquals(422, accountant.get("api/reports/stock-summary?month=2026-13").status());
        assertEquals(422, accountant.get("api/reports/stock-summary?month=" + YearMonth.now().plusMonths(1)).status());
    }

    @Test
    void eachUserSeesTheirOwnScopeAndNoOther() {
        assertEquals(Set.of("ZBET-G", "ZBET-D"), storesOf(as("keeper").get("api/reports/stock-summary")),
                "a keeper: the site");
        assertEquals(Set.of("ZBET-G", "ZBET-D"), storesOf(as("keeper").get("api/reports/stock-summary?unit=NC")),
                "a keeper asking for the BU still gets the site");
        assertEquals(404, as("keeper").get("api/reports/stock-summary?unit=GZBD").status());
        assertEquals(404, as("keeper").get("api/reports/stock-summary?store=GZBD-G").status());
        assertEquals("NC", as("accountant").get("api/reports/stock-summary").object().getString("unit"));
        assertTrue(storesOf(as("manager").get("api/reports/stock-summary")).stream()
                .allMatch(store -> store.startsWith("NC") || store.startsWith("ZBET") || isNcSite(store)),
                "the BU manager: the BU's stores");
        assertEquals(404, as("manager").get("api/reports/stock-summary?unit=NW").status());
        assertEquals(403, as("admin").get("api/reports/stock-summary").status());
    }

    private boolean isNcSite(String store) {
        return ncStores(as("planner")).contains(store);
    }

    private static Set<String> storesOf(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        Set<String> stores = new java.util.HashSet<>();
        answer.object().getJsonArray("lines").forEach(line -> stores.add(line.asJsonObject().getString("store")));
        return stores;
    }

    private static Set<String> ncStores(ApiClient planner) {
        Set<String> stores = new java.util.HashSet<>();
        for (JsonValue value : planner.get("api/org-units?size=500").array()) {
            JsonObject unit = value.asJsonObject();
            if (unit.getString("code").equals("NC") || "NC".equals(unit.getString("parent", null))) {
                unit.getJsonArray("stores").forEach(store -> stores.add(((jakarta.json.JsonString) store).getString()));
            }
        }
        return stores;
    }

    /** Per "store item": opening, closing and each column's quantity, summed from the ledger rows of every NC store. */
    private static Map<String, Map<String, BigDecimal>> summedFromTheLedger(ApiClient planner, String bu,
            YearMonth month) {
        Map<String, Map<String, BigDecimal>> lines = new TreeMap<>();
        for (String store : ncStores(planner)) {
            Map<String, Map<String, BigDecimal>> ofStore = new HashMap<>();
            String path = "api/stores/" + store + "/ledger?size=500";
            while (path != null) {
                ApiClient.PageAnswer page = planner.getPage(path);
                assertEquals(200, page.status(), page.raw());
                for (JsonValue value : page.rows()) {
                    JsonObject row = value.asJsonObject();
                    LocalDate day = LocalDate.parse(row.getString("movementDay"));
                    BigDecimal quantity = row.getJsonNumber("quantity").bigDecimalValue();
                    Map<String, BigDecimal> line = ofStore.computeIfAbsent(store + " " + row.getString("item"),
                            key -> new TreeMap<>());
                    if (day.isBefore(month.atDay(1))) {
                        line.merge("opening", quantity, BigDecimal::add);
                    } else if (!day.isAfter(month.atEndOfMonth())) {
                        String category = row.getString("category");
                        boolean in = INBOUND.contains(category);
                        line.merge(column(category), in ? quantity : quantity.negate(), BigDecimal::add);
                    }
                    if (!day.isAfter(month.atEndOfMonth())) {
                        line.merge("closing", quantity, BigDecimal::add);
                    }
                }
                path = page.next() == null ? null : page.next().replaceFirst("^.*?/api/", "api/");
            }
            ofStore.forEach((key, line) -> {
                line.putIfAbsent("opening", BigDecimal.ZERO);
                line.putIfAbsent("closing", BigDecimal.ZERO);
                Map<String, BigDecimal> stripped = strip(line);
                if (stripped.size() > 2 || stripped.get("opening").signum() != 0
                        || stripped.get("closing").signum() != 0) {
                    lines.put(key, stripped);
                }
            });
        }
        return lines;
    }

    private static String column(String category) {
        return switch (category) {
            case "GOOD_TRANSFER_IN", "DAMAGED_TRANSFER_IN" -> "TRANSFER_IN";
            case "GOOD_TRANSFER_OUT", "DAMAGED_TRANSFER_OUT" -> "TRANSFER_OUT";
            default -> category;
        };
    }

    /** The same figures written plainly, and the columns that net to nothing left out. */
    private static Map<String, BigDecimal> strip(Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> stripped = new TreeMap<>();
        figures.forEach((name, quantity) -> {
            if (name.equals("opening") || name.equals("closing") || quantity.signum() != 0) {
                stripped.put(name, new BigDecimal(quantity.stripTrailingZeros().toPlainString()));
            }
        });
        return stripped;
    }
}
