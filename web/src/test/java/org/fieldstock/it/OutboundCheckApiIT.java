package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Outbounds checked by two people (出库复核) through the REST API: a BU's accountant requires checks of
 * the BU's self-use issues; such an issue is reviewed only after a second person, not who entered or
 * last changed it, has checked it, and names the checker; a change asks for a new check; other BUs
 * are not touched.
 */
@OnSharedServer
class OutboundCheckApiIT {

    private static final String STORE = "GZBD-G";
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String issue(String store, int quantity, String remark) {
        return "{\"category\":\"SELF_USE\",\"store\":\"" + store + "\",\"date\":\"" + LocalDate.now()
                + "\",\"remark\":\"" + remark + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":" + quantity + "}]}";
    }

    @Test
    void aSelfUseIssueOfABuThatRequiresChecksIsReviewedOnlyAfterASecondPersonChecksIt() {
        ApiClient nwAccountant = as("accountant.nw");
        ApiClient planner = as("planner");
        assertEquals(403, as("accountant").post("api/outbound-checks", "{\"bu\":\"NW\",\"category\":\"SELF_USE\"}")
                .status(), "another BU's accountant");
        assertEquals(403, nwAccountant.post("api/outbound-checks", "{\"category\":\"SELF_USE\"}").status(),
                "every BU at once is the planning office's");
        assertEquals(403, as("keeper").post("api/outbound-checks", "{\"bu\":\"NC\"}").status());
        assertEquals(422, nwAccountant.post("api/outbound-checks", "{\"bu\":\"NW\",\"category\":\"PURCHASE\"}")
                .status(), "receipts are not checked");
        JsonObject rule = ok(nwAccountant.post("api/outbound-checks", "{\"bu\":\"NW\",\"category\":\"SELF_USE\"}"));
        try {
            assertEquals("NW", rule.getString("bu"));
            assertTrue(as("viewer").get("api/outbound-checks").array().stream().map(JsonValue::asJsonObject)
                    .anyMatch(r -> r.getJsonNumber("id").longValue() == rule.getJsonNumber("id").longValue()));
            planner.receive(STORE, ITEM, 4);
            long id = ok(planner.post("api/documents", issue(STORE, 1, "first"))).getJsonNumber("id").longValue();
            String path = "api/documents/" + id;

            assertRefused(planner.post(path + "/review", null), 409, "document.check.missing");
            JsonObject read = ok(planner.get(path));
            JsonObject review = read.getJsonArray("actions").stream().map(JsonValue::asJsonObject)
                    .filter(a -> a.getString("action").equals("REVIEW")).findFirst().orElseThrow();
            assertFalse(review.getBoolean("allowed"));
            assertEquals("document.check.missing", review.getJsonArray("codes").getString(0));
            assertRefused(planner.post(path + "/check", null), 403, "document.check.sameUser");

            JsonObject checked = ok(nwAccountant.post(path + "/check", null));
            assertEquals("accountant.nw", checked.getString("checkedBy"));
            assertTrue(checked.containsKey("checkedAt"));
            assertRefused(nwAccountant.post(path + "/check", null), 409, "document.check.done");
            assertTrue(planner.get(path + "/history").raw().contains("CHECKED"), "the history keeps it");

            ok(planner.put(path, "{\"version\":" + checked.getInt("version") + ",\"date\":\"" + LocalDate.now()
                    + "\",\"remark\":\"changed\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":2}]}"));
            assertFalse(ok(planner.get(path)).containsKey("checkedBy"), "a change asks for a new check");
            assertRefused(nwAccountant.post(path + "/review", null), 409, "document.check.missing");
            ok(nwAccountant.post(path + "/check", null));
            assertEquals("REVIEWED", ok(nwAccountant.post(path + "/review", null)).getString("status"));

            ApiClient accountant = as("accountant");
            accountant.receive("ZBET-G", ITEM, 1);
            long northChina = ok(accountant.post("api/documents", issue("ZBET-G", 1, "NC"))).getJsonNumber("id")
                    .longValue();
            assertEquals("REVIEWED", ok(accountant.post("api/documents/" + northChina + "/review", null))
                    .getString("status"), "North China requires no check");
            assertRefused(as("keeper").post("api/documents/" + ok(accountant.post("api/documents",
                    issue("ZBET-G", 1, "NC"))).getJsonNumber("id") + "/check", null), 409, "document.check.notRequired");
        } finally {
            assertEquals(204, nwAccountant.delete("api/outbound-checks/" + rule.getJsonNumber("id")).status());
        }
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer.raw());
        return answer.object();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw());
        assertTrue(answer.raw().contains(code), answer.raw());
    }
}
