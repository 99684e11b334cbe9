package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * What every call of the API has in common: decimals written out in full, a request that cannot be
 * read answered 400 naming the field, bodies limited in size (413), and refusals logged in one line.
 */
@OnSharedServer
class ApiConventionsIT {

    private static final String STORE = "WCYD-G";
    /** Counted in whole pieces, tracked neither way. */
    private static final String WHOLE_ITEM = "SP-GBX-0006";
    /** Weighed in kg, so decimals are allowed. */
    private static final String MEASURED_ITEM = "CS-GNL-0013";
    /** A JSON number written in scientific notation: 1E+1, 2.5e-3. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[:\\[,]\\s*-?\\d+(\\.\\d+)?[eE][+-]?\\d");

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    private static String receipt(String linesJson) {
        return "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + STORE + "\",\"supplier\":\"SUP-001\",\"date\":\"2026-11-20\","
                + "\"lines\":[" + linesJson + "]}";
    }

    @Test
    void quantitiesAndAmountsAreWrittenAsPlainDecimals() {
        ApiClient accountant = as("accountant");
        ApiClient.Answer created = accountant.post("api/documents", receipt("{\"item\":\"" + WHOLE_ITEM
                + "\",\"quantity\":10},{\"item\":\"" + MEASURED_ITEM + "\",\"quantity\":1.50}"));
        assertEquals(201, created.status(), created.raw());
        assertTrue(created.raw().contains("\"quantity\":10,"), created.raw());
        assertTrue(created.raw().contains("\"quantity\":1.5,"), created.raw());
        assertFalse(SCIENTIFIC.matcher(created.raw()).find(), created.raw());
        long id = created.object().getJsonNumber("id").longValue();

        ApiClient.Answer reviewed = accountant.post("api/documents/" + id + "/review", null);
        assertEquals(200, reviewed.status(), reviewed.raw());
        ApiClient.Answer ledger = accountant.get("api/documents/" + id + "/ledger");
        assertTrue(ledger.raw().contains("\"quantity\":10,"), ledger.raw());
        assertFalse(SCIENTIFIC.matcher(ledger.raw()).find(), ledger.raw());
        ApiClient.Answer onHand = accountant.get("api/stores/" + STORE + "/on-hand");
        assertFalse(SCIENTIFIC.matcher(onHand.raw()).find(), onHand.raw());

        ApiClient planner = as("planner");
        String code = planner.get("api/items/next-code?category=SPARE&group=GBX").object().getString("code");
        ApiClient.Answer item = planner.post("api/items", "{\"code\":\"" + code + "\",\"nameZh\":\"测试价格件\","
                + "\"nameEn\":\"Price test part\",\"unitZh\":\"个\",\"unitEn\":\"pcs\",\"category\":\"SPARE\","
                + "\"repairClass\":\"I\",\"unitPrice\":1.5,\"serialTracked\":false}");
        assertEquals(201, item.status(), item.raw());
        assertTrue(Pattern.compile("\"unitPrice\":1\\.50?[,}]").matcher(item.raw()).find(), item.raw());
        ApiClient.Answer tenYuan = planner.put("api/items/" + code, "{\"nameZh\":\"测试价格件\",\"nameEn\":\"Price test part\","
                + "\"unitZh\":\"个\",\"unitEn\":\"pcs\",\"category\":\"SPARE\",\"repairClass\":\"I\",\"unitPrice\":1E+1,"
                + "\"serialTracked\":false,\"version\":" + item.object().getInt("version") + "}");
        assertEquals(200, tenYuan.status(), tenYuan.raw());
        assertTrue(Pattern.compile("\"unitPrice\":10(\\.00?)?[,}]").matcher(tenYuan.raw()).find(), tenYuan.raw());
    }

    @Test
    void aValueOfTheWrongTypeOrABadDateNamesItsFieldInTheClientsLanguage() {
        ApiClient accountant = as("accountant");
        int before = accountant.get("api/documents?store=" + STORE).array().size();

        ApiClient.Answer notANumber = accountant.post("api/documents", receipt("{\"item\":\"" + WHOLE_ITEM
                + "\",\"quantity\":1},{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":\"abc\"}"));
        assertRefused(notANumber, 400, List.of("request.json.notANumber"), List.of("lines[1].quantity: not a number"));

        ApiClient.Answer badDate = accountant.post("api/documents", receipt("{\"item\":\"" + WHOLE_ITEM
                + "\",\"quantity\":1}").replace("2026-11-20", "2026-02-30"));
        assertRefused(badDate, 400, List.of("request.json.notADate"), List.of("date: not a date (yyyy-mm-dd)"));

        ApiClient.Answer both = accountant.inLanguage("zh-CN").post("api/documents",
                "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + STORE + "\",\"date\":\"20.11.2026\",\"lines\":[{\"item\":\""
                        + WHOLE_ITEM + "\",\"quantity\":[1]}]}");
        assertRefused(both, 400, List.of("request.json.notADate", "request.json.notANumber"),
                List.of("date：不是日期（yyyy-mm-dd）", "lines[0].quantity：不是数字"));

        ApiClient.Answer notJson = accountant.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\n\"store\": WCYD-G}");
        assertRefused(notJson, 400, List.of("request.json.malformed"),
                List.of("The request body is not valid JSON (line 2, column 10)."));

        // the same reading for every body: a transfer's arrival, a stocktake's counts
        ApiClient.Answer arrival = accountant.put("api/transfers/1/arrival", "{\"date\":\"yesterday\",\"lines\":[{\"line\":"
                + "\"first\",\"missing\":\"one\"}]}");
        assertRefused(arrival, 400, List.of("request.json.notADate", "request.json.notAWholeNumber",
                "request.json.notANumber"), List.of("date: not a date (yyyy-mm-dd)", "lines[0].line: not a whole number",
                        "lines[0].missing: not a number"));
        ApiClient.Answer counts = accountant.post("api/stocktakes/sheets/1/counts", "{\"countedAt\":\"2026-11-23 08:30\"}");
        assertRefused(counts, 400, List.of("request.json.notATime"),
                List.of("countedAt: not a time (for example 2026-11-23T08:30:00Z)"));

        assertEquals(before, accountant.get("api/documents?store=" + STORE).array().size(), "nothing was saved");
    }

    /** Every POST and PUT the OpenAPI description lists with a JSON body, with that body empty, and null. */
    @Test
    void anEmptyBodyAndNullGetTheSameAnswerOnEveryCallThatTakesJson() {
        ApiClient planner = tokenClient("planner");
        JsonObject paths = planner.get("openapi").object().getJsonObject("paths");
        List<String> calls = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (String method : List.of("post", "put")) {
                JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
                if (operation == null || !operation.containsKey("requestBody") || !operation.getJsonObject("requestBody")
                        .getJsonObject("content").containsKey("application/json")) {
                    continue;
                }
                String call = method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                calls.add(call);
                String url = filledIn(path.getKey()).substring(1);
                for (String body : new String[] {"", "null"}) {
                    ApiClient.Answer answer = method.equals("post") ? planner.post(url, body) : planner.put(url, body);
                    if (answer.status() != 400 || !answer.raw().contains("\"codes\":[\"request.body.required\"]")) {
                        wrong.add(call + " with «" + body + "»: " + answer.status() + " " + answer.raw());
                    }
                }
            }
        }
        assertTrue(calls.size() >= 30, "the calls that take JSON: " + calls);
        assertTrue(calls.contains("POST /api/documents") && calls.contains("PUT /api/transfers/{id}/arrival"), calls.toString());
        assertEquals(List.of(), wrong);
    }

    /** Path parameters filled in with values of the right shape; the body is refused before anything is looked up. */
    private static String filledIn(String template) {
        return template.replace("{id}", "1").replace("{sheetId}", "1").replace("{site}", "ZBET")
                .replace("{date}", "2026-11-01").replace("{code}", "ZBET-G").replace("{bu}", "NC")
                .replace("{month}", "2026-10").replace("{turbineNo}", "T1").replace("{username}", "keeper")
                .replace("{item}", "TL-GNL-0001").replace("{serial}", "NO-SUCH-UNIT");
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsSent() throws IOException {
        RawAnswer json = raw("POST", "/api/documents", "application/json", "accountant", "en",
                Map.of("Content-Length", String.valueOf(1024 * 1024 + 1)), null);
        assertEquals(413, json.status(), json.text());
        assertRefused(json.json(), List.of("request.body.tooLarge"),
                List.of("The request body is larger than 1 MiB, the most this call accepts."));

        RawAnswer chinese = raw("PUT", "/api/stocktakes/sheets/1/workbook", "application/octet-stream", "accountant",
                "zh-CN", Map.of("Content-Length", String.valueOf(10 * 1024 * 1024 + 1)), null);
        assertEquals(413, chinese.status(), chinese.text());
        assertRefused(chinese.json(), List.of("request.body.tooLarge"), List.of("请求内容超过 10 MiB，超出此接口的上限。"));

        RawAnswer photos = raw("POST", "/api/item-requests", "application/json", "keeper", "en",
                Map.of("Content-Length", String.valueOf(100L * 1024 * 1024)), null);
        assertEquals(413, photos.status(), photos.text());
        assertTrue(photos.text().contains("larger than 16 MiB"), photos.text());
    }

    @Test
    void aChunkedBodyIsCutOffOnceItGrowsBeyondTheLimit() throws IOException {
        // an endless body: the answer can only come from a server that stopped reading
        RawAnswer endless = raw("POST", "/api/documents", "application/json", "accountant", "en",
                Map.of("Transfer-Encoding", "chunked"), "{\"remark\":\"");
        assertEquals(413, endless.status(), endless.text());
        assertRefused(endless.json(), List.of("request.body.tooLarge"),
                List.of("The request body is larger than 1 MiB, the most this call accepts."));
        assertTrue(endless.sent() > 1024 * 1024, "sent " + endless.sent());

        // a workbook may be larger than JSON: 2 MiB of it are read (and found to be no sheet there is)
        byte[] twoMiB = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMiB, (byte) 'x');
        ApiClient.Answer workbook = as("accountant").putBytes("api/stocktakes/sheets/999999999/workbook",
                "application/octet-stream", twoMiB);
        assertEquals(404, workbook.status(), workbook.raw());
    }

    @Test
    void refusalsAreLoggedInOneLineAndWithoutAStackTrace() throws Exception {
        ApiClient accountant = as("accountant");
        long logBefore = Files.size(SharedServer.log());
        long id = accountant.post("api/documents", receipt("{\"item\":\"" + WHOLE_ITEM + "\",\"quantity\":2}"))
                .object().getJsonNumber("id").longValue();
        assertEquals(403, as("keeper").post("api/documents/" + id + "/review", null).status());
        assertEquals(200, accountant.post("api/documents/" + id + "/review", null).status());
        assertEquals(409, accountant.post("api/documents/" + id + "/review", null).status());
        assertEquals(404, as("manager").get("api/documents/999999999").status());
        assertEquals(422, accountant.post("api/documents", receipt("{\"item\":\"NO-SUCH-ITEM\",\"quantity\":1}")).status());
        assertEquals(400, accountant.post("api/documents", "{\"date\":\"soon\"}").status());
        assertEquals(401, ApiClient.as(base, "accountant", "wrong").get("api/documents/" + id).status());
        assertEquals(413, raw("POST", "/api/documents", "application/json", "accountant", "en",
                Map.of("Content-Length", "2000000"), null).status());

        List<String> expected = List.of(
                "403 POST /api/documents/" + id + "/review by keeper: [access.denied.role] You are not allowed to do this.",
                "409 POST /api/documents/" + id + "/review by accountant: [document.action.notAllowed",
                "404 GET /api/documents/999999999 by manager: [document.notFound]",
                "422 POST /api/documents by accountant: [line.item.unknown",
                "400 POST /api/documents by accountant: [request.json.notADate] date: not a date (yyyy-mm-dd)",
                "401 GET /api/documents/" + id + " by accountant: wrong user name or password",
                "413 POST /api/documents by accountant: [request.body.tooLarge]");
        String logged = loggedSince(logBefore, expected);
        for (String line : expected) {
            assertEquals(1, occurrences(logged, line), "logged once: " + line + "\n" + logged);
        }
        List<String> frames = logged.lines().filter(l -> l.matches("\\s+at [a-z].*")).toList();
        assertEquals(List.of(), frames, "no stack trace for a refusal:\n" + logged);
        assertFalse(logged.contains("AccessLocalException") || logged.contains("EJBAccessException")
                || logged.contains("system exception"), logged);
    }

    /** What the shared server logged after the offset, once every expected text is in it (the log is written a little later). */
    private static String loggedSince(long offset, List<String> expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            byte[] all = Files.readAllBytes(SharedServer.log());
            String logged = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
            if (expected.stream().allMatch(logged::contains) || Instant.now().isAfter(deadline)) {
                return logged;
            }
            Thread.sleep(200);
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static void assertRefused(ApiClient.Answer answer, int status, List<String> codes, List<String> messages) {
        assertEquals(status, answer.status(), answer.raw());
        assertRefused(answer.object(), codes, messages);
    }

    private static void assertRefused(JsonObject body, List<String> codes, List<String> messages) {
        assertEquals(codes, body.getJsonArray("codes").getValuesAs(JsonString::getString), body.toString());
        assertEquals(messages, body.getJsonArray("messages").getValuesAs(JsonString::getString), body.toString());
    }

    private ApiClient tokenClient(String user) {
        ApiClient.Answer made = as(user).post("api/tokens", "{\"label\":\"conventions\"}");
        assertEquals(201, made.status(), made.raw());
        return ApiClient.withToken(base, made.object().getString("token"));
    }

    /** An answer read off the socket: status, text, and how many body bytes were sent before it came. */
    private record RawAnswer(int status, String text, long sent) {

        JsonObject json() {
            return Json.createReader(new StringReader(text.substring(text.indexOf("\r\n\r\n") + 4))).readObject();
        }
    }

    /**
     * A request written by hand, for what an HTTP client will not send: a Content-Length without the
     * body (none is sent), or a chunked body that never ends (the chunks go on, from {@code start}
     * then filler, until the answer comes or 64 MiB are sent).
     */
    private RawAnswer raw(String method, String path, String contentType, String user, String language,
            Map<String, String> headers, String start) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(60));
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                            .getBytes(StandardCharsets.UTF_8)) + "\r\n"
                    + "Accept: application/json\r\nAccept-Language: " + language + "\r\nContent-Type: " + contentType
                    + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAnswer(in));
            long sent = 0;
            if (start != null) {
                byte[] filler = new byte[64 * 1024];
                Arrays.fill(filler, (byte) 'x');
                byte[] chunk = start.getBytes(StandardCharsets.UTF_8);
                try {
                    while (!answer.isDone() && sent < 64L * 1024 * 1024) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent += chunk.length;
                        chunk = filler;
                    }
                } catch (IOException closedByServer) {
                    // the server answered and closed the connection while chunks were still going out
                }
            }
            String text = answer.join();
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(text);
            if (!status.find()) {
                throw new AssertionError("no HTTP answer after " + sent + " bytes: " + text);
            }
            return new RawAnswer(Integer.parseInt(status.group(1)), text, sent);
        }
    }

    /** The answer's head and its body of Content-Length bytes (the server may keep the connection open after it). */
    private static String readAnswer(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            int headEnd = -1;
            while (headEnd < 0) {
                int b = in.read();
                if (b < 0) {
                    return answer.toString(StandardCharsets.ISO_8859_1);
                }
                answer.write(b);
                headEnd = answer.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            Matcher length = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)").matcher(answer.toString(
                    StandardCharsets.ISO_8859_1));
            if (length.find()) {
                answer.write(in.readNBytes(Integer.parseInt(length.group(1))));
            }
        } catch (IOException e) {
            if (answer.size() == 0) {
                throw new UncheckedIOException(e);
            }
            // reset after (part of) the answer came: keep what came
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
