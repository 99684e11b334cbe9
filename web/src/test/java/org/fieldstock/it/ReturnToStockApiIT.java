package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * 物资退库 of an issue through the REST API: the leftovers of an issue in a closed month go back to
 * the store on a red-ink return that names the issue, at most what it took out, without unreviewing
 * it; the service drafts the return of what is left, for those who enter the store's documents.
 */
@OnSharedServer
class ReturnToStockApiIT {

    private static final String STORE = "GZBD-G";
    private static final String ITEM = "SP-GBX-0006";
    /** A month long ended that no other test closes or dates North West's documents in. */
    private static final YearMonth MONTH = YearMonth.now().minusMonths(5);
    private static final String DAY = MONTH.atDay(12).toString();

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void leftoversOfAnIssueInAClosedMonthGoBackOnAReturnThatNamesIt() {
        ApiClient accountant = as("accountant.nw");
        ApiClient planner = as("planner");
        long receipt = id(accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + STORE
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + DAY + "\",\"lines\":[{\"item\":\"" + ITEM
                + "\",\"quantity\":10}]}"));
        ok(accountant.post("api/documents/" + receipt + "/review", null));
        JsonObject issue = ok(accountant.post("api/documents/" + id(accountant.post("api/documents",
                "{\"category\":\"SELF_USE\",\"store\":\"" + STORE + "\",\"date\":\"" + DAY + "\",\"lines\":[{\"item\":\""
                        + ITEM + "\",\"quantity\":10}]}")) + "/review", null));
        long issueId = issue.getJsonNumber("id").longValue();
        String close = "{\"bu\":\"NW\",\"month\":\"" + MONTH + "\"}";
        ok(accountant.post("api/month-closes", close));
        try {
            assertEquals(409, accountant.post("api/documents/" + issueId + "/unreview", null).status(),
                    "the issue's month is closed");
            JsonObject drafted = ok(accountant.get("api/documents/" + issueId + "/return"));
            assertEquals("ISSUE_RETURN", drafted.getString("category"));
            assertEquals(issue.getString("number"), drafted.getString("reverses"));
            assertEquals(STORE, drafted.getString("store"));
            assertEquals(LocalDate.now().toString(), drafted.getString("date"));
            assertEquals(-10, drafted.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
            assertEquals("MATERIAL_RETURN", ok(accountant.get("api/documents/" + receipt + "/return"))
                    .getString("category"), "a receipt is given back on a material return");

            BigDecimal before = accountant.onHand(STORE, ITEM);
            String returnOf = "{\"category\":\"ISSUE_RETURN\",\"store\":\"" + STORE + "\",\"reverses\":\""
                    + issue.getString("number") + "\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\""
                    + ITEM + "\",\"quantity\":%s}]}";
            JsonObject leftovers = ok(accountant.post("api/documents/" + id(accountant.post("api/documents",
                    String.format(returnOf, "-4"))) + "/review", null));
            assertEquals("RED", leftovers.getString("ink"));
            assertEquals("OTHER_OUTBOUND", leftovers.getString("type"));
            assertEquals(0, before.add(BigDecimal.valueOf(4)).compareTo(accountant.onHand(STORE, ITEM)),
                    "the leftovers are on hand again");

            ApiClient.Answer tooMuch = accountant.post("api/documents", String.format(returnOf, "-7"));
            assertEquals(422, tooMuch.status(), tooMuch.raw());
            assertTrue(tooMuch.raw().contains("line.quantity.exceedsIssue"), tooMuch.raw());
            assertEquals(-6, ok(accountant.get("api/documents/" + issueId + "/return")).getJsonArray("lines")
                    .getJsonObject(0).getInt("quantity"), "what is left to give back");
            ApiClient.Answer fromReceipt = accountant.post("api/documents", String.format(returnOf, "-1")
                    .replace(issue.getString("number"), ok(accountant.get("api/documents/" + receipt))
                            .getString("number")));
            assertTrue(fromReceipt.raw().contains("document.reverses.invalidIssue"), fromReceipt.raw());

            assertEquals(404, as("keeper").get("api/documents/" + issueId + "/return").status(),
                    "another BU's issue does not exist for ZBET's keeper");
            assertEquals(403, as("viewer").get("api/documents/" + issueId + "/return").status(),
                    "a viewer enters nothing");
        } finally {
            ok(planner.post("api/month-closes/NW/" + MONTH + "/reopen", "{\"reason\":\"ReturnToStockApiIT\"}"));
        }
        ApiClient.Answer unreview = accountant.post("api/documents/" + issueId + "/unreview", null);
        assertEquals(409, unreview.status(), unreview.raw());
        assertTrue(unreview.raw().contains("document.hasReviewedReturns"), unreview.raw());
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer.raw());
        return answer.object();
    }

    private static long id(ApiClient.Answer answer) {
        return ok(answer).getJsonNumber("id").longValue();
    }
}
