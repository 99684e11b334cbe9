package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Personal API tokens: made with a password once, then sent as Bearer tokens, revocable, never shown again. */
@OnSharedServer
class ApiTokenIT {

    @ServerBase
    private URL base;

    @Test
    void aTokenActsForItsOwnerUntilRevoked() {
        ApiClient withPassword = ApiClient.as(base, "accountant", "demo");
        ApiClient.Answer made = withPassword.post("api/tokens", "{\"label\":\"nightly export\"}");
        assertEquals(201, made.status(), made.raw());
        String secret = made.object().getString("token");
        long id = made.object().getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("fst_") && secret.length() > 40, secret);

        ApiClient withToken = ApiClient.withToken(base, secret);
        assertEquals(200, withToken.get("api/documents?max=5").status(), "the token opens the API");
        assertEquals(403, withToken.get("api/stock-check").status(), "with its owner's roles, no more");
        ApiClient.Answer minted = withToken.post("api/tokens", "{\"label\":\"successor\"}");
        assertEquals(403, minted.status(), "a token cannot make tokens: " + minted.raw());

        JsonObject listed = withToken.get("api/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(listed.containsKey("token"), "the secret is never shown again: " + listed);
        assertNotNull(listed.getString("lastUsedAt", null), "its use is noted: " + listed);
        assertFalse(withPassword.get("api/tokens").raw().contains(secret));

        assertEquals(404, ApiClient.as(base, "planner", "demo").delete("api/tokens/" + id).status(),
                "someone else's token is not found, not forbidden");
        assertEquals(200, withToken.get("api/documents?max=1").status(), "and it still works");

        ApiClient.Answer revoked = withPassword.delete("api/tokens/" + id);
        assertEquals(200, revoked.status(), revoked.raw());
        assertEquals("accountant", revoked.object().getString("revokedBy"));
        assertEquals(401, withToken.get("api/documents?max=1").status(), "a revoked token stops working at once");
    }

    @Test
    void aWrongTokenIsRefusedWithABearerChallenge() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/documents"))
                .header("Authorization", "Bearer fst_not-a-real-token").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode());
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                answer.headers().toString());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void aTokenNeedsALabel() {
        ApiClient.Answer answer = ApiClient.as(base, "keeper", "demo").post("api/tokens", "{\"label\":\"  \"}");
        assertEquals(422, answer.status(), answer.raw());
        assertEquals("token.label.required", answer.object().getJsonArray("codes").getString(0));
    }
}
