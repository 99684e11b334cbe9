package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The sites' daily reports through REST: a late report needs its reason; the BU's checks stop
 * documents being made until every line is an item and a category; the drafts made are reviewed as
 * any document; the audit trail tells of it in the reader's language; the BU sees who has not
 * reported today; a workbook in the daily-ledger layout goes out and comes back; the
 * reconciliation lists what the site says against the books.
 */
@OnSharedServer
class DailyReportApiIT {

    private static final LocalDate TODAY = LocalDate.now();
    // the demo data reports the last five days; the browser test takes ten days ago

    @ServerBase
    private URL base;

    @Test
    void aLateReportNeedsItsReasonAndTheBuMakesReviewableDocumentsOfItOnceEveryLineIsMapped() {
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        accountant.receive("ZBET-G", "SP-GBX-0007", 5);
        LocalDate day = TODAY.minusDays(8);
        String path = "api/daily-reports/ZBET/" + day;
        String selfUse = "{\"category\":\"SELF_USE\",\"item\":\"SP-GBX-0007\",\"out\":2,\"balance\":3}";

        ApiClient.Answer noReason = keeper.put(path, "{\"lines\":[" + selfUse + "]}");
        assertEquals(422, noReason.status(), noReason.raw());
        assertTrue(noReason.raw().contains("dailyReport.lateReason.required"), noReason.raw());

        JsonObject report = ok(keeper.put(path, "{\"lateReason\":\"风大，晚归\",\"lines\":[" + selfUse
                + ",{\"item\":\"NO-SUCH-ITEM\",\"in\":1},{\"item\":\"SP-GBX-0008\",\"in\":1,\"balance\":1}"
                + ",{\"category\":\"SELF_USE\",\"item\":\"SP-GBX-0007\",\"out\":1,\"turbine\":\"X99\"}]}"));
        assertEquals("LATE", report.getString("punctuality"));
        assertEquals("风大，晚归", report.getString("lateReason"));
        assertEquals("SUBMITTED", report.getString("status"));
        assertFalse(report.getBoolean("draftable"));
        List<JsonObject> lines = lines(report);
        assertTrue(lines.get(0).getJsonArray("errors").isEmpty(), lines.toString());
        assertFalse(lines.get(1).getBoolean("itemKnown"));
        assertEquals(2, lines.get(1).getJsonArray("errors").size(), "unknown item, no category: " + lines);
        assertEquals(1, lines.get(2).getJsonArray("errors").size(), "no category: " + lines);
        assertTrue(lines.get(3).getJsonArray("errors").toString().contains("X99"),
                "what the document would refuse is flagged with the report's line: " + lines);
        ApiClient.Answer refused = accountant.post(path + "/drafts", null);
        assertEquals(422, refused.status(), refused.raw());
        assertTrue(refused.raw().contains("dailyReport.flag.itemUnknown"), refused.raw());

        // the keeper corrects the code; the damage intake books into the damaged store by itself; the petty
        // purchase names the approved requisition it was bought for
        String corrected = "{\"lines\":[" + selfUse
                + ",{\"category\":\"PETTY_PURCHASE\",\"item\":\"SP-GBX-0006\",\"in\":1,\"remark\":\"零采\"REQUISITION}"
                + ",{\"category\":\"DAMAGE_INTAKE\",\"item\":\"SP-GBX-0008\",\"in\":1,\"balance\":1}]}";
        JsonObject unasked = ok(keeper.put(path, corrected.replace("REQUISITION", "")));
        assertFalse(unasked.getBoolean("draftable"));
        assertTrue(lines(unasked).get(1).getJsonArray("errors").toString().contains("2篇 2.2"), unasked.toString());
        String requisition = ApprovedRequisitions.approved(base, "{\"site\":\"ZBET\",\"lines\":[{\"item\":"
                + "\"SP-GBX-0006\",\"quantity\":1,\"reason\":\"零采 petty\"}]}").getString("number");
        report = ok(keeper.put(path, corrected.replace("REQUISITION", ",\"requisition\":\"" + requisition + "\"")));
        assertEquals(requisition, lines(report).get(1).getString("requisition"));
        assertEquals("LATE", report.getString("punctuality"), "a correction keeps the first submission's time");
        assertEquals("风大，晚归", report.getString("lateReason"), "and its reason");
        assertEquals("keeper", report.getString("changedBy"));
        assertEquals("ZBET-D", lines(report).get(2).getString("store"));
        assertTrue(report.getBoolean("draftable"), report.toString());

        assertEquals(403, keeper.post(path + "/drafts", null).status(), "the BU makes the documents");
        assertEquals(403, ApiClient.as(base, "accountant.nw", "demo").post(path + "/drafts", null).status(),
                "another BU's accountant");
        assertEquals(409, keeper.put(path + "?version=" + (report.getInt("version") + 7), "{\"lines\":[]}").status(),
                "a correction based on an older version");
        assertEquals(409, accountant.post(path + "/drafts?version=" + (report.getInt("version") + 7), null).status());
        report = ok(accountant.post(path + "/drafts?version=" + report.getInt("version"), null));
        assertEquals("DRAFTED", report.getString("status"));
        assertEquals("accountant", report.getString("draftedBy"));
        List<String> numbers = lines(report).stream().map(l -> l.getString("document")).toList();
        assertEquals(3, Set.copyOf(numbers).size(), "one document per store and category: " + numbers);
        assertEquals(409, accountant.post(path + "/drafts", null).status(), "documents are made once");
        auditTrailReadsInTheReadersLanguage("ZBET " + day);

        JsonObject issue = accountant.get("api/documents?store=ZBET-G&from=" + day + "&to=" + day).array().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("number").equals(numbers.get(0))).findFirst()
                .orElseThrow();
        assertEquals("SAVED", issue.getString("status"), "a draft, reviewed as any document");
        assertEquals("SELF_USE", issue.getString("category"));
        assertEquals(day.toString(), issue.getString("date"));
        assertEquals("日报 Daily report ZBET " + day + " #1", issue.getString("remark"),
                "the report it came of, in both languages");
        assertEquals(200, accountant.post("api/documents/" + issue.getJsonNumber("id") + "/review", null).status());

        assertEquals(409, keeper.put(path, "{\"lines\":[" + selfUse + "]}").status(), "documents made: no corrections");
        JsonObject zbet = accountant.get("api/daily-reports?bu=NC&from=" + day + "&to=" + day).array().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("site").equals("ZBET")).findFirst().orElseThrow();
        JsonObject reportedDay = zbet.getJsonArray("days").getJsonObject(0);
        assertEquals("LATE", reportedDay.getString("punctuality"));
        assertEquals("DRAFTED", reportedDay.getString("status"));
        assertEquals(422, keeper.put("api/daily-reports/ZBET/" + TODAY.plusDays(1), "{\"lines\":[]}").status(),
                "tomorrow is reported tomorrow");
        assertEquals(403, keeper.put("api/daily-reports/WCYD/" + day, "{\"lines\":[]}").status(), "not the keeper's site");
    }

    /** The submission and the correction of the first test, as the planning office reads them in either language. */
    private void auditTrailReadsInTheReadersLanguage(String subject) {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        for (String language : List.of("en", "zh-CN")) {
            List<JsonObject> trail = planner.inLanguage(language).get("api/audit?subject=" + subject.replace(" ", "%20"))
                    .array().stream().map(JsonValue::asJsonObject).toList();
            String submitted = text(trail, "DAILY_REPORT_SUBMITTED");
            List<String> corrected = trail.stream().filter(e -> e.getString("action").equals("DAILY_REPORT_CORRECTED"))
                    .map(e -> e.getString("text")).toList();
            if (language.equals("en")) {
                assertEquals("4 lines", submitted, trail.toString());
                assertTrue(corrected.stream().anyMatch(c -> c.startsWith("was: 1) ZBET-G SP-GBX-0007 -2 Self use =3; ")),
                        corrected.toString());
            } else {
                assertEquals("共 4 行", submitted, trail.toString());
                assertTrue(corrected.stream().anyMatch(c -> c.startsWith("更正前：1) ZBET-G SP-GBX-0007 -2 自用领用 =3; ")),
                        corrected.toString());
            }
        }
    }

    private static String text(List<JsonObject> trail, String action) {
        return trail.stream().filter(e -> e.getString("action").equals(action)).map(e -> e.getString("text"))
                .findFirst().orElseThrow(() -> new AssertionError(action + " not in " + trail));
    }

    @Test
    void theBuSeesWhoHasNotReportedTodayAndTheReconciliationListsWhatTheSiteSaysAgainstTheBooks() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        List<String> notIn = sites(accountant.get("api/daily-reports/missing?bu=NC"));
        assertTrue(notIn.contains("XLCK"), notIn.toString());
        assertFalse(notIn.contains("GZBD"), "another BU's site");
        // the accountant reports for the site when its ledger came by mail: nothing moved there today
        ok(accountant.put("api/daily-reports/XLCK/" + TODAY, "{\"lateReason\":\"电话报送\",\"lines\":[]}"));
        assertFalse(sites(accountant.get("api/daily-reports/missing?bu=NC")).contains("XLCK"));

        accountant.receive("WCYD-G", "SP-GBX-0006", 6);
        BigDecimal books = accountant.onHand("WCYD-G", "SP-GBX-0006");
        BigDecimal after = books.subtract(BigDecimal.ONE);
        String path = "api/daily-reports/WCYD/" + TODAY;
        ok(accountant.put(path, "{\"lateReason\":\"电话报送\",\"lines\":[{\"category\":\"SELF_USE\","
                + "\"item\":\"SP-GBX-0006\",\"out\":1,\"balance\":" + after.toPlainString() + "}]}"));
        JsonObject line = recon(accountant, "WCYD", "SP-GBX-0006");
        assertEquals("REPORT", line.getString("source"));
        assertEquals(TODAY.toString(), line.getString("asOf"));
        assertEquals(-1, line.getInt("difference"), "the issue the site reported is not booked yet: " + line);

        JsonObject report = ok(accountant.post(path + "/drafts", null));
        String number = lines(report).get(0).getString("document");
        JsonObject issue = accountant.get("api/documents?store=WCYD-G&from=" + TODAY + "&to=" + TODAY).array()
                .stream().map(JsonValue::asJsonObject).filter(d -> d.getString("number").equals(number)).findFirst()
                .orElseThrow();
        assertEquals(200, accountant.post("api/documents/" + issue.getJsonNumber("id") + "/review", null).status());
        line = recon(accountant, "WCYD", "SP-GBX-0006");
        assertEquals(0, line.getInt("difference"), "books and site agree once it is booked: " + line);
        assertFalse(accountant.get("api/reconciliations/WCYD?date=" + TODAY + "&differencesOnly=true").object()
                .getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("item").equals("SP-GBX-0006")));
        assertEquals(404, ApiClient.as(base, "keeper", "demo").get("api/reconciliations/GZBD").status());
        String openapi = ApiClient.as(base, "accountant", "demo").get("/openapi").raw();
        assertTrue(openapi.contains("\"/api/daily-reports/{site}/{date}\"") && openapi.contains(
                "\"/api/reconciliations/{site}\"") && openapi.contains("\"/api/daily-reports/{site}/{date}/workbook\""));
    }

    @Test
    void theDayGoesOutAsAWorkbookInTheDailyLedgerLayoutAndComesBackFilledIn() throws IOException {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        LocalDate day = TODAY.minusDays(9);
        String path = "api/daily-reports/SZHG/" + day;
        ApiClient.BinaryAnswer empty = accountant.getBytes(path + "/workbook");
        assertEquals(200, empty.status());
        byte[] filled = fill(empty.body(), "SP-GBX-0006", "自用领用", "abc");
        ApiClient.Answer bad = accountant.putBytes(path + "/workbook?lateReason=late",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
        assertEquals(422, bad.status(), bad.raw());
        assertTrue(bad.raw().contains("abc"), "the row and what is wrong with it: " + bad.raw());
        assertEquals(404, accountant.get(path).status(), "nothing taken");

        ApiClient.Answer good = accountant.putBytes(path + "/workbook?lateReason=late",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                fill(empty.body(), "SP-GBX-0006", "自用领用", "2"));
        JsonObject report = ok(good);
        JsonObject line = lines(report).get(0);
        assertEquals("SELF_USE", line.getString("category"), "the Chinese category name is understood");
        assertEquals(2, line.getInt("out"));
        assertEquals("SZHG-G", line.getString("store"));

        ApiClient.BinaryAnswer back = accountant.getBytes(path + "/workbook");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(back.body()))) {
            Row row = workbook.getSheetAt(0).getRow(2);
            assertEquals("SP-GBX-0006", row.getCell(1).getStringCellValue(), "what was reported comes back");
            assertEquals(2, (int) row.getCell(6).getNumericCellValue());
        }
        ApiClient.Answer otherDay = accountant.putBytes("api/daily-reports/SZHG/" + day.minusDays(1)
                + "/workbook?lateReason=late", "application/octet-stream", back.body());
        assertEquals(422, otherDay.status(), "a workbook of another day: " + otherDay.raw());
    }

    /** The workbook with one line: an item going out on the given category. */
    private static byte[] fill(byte[] template, String item, String category, String out) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.createRow(2);
            row.createCell(1).setCellValue(item);
            row.createCell(6).setCellValue(out);
            row.createCell(8).setCellValue(category);
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static JsonObject recon(ApiClient api, String site, String item) {
        JsonObject result = ok(api.get("api/reconciliations/" + site + "?date=" + TODAY));
        return result.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("store").equals(site + "-G") && r.getString("item").equals(item))
                .findFirst().orElseThrow(() -> new AssertionError(result.toString()));
    }

    private static List<String> sites(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(s -> s.asJsonObject().getString("site")).collect(Collectors.toList());
    }

    private static List<JsonObject> lines(JsonObject report) {
        return report.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        assertNotEquals(null, answer.body());
        return answer.object();
    }
}
