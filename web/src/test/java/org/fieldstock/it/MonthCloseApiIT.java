package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Closing a BU's month through the REST API: who may close and reopen, and every door to a document
 * of the BU dated in the closed month found shut (enter, modify into or out of it, review,
 * unreview, delete, a transfer slip's review) while the other BU's documents of that month stay
 * open; reopening with a reason, audited, opens them again.
 */
@OnSharedServer
class MonthCloseApiIT {

    private static final String ITEM = "SP-GBX-0006";
    /** A month long ended, that no other test dates documents in. */
    private static final YearMonth MONTH = YearMonth.now().minusMonths(3);
    private static final String DAY = MONTH.atDay(10).toString();

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aClosedMonthShutsEveryDoorToItsDocumentsUntilThePlanningOfficeReopensIt() {
        ApiClient accountant = as("accountant");
        ApiClient planner = as("planner");
        long reviewed = id(accountant.post("api/documents", purchase("ZBET-G", DAY)));
        ok(accountant.post("api/documents/" + reviewed + "/review", null));
        long draft = id(accountant.post("api/documents", purchase("ZBET-G", DAY)));
        long current = id(accountant.post("api/documents", purchase("ZBET-G", LocalDate.now().toString())));
        long slip = id(accountant.post("api/transfers", "{\"kind\":\"GOOD\",\"from\":\"ZBET-G\",\"to\":\"WCYD-G\","
                + "\"date\":\"" + DAY + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":1}]}"));

        String close = "{\"bu\":\"NC\",\"month\":\"" + MONTH + "\"}";
        assertEquals(403, as("manager").post("api/month-closes", close).status(), "the BU manager does not close");
        assertEquals(403, as("accountant.nw").post("api/month-closes", close).status(), "nor another BU");
        assertEquals(422, accountant.post("api/month-closes", "{\"bu\":\"NC\",\"month\":\"" + YearMonth.now() + "\"}")
                .status(), "this month has not ended");
        String report = "api/daily-reports/ZBET/" + DAY;
        String line = "{\"lateReason\":\"mail\",\"lines\":[{\"category\":\"DAMAGE_INTAKE\",\"item\":\"SP-GBX-0006\","
                + "\"in\":1}]}";
        ok(accountant.put(report, line));
        JsonObject closed = ok(accountant.post("api/month-closes", close));
        try {
            assertTrue(closed.getBoolean("closed"));
            assertEquals("accountant", closed.getString("closedBy"));
            assertEquals(409, accountant.post("api/month-closes", close).status(), "closed already");

            assertShut(accountant.post("api/documents/" + draft + "/review", null));
            assertShut(accountant.put("api/documents/" + draft, purchase("ZBET-G", LocalDate.now().toString())));
            assertShut(accountant.delete("api/documents/" + draft));
            assertShut(accountant.post("api/documents/" + reviewed + "/unreview", null));
            assertShut(accountant.post("api/documents", purchase("ZBET-G", DAY)));
            assertShut(accountant.put("api/documents/" + current, purchase("ZBET-G", DAY)));
            assertShut(planner.post("api/documents/" + draft + "/review", null));
            assertShut(accountant.post("api/transfers/" + slip + "/review", null));
            assertShut(accountant.put(report, line));
            assertShut(accountant.post(report + "/drafts", null));
            assertEquals(201, planner.post("api/documents", purchase("GZBD-G", DAY)).status(),
                    "North West has not closed the month");
            assertTrue(accountant.get("api/month-closes?bu=NC").array().stream().map(JsonValue::asJsonObject)
                    .anyMatch(m -> m.getString("month").equals(MONTH.toString()) && m.getBoolean("closed")));

            String reopen = "api/month-closes/NC/" + MONTH + "/reopen";
            assertEquals(403, accountant.post(reopen, "{\"reason\":\"x\"}").status(), "only the planning office");
            assertEquals(422, planner.post(reopen, "{\"reason\":\" \"}").status(), "a reason is needed");
            JsonObject reopened = ok(planner.post(reopen, "{\"reason\":\"漏记报废单 a scrap was missed\"}"));
            assertFalse(reopened.getBoolean("closed"));
            assertEquals("漏记报废单 a scrap was missed", reopened.getString("reopenReason"));
            List<JsonObject> trail = planner.get("api/audit?subject=NC%20" + MONTH).array().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("MONTH_REOPENED")
                    && e.getString("detail").contains("a scrap was missed")), trail.toString());
            assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("MONTH_CLOSED")));

            ok(accountant.post("api/documents/" + draft + "/review", null));
            ok(accountant.post("api/documents/" + reviewed + "/unreview", null));
        } finally {
            // leave the month open for whatever runs next on this database
            planner.post("api/month-closes/NC/" + MONTH + "/reopen", "{\"reason\":\"end of test\"}");
        }
    }

    @Test
    void theMonthCloseApiIsInTheOpenApiDocument() {
        ApiClient.Answer answer = ApiClient.as(base, "accountant", "demo").get("/openapi");
        assertEquals(200, answer.status());
        for (String path : List.of("/api/month-closes", "/api/month-closes/{bu}/{month}/reopen")) {
            assertTrue(answer.raw().contains("\"" + path + "\""), path + " is not in the OpenAPI document");
        }
    }

    private static String purchase(String store, String date) {
        return "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store + "\",\"supplier\":\"SUP-001\",\"date\":\"" + date
                + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":2}]}";
    }

    private static void assertShut(ApiClient.Answer answer) {
        assertEquals(409, answer.status(), answer.raw());
        assertTrue(answer.raw().contains("closing.monthClosed"), answer.raw());
    }

    private static long id(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }
}
