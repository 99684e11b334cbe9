package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Shelves and bin cards through the REST API (物料卡, 3篇 1.4.2): the keeper places an item on a shelf,
 * the planning office classes it A, B or C, and the store's label sheet prints every card with its
 * place and a QR code leading to the item's scan page at that store.
 */
@OnSharedServer
class BinCardApiIT {

    private static final String STORE = "ZBET-G";
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void aKeeperPlacesAnItemThePlannerClassesItAndTheCardsPrintWithTheirQrCodes() {
        ApiClient keeper = as("keeper");
        as("accountant").receive(STORE, ITEM, 1);
        String path = "api/stores/" + STORE + "/bins/" + ITEM;

        JsonObject placed = ok(keeper.put(path, "{\"zone\":\"A03\",\"level\":\"2\",\"position\":\"05\"}"));
        assertEquals("A03-2-05", placed.getString("place"));
        assertEquals(403, as("viewer").put(path, "{\"zone\":\"B01\"}").status(), "a viewer places nothing");
        assertEquals(404, keeper.put("api/stores/GZBD-G/bins/" + ITEM, "{\"zone\":\"B01\"}").status(),
                "another BU's store does not exist for the keeper");
        ApiClient.Answer noZone = keeper.put(path, "{\"level\":\"2\"}");
        assertEquals(422, noZone.status(), noZone.raw());
        assertTrue(noZone.raw().contains("bin.zone.required"), noZone.raw());

        assertEquals(403, keeper.put("api/items/" + ITEM + "/abc", "{\"abc\":\"A\"}").status(),
                "the item master is the planning office's");
        assertEquals("A", ok(as("planner").put("api/items/" + ITEM + "/abc", "{\"abc\":\"A\"}")).getString("abcClass"));
        JsonObject card = ok(as("chief").get(path));
        assertEquals("A", card.getString("abc"));
        assertEquals("A03-2-05", card.getString("place"), "the site chief reads the card");
        List<JsonObject> cards = keeper.get("api/stores/" + STORE + "/bins").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(cards.stream().anyMatch(c -> c.getString("item").equals(ITEM) && c.containsKey("place")), "listed");

        ApiClient.BinaryAnswer sheet = keeper.inLanguage("zh-CN").getBytes("api/stores/" + STORE + "/bin-cards?item="
                + ITEM);
        assertEquals(200, sheet.status());
        assertTrue(sheet.contentType().startsWith("application/pdf"), sheet.contentType());
        String page = PdfPages.of(sheet.body()).get(0);
        assertTrue(page.contains(ITEM) && page.contains("A03-2-05") && page.contains("ABC A"), page);
        assertEquals(base + "stock/bin.xhtml?store=" + STORE + "&item=" + ITEM,
                org.fieldstock.interfaces.stock.BinCardPdf.scanAddress(base.toString(), STORE, ITEM),
                "a card's QR code opens the item's scan page at the store");

        ok(keeper.put(path, "{}"));
        assertTrue(!ok(keeper.get(path)).containsKey("place"), "an empty place takes it away");
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer.raw());
        return answer.object();
    }
}
