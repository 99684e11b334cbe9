package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The annual demand plan (年度需求计划) over REST: the planning office reads a BU's items with this
 * year's consumption, open requisitions and minimum stock beside next year's plan, hands the
 * workbook out, fills in a planned quantity and imports it (all rows or none); the plan then shows
 * beside consumption on the item's figures, for the BU's own people only.
 */
@OnSharedServer
class DemandPlanApiIT {

    /** A spare no other test books. */
    private static final String ITEM = "SP-GEN-0003";
    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void thePlanningOfficePlansNextYearBesideThisYearsConsumptionAndTheItemShowsIt() throws IOException {
        int year = LocalDate.now().getYear() + 1;
        ApiClient accountant = as("accountant");
        ApiClient planner = as("planner");
        accountant.receive("ZBET-G", ITEM, 5);
        accountant.book("SELF_USE", "ZBET-G", LocalDate.now(), ITEM, 2);
        ApprovedRequisitions.filed(base, "{\"site\":\"ZBET\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":3,"
                + "\"reason\":\"年度检修 overhaul\"}]}");
        assertEquals(200, planner.put("api/minimum-stock/ZBET-G/" + ITEM, "{\"minimum\":1}").status());
        try {
            JsonObject row = planRow(planner, year).orElseThrow(() -> new AssertionError("the item is on NC's sheet"));
            assertTrue(row.getJsonNumber("consumedYearBefore").intValue() >= 2, row.toString());
            assertTrue(row.getJsonNumber("requested").intValue() >= 3, row.toString());
            assertEquals(1, row.getJsonNumber("minimum").intValue(), row.toString());
            assertFalse(row.containsKey("planned") && !row.isNull("planned"), "not planned yet");

            ApiClient.BinaryAnswer handedOut = planner.getBytes("api/demand-plan/workbook?bu=NC&year=" + year);
            assertEquals(200, handedOut.status());
            byte[] planned = edited(handedOut.body(), "NC", "6", "年度检修 overhaul");
            byte[] wrong = edited(handedOut.body(), "ZBET", "1.5", null);

            assertEquals(403, accountant.putBytes("api/demand-plan/workbook?year=" + year, WORKBOOK, planned)
                    .status(), "the planning office plans");
            assertEquals(403, accountant.putBytes("api/demand-plan/workbook?year=" + year, WORKBOOK,
                    "not a workbook".getBytes()).status(), "a stranger learns nothing of the file either");
            ApiClient.Answer refused = planner.putBytes("api/demand-plan/workbook?year=" + year, WORKBOOK, wrong);
            assertEquals(422, refused.status(), refused.raw());
            assertTrue(refused.object().getJsonArray("codes").getValuesAs(JsonString.class).stream()
                    .allMatch(code -> code.getString().equals("minimumStock.import.row")), refused.raw());
            assertTrue(refused.raw().contains("ZBET"), "the row names what is wrong: " + refused.raw());
            assertEquals(422, planner.putBytes("api/demand-plan/workbook?year=" + (year + 30), WORKBOOK, planned)
                    .status(), "a year far away");
            JsonObject unchanged = planRow(planner, year).orElseThrow();
            assertTrue(!unchanged.containsKey("planned") || unchanged.isNull("planned"), "nothing imported");

            JsonObject done = planner.putBytes("api/demand-plan/workbook?year=" + year, WORKBOOK, planned).object();
            assertEquals(0, done.getInt("removed"), done.toString());
            assertTrue(done.getInt("planned") >= 1, done.toString());
            JsonObject after = planRow(planner, year).orElseThrow();
            assertEquals(6, after.getJsonNumber("planned").intValue(), after.toString());
            assertEquals("年度检修 overhaul", after.getString("note"));
            assertEquals(done.toString(), planner.putBytes("api/demand-plan/workbook?year=" + year, WORKBOOK, planned)
                    .object().toString(), "the same file again changes nothing more");

            List<JsonObject> figures = as("keeper").get("api/demand-plan/items/" + ITEM).array().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertTrue(figures.stream().anyMatch(f -> f.getString("bu").equals("NC") && f.getInt("year") == year
                    && f.getJsonNumber("planned").intValue() == 6), figures.toString());
            assertTrue(figures.stream().anyMatch(f -> f.getString("bu").equals("NC") && f.getInt("year") == year - 1
                    && f.getJsonNumber("consumed").intValue() >= 2), figures.toString());
            assertTrue(as("accountant.nw").get("api/demand-plan/items/" + ITEM).array().stream()
                    .map(JsonValue::asJsonObject).noneMatch(f -> f.getString("bu").equals("NC")),
                    "another BU's people do not see NC's");
            assertEquals(404, as("accountant.nw").get("api/demand-plan?bu=NC").status());
        } finally {
            planner.delete("api/minimum-stock/ZBET-G/" + ITEM);
        }
    }

    private static Optional<JsonObject> planRow(ApiClient api, int year) {
        return api.get("api/demand-plan?bu=NC&year=" + year).array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("item").equals(ITEM)).findFirst();
    }

    /** The handed-out workbook with the item's row planned (and its BU given) as said. */
    private static byte[] edited(byte[] workbookBytes, String bu, String planned, String note) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = IntStream.rangeClosed(2, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r != null && ITEM.equals(r.getCell(1).getStringCellValue())).findFirst()
                    .orElseThrow();
            // a new cell: POI keeps an inline string it is asked to overwrite
            row.removeCell(row.getCell(0));
            row.createCell(0).setCellValue(bu);
            row.createCell(8).setCellValue(Double.parseDouble(planned));
            if (note != null) {
                row.createCell(9).setCellValue(note);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
