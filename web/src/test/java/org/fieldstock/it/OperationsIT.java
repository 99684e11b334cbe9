package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * What operators and load balancers see without a login: health (liveness and readiness with the
 * database, its schema and the demo data) and metrics (postings, reviews and their refusals and
 * latency, open sessions); and that nothing else answers without a login.
 */
@OnSharedServer
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @ServerBase
    private URL base;

    @Test
    void healthAnswersWithoutALoginWithTheDatabaseItsSchemaAndTheDemoData() {
        ApiClient anonymous = ApiClient.as(base, null, null);
        ApiClient.Answer health = anonymous.get("health");
        assertEquals(200, health.status(), health.raw());
        assertEquals("UP", health.object().getString("status"), health.raw());
        Map<String, JsonObject> checks = checks(health.object());
        assertEquals(List.of("database", "demo-data", "server"), List.copyOf(checks.keySet()), health.raw());
        assertEquals(newestMigration(), checks.get("database").getJsonObject("data").getString("schemaVersion"),
                "the database is at the newest migration of the db module: " + health.raw());
        assertEquals("loaded", checks.get("demo-data").getJsonObject("data").getString("outcome"), health.raw());

        ApiClient.Answer ready = anonymous.get("health/ready");
        assertEquals(200, ready.status(), ready.raw());
        assertEquals(List.of("database", "demo-data"), List.copyOf(checks(ready.object()).keySet()), ready.raw());
        ApiClient.Answer live = anonymous.get("health/live");
        assertEquals(200, live.status(), live.raw());
        assertEquals(List.of("server"), List.copyOf(checks(live.object()).keySet()),
                "liveness does not depend on the database: " + live.raw());
    }

    @Test
    void reviewsAndPostingsAreCountedAndTimedAndRefusalsCountedByReason() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        Map<String, Double> before = metrics();

        ApiClient.Answer created = accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"ZBET-G\","
                + "\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":2}]}");
        assertEquals(201, created.status(), created.raw());
        String review = "api/documents/" + created.object().getJsonNumber("id") + "/review";
        assertEquals(200, accountant.post(review, null).status());
        ApiClient.Answer again = accountant.post(review, null);
        assertEquals(409, again.status(), again.raw());
        Map<String, Double> after = metrics();

        assertEquals(1, delta(before, after, "fieldstock_postings_total{kind=\"posting\",mp_scope=\"application\"}"),
                "one document posted");
        assertEquals(1, delta(before, after,
                "fieldstock_review_seconds_count{kind=\"document\",mp_scope=\"application\",outcome=\"reviewed\"}"));
        assertEquals(1, delta(before, after,
                "fieldstock_review_seconds_count{kind=\"document\",mp_scope=\"application\",outcome=\"refused\"}"));
        assertEquals(1, delta(before, after,
                "fieldstock_reviews_refused_total{kind=\"document\",mp_scope=\"application\",reason=\"conflict\"}"));
        assertTrue(after.get("fieldstock_review_seconds_sum{kind=\"document\",mp_scope=\"application\",outcome=\"reviewed\"}")
                > 0, "review latency recorded");
    }

    @Test
    void aRefusedReviewPostsNothing() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        // an issue of more than the store holds: refused, rolled back, not a posting
        ApiClient.Answer created = accountant.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"ZBET-G\","
                + "\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":100000}]}");
        assertEquals(201, created.status(), created.raw());
        Map<String, Double> before = metrics();
        ApiClient.Answer refused = accountant.post("api/documents/" + created.object().getJsonNumber("id") + "/review",
                null);
        assertEquals(409, refused.status(), refused.raw());
        Map<String, Double> after = metrics();
        assertEquals(0, delta(before, after, "fieldstock_postings_total{kind=\"posting\",mp_scope=\"application\"}"),
                "a rolled-back review is no posting");
        assertEquals(1, delta(before, after,
                "fieldstock_reviews_refused_total{kind=\"document\",mp_scope=\"application\",reason=\"conflict\"}"));
    }

    /** Cleartext HTTP/2 stays off (see preboot-commands.txt): a client asking for it gets HTTP/1.1. */
    @Test
    void aClientAskingForCleartextHttp2IsAnsweredInHttp11() throws Exception {
        HttpClient asksForHttp2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = asksForHttp2.send(HttpRequest.newBuilder(URI.create(base + "health/live"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), answer.headers().toString());
    }

    @Test
    void openSessionsAreAGauge() throws Exception {
        String gauge = "fieldstock_sessions_open{mp_scope=\"application\"}";
        double before = metrics().getOrDefault(gauge, 0.0);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "a new session");
        assertEquals(before + 1, metrics().get(gauge), "one more session open");
    }

    @Test
    void withoutALoginOnlyTheLoginPageHealthAndMetricsAnswer() throws Exception {
        for (String open : List.of("login.xhtml", "health", "health/live", "health/ready", "health/started",
                "metrics", "metrics?scope=application")) {
            assertEquals(200, status(open), open);
        }
        List<String> wrong = new ArrayList<>();
        for (String page : pages()) {
            int status = status(page);
            if (status != 302) {
                wrong.add(page + " answered " + status);
            }
        }
        for (String api : List.of("openapi", "api/stores", "api/documents", "api/audit", "api/users")) {
            int status = status(api);
            if (status != 401) {
                wrong.add(api + " answered " + status);
            }
        }
        assertEquals(List.of(), wrong, "pages redirect to the login, the API and its description answer 401");
        assertEquals(200, ApiClient.as(base, "viewer", "demo").get("openapi").status(), "described after a login");
    }

    /** Every page of the web app but the login page, as a path from the root. */
    private static List<String> pages() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            List<String> pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.equals("login.xhtml"))
                    .sorted().toList();
            assertTrue(pages.size() >= 20, () -> "pages found: " + pages);
            return pages;
        }
    }

    private int status(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        Map<String, JsonObject> checks = new TreeMap<>();
        for (JsonValue check : health.getJsonArray("checks")) {
            checks.put(check.asJsonObject().getString("name"), check.asJsonObject());
        }
        return checks;
    }

    /** The newest versioned migration of the db module. */
    private static String newestMigration() {
        try (Stream<Path> files = Files.list(Path.of("../db/src/main/resources/db/migration"))) {
            return String.valueOf(files.map(p -> MIGRATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The application's figures from the Prometheus text at /metrics, by name with their tags. */
    private Map<String, Double> metrics() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "metrics?scope=application"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, Double> values = new TreeMap<>();
        for (String line : answer.body().split("\n")) {
            if (line.startsWith("fieldstock_")) {
                int space = line.lastIndexOf(' ');
                values.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return values;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String metric) {
        assertTrue(after.containsKey(metric), () -> metric + " not among " + after.keySet());
        return after.get(metric) - before.getOrDefault(metric, 0.0);
    }
}
