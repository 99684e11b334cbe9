package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Minimum stock over REST on Payara Micro: the BU sets a level above what a site's store holds, the
 * store shows on the alert with its shortfall, and the site's keeper drafts a requisition of the
 * shortfalls in one step; levels are set only by those who may, and are quantities of the item.
 */
@OnSharedServer
class MinimumStockApiIT {

    /** Pieces, not tracked, that no other test books. */
    private static final String ITEM = "CS-GBX-0004";
    private static final String STORE = "HNMJ-G";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aStoreBelowItsMinimumIsOnTheAlertAndItsShortfallsBecomeARequisitionInOneStep() {
        ApiClient accountant = as("accountant");
        BigDecimal onHand = accountant.onHand("ZBET-G", "SP-GBX-0011");
        BigDecimal minimum = onHand.add(BigDecimal.valueOf(7));
        JsonObject level = ok(accountant.put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":"
                + minimum.toPlainString() + ",\"reorder\":5}"));
        assertEquals(0, BigDecimal.valueOf(7).compareTo(level.getJsonNumber("shortfall").bigDecimalValue()),
                "up to the minimum, at least the reorder quantity: " + level);

        JsonObject alert = below(as("buplanner"), "ZBET-G", "SP-GBX-0011").orElseThrow(
                () -> new AssertionError("the BU sees the store below its minimum"));
        assertEquals(0, onHand.compareTo(alert.getJsonNumber("onHand").bigDecimalValue()));
        assertTrue(below(as("accountant.nw"), "ZBET-G", "SP-GBX-0011").isPresent(),
                "an accountant reads every store, so sees every alert");
        assertTrue(below(as("chief"), "ZBET-G", "SP-GBX-0011").isPresent(), "the site chief sees the site's");
        assertTrue(below(as("keeper"), "ZBET-G", "SP-GBX-0011").isPresent(), "the site sees its own");

        assertEquals(403, as("keeper").put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":1}").status(),
                "a keeper does not set levels");
        assertEquals(403, as("accountant.nw").put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":1}").status(),
                "nor another BU");
        ApiClient.Answer fraction = accountant.put("api/minimum-stock/ZBET-G/SP-GBX-0011", "{\"minimum\":2.5}");
        assertEquals(422, fraction.status(), fraction.raw());
        assertTrue(fraction.raw().contains("minimumStock.minimum.invalid"), fraction.raw());

        ApiClient.Answer drafted = as("keeper").post("api/minimum-stock/requisition", "{\"site\":\"ZBET\"}");
        assertEquals(201, drafted.status(), drafted.raw());
        JsonObject requisition = drafted.object();
        assertEquals("DRAFT", requisition.getString("status"));
        JsonObject line = requisition.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("item").equals("SP-GBX-0011")).findFirst().orElseThrow();
        assertEquals(7, line.getInt("quantity"));
        assertTrue(line.getString("reason").contains("below minimum"), line.toString());
        assertEquals(403, as("accountant").post("api/minimum-stock/requisition", "{\"site\":\"ZBET\"}").status(),
                "the site asks");

        assertEquals(204, accountant.delete("api/minimum-stock/ZBET-G/SP-GBX-0011").status());
        assertTrue(below(accountant, "ZBET-G", "SP-GBX-0011").isEmpty(), "no level, no alert");
        assertEquals(404, accountant.delete("api/minimum-stock/ZBET-G/SP-GBX-0011").status());
    }

    @Test
    void suggestionsComeFromTheLastTwelveMonthsOfSelfUse() {
        ApiClient planner = as("planner");
        String today = java.time.LocalDate.now().toString();
        long receipt = created(planner.post("api/documents", "{\"category\":\"PURCHASE\",\"store\":\"" + STORE
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + today + "\",\"lines\":[{\"item\":\"" + ITEM
                + "\",\"quantity\":100}]}"));
        ok(planner.post("api/documents/" + receipt + "/review", null));
        long issue = created(planner.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + STORE
                + "\",\"date\":\"" + today + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":60}]}"));
        ok(planner.post("api/documents/" + issue + "/review", null));
        List<JsonObject> suggestions = planner.get("api/minimum-stock/suggestions?store=" + STORE).array().stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject cleaner = suggestions.stream().filter(s -> s.getString("item").equals(ITEM)).findFirst().orElseThrow();
        BigDecimal consumed = cleaner.getJsonNumber("consumed12Months").bigDecimalValue();
        assertTrue(consumed.compareTo(BigDecimal.valueOf(60)) >= 0, cleaner.toString());
        // two months of the average month, rounded up to whole pieces
        BigDecimal expected = consumed.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(12), 0,
                java.math.RoundingMode.CEILING);
        assertEquals(0, expected.compareTo(cleaner.getJsonNumber("suggested").bigDecimalValue()), cleaner.toString());
        assertEquals(404, as("keeper").get("api/minimum-stock/suggestions?store=" + STORE).status(),
                "another site's store does not exist for a keeper");
    }

    private static Optional<JsonObject> below(ApiClient api, String store, String item) {
        ApiClient.Answer answer = api.get("api/minimum-stock/below");
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("store").equals(store) && l.getString("item").equals(item)).findFirst();
    }

    private static long created(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }
}
