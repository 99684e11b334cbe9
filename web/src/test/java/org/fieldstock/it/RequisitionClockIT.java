package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planner's clock run out (the "done when"): a site files a requisition, the BU planner's
 * check is due a day later; a day and more later (the requisition's times moved back by
 * {@link RequisitionClock}) it is overdue on the list and late on the weekly report, in JSON, Excel
 * and PDF; checked late, it stays late there.
 */
@ExtendWith(ArquillianExtension.class)
class RequisitionClockIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fieldstockWar().addClasses(RequisitionClock.class);
    }

    @Test
    void aCheckNotDoneInItsDayIsOverdueAndShowsLateOnTheWeeklyReport() {
        JsonObject filed = ApprovedRequisitions.filed(base, "{\"site\":\"ZBET\",\"lines\":[{\"item\":\"SP-GBX-0006\","
                + "\"quantity\":1,\"reason\":\"漏油 leaking\"}]}");
        String number = filed.getString("number");
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(filed.getString("filedAt")),
                Instant.parse(filed.getString("checkDueAt"))), "due a day after it was filed");
        ApiClient buplanner = ApiClient.as(base, "buplanner", "demo");
        assertFalse(listed(buplanner, number).getBoolean("checkOverdue"), "within its day");
        JsonObject inTime = row(buplanner.get("api/requisitions/weekly?unit=NC").object(), number);
        assertFalse(inTime.getBoolean("checkLate"), inTime.toString());

        assertEquals("2", ApiClient.as(base, "planner", "demo").post("api/it/requisition-clock/" + number
                + "?hours=25", null).raw().strip(), "drafted and signed: two steps moved back");
        assertTrue(listed(buplanner, number).getBoolean("checkOverdue"), "a day and an hour later: overdue");
        JsonObject week = buplanner.get("api/requisitions/weekly?unit=NC&week="
                + java.time.LocalDate.now()).object();
        JsonObject late = row(week, number);
        assertTrue(late.getBoolean("checkLate"), late.toString());
        assertEquals("BU_PLANNER", late.getString("waitingFor"));
        assertEquals(1, late.getInt("ageDays"));
        assertTrue(week.getInt("late") >= 1, week.toString());
        java.util.List<Boolean> lateness = week.getJsonArray("requisitions").stream()
                .map(r -> r.asJsonObject().getBoolean("checkLate")).toList();
        assertEquals(lateness.stream().sorted(java.util.Comparator.reverseOrder()).toList(), lateness,
                "the late ones first");

        ApiClient.BinaryAnswer workbook = buplanner.getBytes("api/requisitions/weekly/workbook?unit=NC");
        assertEquals(200, workbook.status());
        assertTrue(workbook.contentType().startsWith("application/vnd.openxmlformats"), workbook.contentType());
        ApiClient.BinaryAnswer pdf = buplanner.getBytes("api/requisitions/weekly/pdf?unit=NC");
        assertEquals(200, pdf.status());
        assertTrue(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF"),
                "a PDF");
        assertEquals(404, ApiClient.as(base, "accountant.nw", "demo").get("api/requisitions/weekly?unit=NC").status(),
                "another BU's week does not exist for them");

        // checked now, a day and an hour after it was filed: late it stays
        long id = filed.getJsonNumber("id").longValue();
        assertEquals(200, buplanner.post("api/requisitions/" + id + "/steps", "{\"action\":\"CHECK\"}").status());
        JsonObject checked = row(buplanner.get("api/requisitions/weekly?unit=NC").object(), number);
        assertTrue(checked.getBoolean("checkLate"), checked.toString());
        assertEquals("BU_SUPERVISOR", checked.getString("waitingFor"));
    }

    private static JsonObject listed(ApiClient api, String number) {
        return api.get("api/requisitions?open=true").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("number").equals(number)).findFirst().orElseThrow();
    }

    private static JsonObject row(JsonObject week, String number) {
        return week.getJsonArray("requisitions").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("number").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " not on " + week));
    }
}
