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
 * Freight through the REST API (3篇 3.2): express within 200 yuan and a hired vehicle within its
 * reference price +10 % the site decides; above them the BU answers, and air freight always its
 * manager; each names the slip or return it carries; the BU's month adds them up per mode.
 */
@OnSharedServer
class FreightApiIT {

    private static final String STORE = "ZBET-G";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String shipment(String mode, String amount, String reference, String documentNumber) {
        return "{\"store\":\"" + STORE + "\",\"mode\":\"" + mode + "\",\"amount\":" + amount
                + (reference == null ? "" : ",\"referencePrice\":" + reference) + ",\"shipDate\":\"" + LocalDate.now()
                + "\",\"carrier\":\"顺丰 SF 1234567\",\"document\":\"" + documentNumber + "\"}";
    }

    @Test
    void theRulesSayWhoAnswersAndTheMonthAddsItUp() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        ApiClient manager = as("manager");
        String purchase = accountant.book("PURCHASE", STORE, LocalDate.now(), "SP-GBX-0006", 2);
        assertRefused(keeper.post("api/freight", shipment("EXPRESS", "150", null, purchase)), 422,
                "freight.carries.notAReturn");
        // goods found wrong on arrival go back to the maker on a material return: that is what the freight carries
        String carried = created(keeper.post("api/documents", "{\"category\":\"MATERIAL_RETURN\",\"store\":\"" + STORE
                + "\",\"reverses\":\"" + purchase + "\",\"date\":\"" + LocalDate.now()
                + "\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":-1}]}")).getString("number");

        JsonObject small = created(keeper.post("api/freight", shipment("EXPRESS", "150", null, carried)));
        assertEquals("SITE_DECIDES", small.getString("needs"));
        assertEquals("SITE_DECIDED", small.getString("status"));
        JsonObject vehicle = created(keeper.post("api/freight", shipment("HIRED_VEHICLE", "1180", "1000", carried)));
        assertEquals("BU", vehicle.getString("needs"), "above the reference price +10 %");
        JsonObject air = created(keeper.post("api/freight", shipment("AIR", "90", null, carried)));
        assertEquals("BU_MANAGER", air.getString("needs"));
        assertRefused(keeper.post("api/freight", shipment("HIRED_VEHICLE", "900", null, carried)), 422,
                "freight.reference.required");

        assertEquals(403, keeper.post("api/freight/" + vehicle.getJsonNumber("id") + "/approve", "{}").status(),
                "the site does not approve its own request");
        assertRefused(accountant.post("api/freight/" + air.getJsonNumber("id") + "/approve", "{}"), 403,
                "freight.approval.notYours");
        assertRefused(accountant.post("api/freight/" + vehicle.getJsonNumber("id") + "/refuse", "{}"), 422,
                "freight.refusal.reasonRequired");
        assertEquals("APPROVED", created(accountant.post("api/freight/" + vehicle.getJsonNumber("id") + "/approve",
                "{\"note\":\"山路 mountain road\"}")).getString("status"));
        assertEquals("REFUSED", created(manager.post("api/freight/" + air.getJsonNumber("id") + "/refuse",
                "{\"note\":\"快递即可 express will do\"}")).getString("status"));
        assertRefused(manager.post("api/freight/" + small.getJsonNumber("id") + "/approve", "{}"), 403,
                "freight.approval.notYours");

        JsonObject month = accountant.get("api/freight?bu=NC&month=" + java.time.YearMonth.now()).object();
        List<String> numbers = month.getJsonArray("requests").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("number")).toList();
        assertTrue(numbers.containsAll(List.of(small.getString("number"), vehicle.getString("number"),
                air.getString("number"))), numbers.toString());
        BigDecimal express = month.getJsonArray("requests").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("mode").equals("EXPRESS"))
                .map(r -> r.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, express.compareTo(month.getJsonObject("totals").getJsonNumber("EXPRESS").bigDecimalValue()),
                "the total is the sum of the list");
        assertFalse(as("accountant.nw").get("api/freight").raw().contains(small.getString("number")),
                "another BU's own list");
        assertEquals("10", as("viewer").get("api/freight/rules").object().getJsonNumber("vehicleTolerancePercent")
                .bigDecimalValue().stripTrailingZeros().toPlainString());
    }

    private static JsonObject created(ApiClient.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer.raw());
        return answer.object();
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw());
        assertTrue(answer.raw().contains(code), answer.raw());
    }
}
