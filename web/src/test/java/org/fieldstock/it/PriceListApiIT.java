package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The repair-parts price list over REST: the planning office sets a price from a day on, the old one
 * stays in the history and in force until then; the catalogue shows the price in force today; new
 * prices come back in the list's own workbook, all or none; the month's summary values at the price
 * in force on its last day.
 */
@OnSharedServer
class PriceListApiIT {

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    /** A new item of the catalogue at 8.00 yuan, so that no other test's values move. */
    private String newItem(ApiClient planner) {
        String code = planner.get("api/items/next-code?category=SPARE&group=GBX").object().getString("code");
        ApiClient.Answer item = planner.post("api/items", "{\"code\":\"" + code + "\",\"nameZh\":\"价格表测试件\","
                + "\"nameEn\":\"Price list test part\",\"unitZh\":\"个\",\"unitEn\":\"pcs\",\"category\":\"SPARE\","
                + "\"repairClass\":\"I\",\"unitPrice\":8,\"serialTracked\":false}");
        assertEquals(201, item.status(), item.raw());
        return code;
    }

    @Test
    void aPriceTakesEffectOnItsDayAndTheOldOneStaysInTheHistory() {
        ApiClient planner = as("planner");
        String code = newItem(planner);
        LocalDate nextMonth = YearMonth.now().plusMonths(1).atDay(1);
        ApiClient.Answer set = planner.post("api/prices/" + code, "{\"price\":9.5,\"effectiveFrom\":\"" + nextMonth
                + "\",\"note\":\"2027 价格表\"}");
        assertEquals(201, set.status(), set.raw());
        JsonArray history = planner.get("api/prices/" + code).array();
        assertEquals(2, history.size(), history.toString());
        assertEquals("2000-01-01", history.getJsonObject(0).getString("effectiveFrom"), "the catalogue's price, since ever");
        assertEquals(0, new BigDecimal("8").compareTo(history.getJsonObject(0).getJsonNumber("price").bigDecimalValue()));
        JsonObject today = line(planner, code, LocalDate.now());
        assertEquals(0, new BigDecimal("8").compareTo(today.getJsonNumber("price").bigDecimalValue()));
        assertEquals(0, new BigDecimal("9.5").compareTo(today.getJsonNumber("nextPrice").bigDecimalValue()));
        assertEquals(0, new BigDecimal("9.5").compareTo(line(planner, code, nextMonth).getJsonNumber("price")
                .bigDecimalValue()));
        assertEquals(0, new BigDecimal("8").compareTo(planner.get("api/items/" + code).object()
                .getJsonNumber("unitPrice").bigDecimalValue()), "the catalogue keeps today's price");

        assertEquals(201, planner.post("api/prices/" + code, "{\"price\":8.8}").status());
        assertEquals(0, new BigDecimal("8.8").compareTo(planner.get("api/items/" + code).object()
                .getJsonNumber("unitPrice").bigDecimalValue()), "a price from today is the catalogue's at once");
        assertEquals(422, planner.post("api/prices/" + code, "{\"price\":9,\"effectiveFrom\":\""
                + YearMonth.now().minusMonths(1).atDay(1) + "\"}").status(), "a past month keeps its values");
        assertEquals(422, planner.post("api/prices/" + code, "{\"price\":-1}").status());
        assertEquals(422, planner.post("api/prices/" + code, "{\"price\":1.234}").status());
        assertEquals(403, as("accountant").post("api/prices/" + code, "{\"price\":1}").status(),
                "the planning office keeps the list");
        assertEquals(200, as("keeper").get("api/prices/" + code).status(), "everyone who works with stock reads it");
        assertEquals(403, as("admin").get("api/prices").status());
    }

    @Test
    void newPricesComeBackInTheListsWorkbookAllOrNone() throws Exception {
        ApiClient planner = as("planner");
        String code = newItem(planner);
        ApiClient.BinaryAnswer workbook = planner.getBytes("api/prices?format=xlsx");
        assertEquals(200, workbook.status());
        byte[] filled;
        byte[] wrong;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("新单价 New price", sheet.getRow(1).getCell(8).getStringCellValue());
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getRowNum() > 1 && code.equals(candidate.getCell(0).getStringCellValue())) {
                    row = candidate;
                }
            }
            assertTrue(row != null, "the new item is listed");
            row.createCell(8).setCellValue(12.25);
            row.createCell(9).setCellValue(LocalDate.now().toString());
            filled = bytes(book);
            row.createCell(8).setCellValue("twelve");
            wrong = bytes(book);
        }
        ApiClient.Answer refused = planner.putBytes("api/prices", "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", wrong);
        assertEquals(422, refused.status(), refused.raw());
        assertTrue(refused.raw().contains("twelve"), refused.raw());
        ApiClient.Answer taken = planner.putBytes("api/prices", "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", filled);
        assertEquals(200, taken.status(), taken.raw());
        assertEquals(1, taken.object().getInt("set"));
        assertEquals(0, new BigDecimal("12.25").compareTo(line(planner, code, LocalDate.now()).getJsonNumber("price")
                .bigDecimalValue()));
    }

    @Test
    void theMonthsSummaryValuesAtThePriceInForceOnItsLastDay() {
        ApiClient planner = as("planner");
        String code = newItem(planner);
        as("accountant").receive("ZBET-G", code, 4);
        LocalDate lastDay = YearMonth.now().atEndOfMonth();
        assertEquals(201, planner.post("api/prices/" + code, "{\"price\":20,\"effectiveFrom\":\"" + lastDay + "\"}")
                .status());
        JsonObject summaryLine = as("accountant").get("api/reports/stock-summary?store=ZBET-G&size=500").object()
                .getJsonArray("lines").stream().map(value -> value.asJsonObject())
                .filter(line -> line.getString("item").equals(code)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("20").compareTo(summaryLine.getJsonNumber("unitPrice").bigDecimalValue()),
                summaryLine.toString());
        assertEquals(0, new BigDecimal("80").compareTo(summaryLine.getJsonNumber("closingValue").bigDecimalValue()));
    }

    private static JsonObject line(ApiClient api, String code, LocalDate at) {
        ApiClient.Answer answer = api.get("api/prices?q=" + code + "&at=" + at);
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(value -> value.asJsonObject())
                .filter(line -> line.getString("item").equals(code)).findFirst().orElseThrow();
    }

    private static byte[] bytes(XSSFWorkbook book) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
