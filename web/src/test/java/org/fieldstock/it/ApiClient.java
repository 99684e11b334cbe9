package org.fieldstock.it;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** A small REST client for the tests: one user, HTTP Basic, JSON in and out. */
final class ApiClient {

    /** HTTP/1.1 as a browser speaks it in clear: asked for HTTP/2, the client would open a connection per request. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final String language;

    private ApiClient(URI base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** A client acting as this user; a null user sends no credentials. */
    static ApiClient as(URL deployment, String user, String password) {
        String text = deployment.toString();
        String auth = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(URI.create(text.endsWith("/") ? text : text + "/"), auth, "en");
    }

    /** A client that sends a personal API token instead of a password. */
    static ApiClient withToken(URL deployment, String token) {
        String text = deployment.toString();
        return new ApiClient(URI.create(text.endsWith("/") ? text : text + "/"), "Bearer " + token, "en");
    }

    ApiClient inLanguage(String tag) {
        return new ApiClient(base, authorization, tag);
    }

    /** An answer: status and parsed JSON body (null when empty). */
    record Answer(int status, JsonStructure body, String raw) {

        JsonObject object() {
            return (JsonObject) body;
        }

        JsonArray array() {
            return (JsonArray) body;
        }
    }

    /** An answer read as bytes, with its content type and headers: pictures and other non-JSON bodies. */
    record BinaryAnswer(int status, String contentType, byte[] body, HttpHeaders headers) {
    }

    /** A page of a list: its rows, the total the headers give, and the pages they link to (rel next and prev). */
    record PageAnswer(int status, String raw, jakarta.json.JsonArray rows, Long total, boolean totalIsLowerBound,
            String next, String prev) {
    }

    /** GETs a page of a list and reads its X-Total-Count and Link headers. */
    PageAnswer getPage(String path) {
        BinaryAnswer answer = getBytes(path);
        String raw = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
        jakarta.json.JsonArray rows = raw.startsWith("[") ? Json.createReader(new StringReader(raw)).readArray() : null;
        Long total = answer.headers().firstValue("X-Total-Count").map(Long::valueOf).orElse(null);
        boolean lowerBound = answer.headers().firstValue("X-Total-Count-Is-Lower-Bound").isPresent();
        java.util.Map<String, String> links = new java.util.HashMap<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?(\\w+)\"?")
                .matcher(String.join(",", answer.headers().allValues("Link")));
        while (link.find()) {
            links.put(link.group(2), link.group(1));
        }
        return new PageAnswer(answer.status(), raw, rows, total, lowerBound, links.get("next"), links.get("prev"));
    }

    BinaryAnswer getBytes(String path) {
        return getBytes(path, "*/*");
    }

    /** GETs a file, saying in Accept what kind is wanted. */
    BinaryAnswer getBytes(String path, String accept) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).setHeader("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryAnswer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a file (a workbook, say) as the body of a PUT. */
    Answer putBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a file (a photo, say) as the body of a POST. */
    Answer postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Buys a quantity of an item (counted in whole units, tracked neither way) into a store today and
     * reviews the receipt; returns its number.
     */
    String receive(String store, String item, int quantity) {
        return book("PURCHASE", store, LocalDate.now(), item, quantity);
    }

    /**
     * Enters a document of the category (from supplier SUP-001 where it takes one) dated on the day,
     * of one line of an item counted in whole units and tracked neither way, and reviews it; returns
     * its number.
     */
    String book(String category, String store, LocalDate date, String item, int quantity) {
        String supplier = category.equals("PURCHASE") ? "\"supplier\":\"SUP-001\"," : "";
        Answer created = post("api/documents", "{\"deliveryNote\":\"DN-IT\",\"category\":\"" + category + "\",\"store\":\"" + store + "\","
                + supplier + "\"date\":\"" + date + "\",\"lines\":[{\"item\":\"" + item + "\",\"quantity\":"
                + quantity + "}]}");
        if (created.status() != 201) {
            throw new AssertionError(category + " refused: " + created.status() + " " + created.raw());
        }
        Answer reviewed = post("api/documents/" + created.object().getJsonNumber("id") + "/review", null);
        if (reviewed.status() != 200) {
            throw new AssertionError("review refused: " + reviewed.status() + " " + reviewed.raw());
        }
        return created.object().getString("number");
    }

    /** The on-hand quantity of an item in a store, zero when the store never had it. */
    BigDecimal onHand(String store, String item) {
        Answer answer = get("api/stores/" + store + "/on-hand");
        if (answer.status() != 200) {
            throw new AssertionError("on-hand failed: " + answer.status() + " " + answer.raw());
        }
        for (JsonValue row : answer.array()) {
            JsonObject o = row.asJsonObject();
            if (o.getString("item").equals(item)) {
                return o.getJsonNumber("onHand").bigDecimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonStructure body = raw == null || raw.isBlank() || !(raw.startsWith("{") || raw.startsWith("["))
                    ? null : Json.createReader(new StringReader(raw)).read();
            return new Answer(response.statusCode(), body, raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
