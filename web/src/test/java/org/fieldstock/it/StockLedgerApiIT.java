package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

        assertEquals(400, accountant.get("api/stores/" + STORE + "/on-hand?at=yesterday").status());
        assertEquals(400, accountant.get("api/stores/" + STORE + "/ledger?category=NONSENSE").status());
        assertEquals(404, ApiClient.as(base, "keeper", "demo").get("api/stores/" + STORE + "/ledger").status(),
                "not the ZBET keeper's store");
    }

    private static void book(ApiClient api, String category, String supplier, int quantity) {
        ApiClient.Answer created = api.post("api/documents", "{\"category\":\"" + category + "\",\"store\":\"" + STORE
                + "\"," + supplier + "\"date\":\"" + TODAY + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":"
                + quantity + "}]}");
        assertEquals(201, created.status(), created.raw());
        assertEquals(200, api.post("api/documents/" + created.object().getJsonNumber("id") + "/review", null).status());
    }

    private static List<JsonObject> rows(ApiClient api, String query) {
        ApiClient.Answer answer = api.get("api/stores/" + STORE + "/ledger" + query);
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject).toList();
    }
}
