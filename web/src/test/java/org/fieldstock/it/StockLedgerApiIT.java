package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The stock ledger through REST: a store's rows by item, document category and days, each with its
 * item's balance after it; and a store's on-hand at the end of a past day, which is today's less
 * what today's rows moved.
 */
@OnSharedServer
class StockLedgerApiIT {

    private static final String STORE = "SZHG-G";
    private static final String ITEM = "SP-GBX-0006";
    private static final String TODAY = LocalDate.now().toString();

    @ServerBase
    private URL base;

    @Test
    void theLedgerIsQueriedByItemCategoryAndDaysAndThePastOnHandFollowsFromIt() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        book(accountant, "PURCHASE", "\"supplier\":\"SUP-001\",", 7);
        book(accountant, "SELF_USE", "", 2);

        List<JsonObject> purchases = rows(accountant, "?item=" + ITEM + "&category=PURCHASE&from=" + TODAY + "&to=" + TODAY);
        assertTrue(!purchases.isEmpty() && purchases.stream().allMatch(r -> r.getString("category").equals("PURCHASE")
                && r.getString("item").equals(ITEM) && r.getString("documentDate").equals(TODAY)), purchases.toString());
        List<JsonObject> issues = rows(accountant, "?item=" + ITEM + "&category=SELF_USE&from=" + TODAY);
        assertTrue(issues.stream().anyMatch(r -> r.getJsonNumber("quantity").intValue() == -2), issues.toString());
        assertTrue(rows(accountant, "?item=" + ITEM + "&from=" + LocalDate.now().plusDays(1)).isEmpty(),
                "nothing posted tomorrow yet");

        List<JsonObject> today = rows(accountant, "?item=" + ITEM + "&from=" + TODAY + "&to=" + TODAY);
        BigDecimal running = today.get(0).getJsonNumber("balanceAfter").bigDecimalValue()
                .subtract(today.get(0).getJsonNumber("quantity").bigDecimalValue());
        BigDecimal movedToday = BigDecimal.ZERO;
        for (JsonObject row : today) {
            running = running.add(row.getJsonNumber("quantity").bigDecimalValue());
            assertEquals(0, running.compareTo(row.getJsonNumber("balanceAfter").bigDecimalValue()), today.toString());
            movedToday = movedToday.add(row.getJsonNumber("quantity").bigDecimalValue());
        }
        BigDecimal now = accountant.onHand(STORE, ITEM);
        assertEquals(0, running.compareTo(now), "the day's last row leaves today's on-hand");

        String yesterday = LocalDate.now().minusDays(1).toString();
        BigDecimal atYesterday = accountant.get("api/stores/" + STORE + "/on-hand?at=" + yesterday).array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("item").equals(ITEM))
                .map(r -> r.getJsonNumber("onHand").bigDecimalValue()).findFirst().orElse(BigDecimal.ZERO);
        assertEquals(0, now.subtract(movedToday).compareTo(atYesterday), "yesterday's end = today less today's moves");

        assertEquals(422, accountant.get("api/stores/" + STORE + "/on-hand?at=yesterday").status());
        assertEquals(422, accountant.get("api/stores/" + STORE + "/ledger?category=NONSENSE").status());
        assertEquals(404, ApiClient.as(base, "keeper", "demo").get("api/stores/" + STORE + "/ledger").status(),
                "not the ZBET keeper's store");
    }

    @Test
    void aSitesDailyLedgerHoldsEveryMovementOfItsStoresThatDayInOrder() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        String received = book(accountant, "ZBET-G", "PURCHASE", "\"supplier\":\"SUP-001\",", 4);
        String issued = book(accountant, "ZBET-G", "SELF_USE", "", 1);
        String intake = book(accountant, "ZBET-D", "DAMAGE_INTAKE", "", 1);

        JsonObject day = ok(keeper.get("api/daily-ledger?site=ZBET&date=" + TODAY));
        assertEquals("ZBET", day.getString("site"));
        List<JsonObject> rows = day.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
        List<String> documents = rows.stream().map(r -> r.getString("document")).toList();
        assertTrue(documents.indexOf(received) < documents.indexOf(issued)
                && documents.indexOf(issued) < documents.indexOf(intake), "in the order booked: " + documents);
        JsonObject in = rows.get(documents.indexOf(received));
        JsonObject out = rows.get(documents.indexOf(issued));
        assertEquals(4, in.getInt("in"));
        assertFalse(in.containsKey("out"));
        assertEquals(1, out.getInt("out"));
        assertEquals(0, out.getJsonNumber("balanceAfter").bigDecimalValue()
                .compareTo(in.getJsonNumber("balanceAfter").bigDecimalValue().subtract(BigDecimal.ONE)),
                "nothing else moved the item in between: " + rows);
        assertEquals("ZBET-D", rows.get(documents.indexOf(intake)).getString("store"), "the damaged store too");
        assertTrue(ok(keeper.get("api/daily-ledger?site=ZBET&date=" + LocalDate.now().plusDays(1)))
                .getJsonArray("rows").isEmpty());
        assertEquals(404, keeper.get("api/daily-ledger?site=GZBD&date=" + TODAY).status(), "another BU's site");
        assertTrue(ApiClient.as(base, null, null).get("/openapi").raw().contains("\"/api/daily-ledger\""));
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }

    private static void book(ApiClient api, String category, String supplier, int quantity) {
        book(api, STORE, category, supplier, quantity);
    }

    /** Enters and reviews a document of one line of the item; returns its number. */
    private static String book(ApiClient api, String store, String category, String supplier, int quantity) {
        ApiClient.Answer created = api.post("api/documents", "{\"category\":\"" + category + "\",\"store\":\"" + store
                + "\"," + supplier + "\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":"
                + quantity + "}]}");
        assertEquals(201, created.status(), created.raw());
        assertEquals(200, api.post("api/documents/" + created.object().getJsonNumber("id") + "/review", null).status());
        return created.object().getString("number");
    }

    private static List<JsonObject> rows(ApiClient api, String query) {
        ApiClient.Answer answer = api.get("api/stores/" + STORE + "/ledger" + query);
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject).toList();
    }
}
