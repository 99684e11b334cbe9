package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * A deleted document is gone (404), but its history, who made, changed, reviewed, unreviewed and
 * deleted it, stays readable through the API by whoever could read the document while it existed,
 * and by nobody else: for them it does not exist, as for a document that never did.
 */
@OnSharedServer
class DeletedDocumentHistoryIT {

    /** Counted in whole pieces, tracked neither way. */
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String receipt(String store, int quantity) {
        return "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store + "\",\"supplier\":\"SUP-001\",\"date\":\"2026-11-20\","
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":" + quantity + "}]}";
    }

    @Test
    void aDeletedDocumentsHistoryStaysReadableByThoseWhoCouldReadIt() {
        ApiClient keeper = as("keeper");
        ApiClient accountant = as("accountant");
        ApiClient.Answer created = keeper.post("api/documents", receipt("ZBET-G", 2));
        assertEquals(201, created.status(), created.raw());
        long id = created.object().getJsonNumber("id").longValue();
        String path = "api/documents/" + id;
        assertEquals(200, keeper.put(path, receipt("ZBET-G", 3)).status());
        assertEquals(200, accountant.post(path + "/review", null).status());
        assertEquals(200, as("planner").post(path + "/unreview", null).status());
        assertEquals(204, keeper.delete(path).status());

        assertEquals(404, keeper.get(path).status(), "the document itself is gone");
        List<String> expected = List.of("CREATED keeper", "MODIFIED keeper", "REVIEWED accountant",
                "UNREVIEWED planner", "DELETED keeper");
        for (String reader : List.of("keeper", "viewer", "manager", "accountant", "accountant.nw", "planner")) {
            ApiClient.Answer history = as(reader).get(path + "/history");
            assertEquals(200, history.status(), reader + ": " + history.raw());
            assertEquals(expected, events(history), reader);
        }
        JsonObject modified = as("viewer").get(path + "/history").array().getJsonObject(1);
        JsonObject change = modified.getJsonArray("changes").getJsonObject(0);
        assertEquals("line", change.getString("field"), "what changed is kept too: " + modified);
        assertEquals(1, change.getInt("lineNo"), modified.toString());
        assertEquals(403, as("admin").get(path + "/history").status(), "no stock work, no documents");
    }

    @Test
    void whoCouldNotReadTheDocumentFindsNoHistoryAsIfItNeverExisted() {
        ApiClient planner = as("planner");
        ApiClient.Answer created = planner.post("api/documents", receipt("GZBD-G", 1));
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(204, planner.delete("api/documents/" + id).status());

        assertEquals(List.of("CREATED planner", "DELETED planner"), events(planner.get("api/documents/" + id + "/history")));
        assertEquals(200, as("accountant").get("api/documents/" + id + "/history").status(),
                "BU accountants read other BUs' documents");
        ApiClient.Answer never = as("manager").get("api/documents/999999999/history");
        for (String outsider : List.of("manager", "keeper", "viewer")) {
            ApiClient.Answer answer = as(outsider).get("api/documents/" + id + "/history");
            assertEquals(404, answer.status(), outsider + ": " + answer.raw());
            assertEquals(never.object().getJsonArray("codes"), answer.object().getJsonArray("codes"));
            assertEquals("There is no document with id " + id + ".",
                    answer.object().getJsonArray("messages").getString(0));
        }
    }

    private static List<String> events(ApiClient.Answer history) {
        return history.array().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("event") + " " + e.getString("by")).toList();
    }
}
