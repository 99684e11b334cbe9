package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The stock ledger through REST: a store's rows by item, document category and days, each with its
 * item's balance after it; a store's on-hand at the end of a past day, which is today's less what
 * today's rows moved; and a site's daily ledger, as JSON and as the PDF its keeper signs.
 */
@OnSharedServer
class StockLedgerApiIT {

    private static final String STORE = "SZHG-G";
    private static final String ITEM = "SP-GBX-0006";
    private static final String PRINTED_ITEM = "SP-GBX-0008";
    private static final String TODAY = LocalDate.now().toString();

    @ServerBase
    private URL base;

    @Test
    void theLedgerIsQueriedByItemCategoryAndDaysAndThePastOnHandFollowsFromIt() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        accountant.book("PURCHASE", STORE, LocalDate.now(), ITEM, 7);
        accountant.book("SELF_USE", STORE, LocalDate.now(), ITEM, 2);

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
        String received = accountant.book("PURCHASE", "ZBET-G", LocalDate.now(), ITEM, 4);
        String issued = accountant.book("SELF_USE", "ZBET-G", LocalDate.now(), ITEM, 1);
        String intake = accountant.book("DAMAGE_INTAKE", "ZBET-D", LocalDate.now(), ITEM, 1);

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
        assertTrue(ApiClient.as(base, "accountant", "demo").get("/openapi").raw().contains("\"/api/daily-ledger\""));
    }

    @Test
    void theDailyLedgerIsPrintedAsAPdfWithAPageForEveryDayInTheReadersLanguage() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        // two days back, within this month (a month ended may be closed by another test)
        LocalDate first = Collections.max(List.of(LocalDate.now().minusDays(2), LocalDate.now().withDayOfMonth(1)));
        LocalDate today = LocalDate.now();
        // not the item the stock ledger test above reads by booking day: these are dated earlier
        String received = accountant.book("PURCHASE", STORE, first, PRINTED_ITEM, 3);
        String issued = accountant.book("SELF_USE", STORE, first, PRINTED_ITEM, 1);

        ApiClient.BinaryAnswer range = accountant.getBytes("api/daily-ledger/pdf?site=SZHG&from=" + first + "&to=" + today);
        assertEquals(200, range.status(), new String(range.body(), StandardCharsets.UTF_8));
        assertTrue(range.contentType().startsWith("application/pdf"), range.contentType());
        String disposition = range.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment") && disposition.contains("daily-ledger-SZHG-" + first),
                disposition);
        List<String> pages = PdfPages.of(range.body());
        long days = ChronoUnit.DAYS.between(first, today) + 1;
        assertEquals(days, PdfPages.daysIn(pages), "a page (or more) for every day: " + pages);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            String date = "Date: " + day;
            assertTrue(pages.stream().anyMatch(page -> page.contains(date)), date);
        }
        String firstDay = pages.stream().filter(page -> page.contains("Date: " + first)).reduce("", String::concat);
        assertTrue(firstDay.contains("Site daily ledger") && firstDay.contains("Siziwang Hongger Wind Farm")
                && firstDay.contains(received) && firstDay.contains(issued) && firstDay.contains("Stock keeper"),
                firstDay);

        ApiClient.BinaryAnswer chinese = accountant.inLanguage("zh-CN")
                .getBytes("api/daily-ledger/pdf?site=SZHG&from=" + first);
        assertEquals(200, chinese.status());
        String page = String.join("\n", PdfPages.of(chinese.body()));
        assertTrue(page.contains("现场出入库流水账") && page.contains("四子王旗红格尔风电场") && page.contains("保管员")
                && page.contains(issued), page);

        assertEquals(422, accountant.getBytes("api/daily-ledger/pdf?site=SZHG&from=" + first.minusDays(31) + "&to="
                + first).status(), "32 days");
        assertEquals(200, accountant.getBytes("api/daily-ledger/pdf?site=SZHG&from=" + first.minusDays(30) + "&to="
                + first).status(), "31 days");
        assertEquals(422, accountant.getBytes("api/daily-ledger/pdf?site=SZHG&from=" + today + "&to=" + first
                .minusDays(1)).status(), "from after to");
        assertEquals(422, accountant.getBytes("api/daily-ledger/pdf?site=SZHG&from=yesterday").status());
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        assertEquals(404, keeper.getBytes("api/daily-ledger/pdf?site=GZBD&from=" + first).status(), "another BU's site");
        assertEquals(200, keeper.getBytes("api/daily-ledger/pdf?site=ZBET&from=" + first).status(), "the keeper's own");
        assertTrue(ApiClient.as(base, "accountant", "demo").get("/openapi").raw().contains("\"/api/daily-ledger/pdf\""));
    }

    private static JsonObject ok(ApiClient.Answer answer) {
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }

    /**
     * A ledger row keeps the day its goods moved. Reviewed on D1, unreviewed (the reversal moves on
     * D1 too), re-dated D2 and reviewed again: D1's daily ledger, its PDF and the on-hand at D1 stay
     * as the site printed and signed them, and only the new posting is on D2. (D1 is yesterday: no
     * test closes last month.)
     */
    @Test
    void aReDatedDocumentLeavesTheDayItFirstMovedOnAsItWas() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        LocalDate firstDay = LocalDate.now().minusDays(1);
        LocalDate secondDay = LocalDate.now();
        String item = "SP-YAW-0007";
        String body = "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"ZBET-G\",\"supplier\":\"SUP-001\",\"date\":\"%s\","
                + "\"lines\":[{\"item\":\"" + item + "\",\"quantity\":3}]%s}";
        ApiClient.Answer entered = accountant.post("api/documents", String.format(body, firstDay, ""));
        assertEquals(201, entered.status(), entered.raw());
        JsonObject created = entered.object();
        long id = created.getJsonNumber("id").longValue();
        String number = created.getString("number");
        ok(accountant.post("api/documents/" + id + "/review", null));
        JsonObject unreviewed = ok(accountant.post("api/documents/" + id + "/unreview", null));
        List<JsonObject> firstDayRows = dailyRowsOf(accountant, firstDay, number);
        assertEquals(List.of(3, -3), firstDayRows.stream().map(r -> r.containsKey("in") ? r.getInt("in") : -r.getInt("out"))
                .toList(), "posting and reversal on the first day: " + firstDayRows);
        String firstDayPdf = pdfRowsOf(accountant, firstDay, number);
        BigDecimal heldAtFirstDay = heldAt(accountant, firstDay, item);

        ok(accountant.put("api/documents/" + id, String.format(body, secondDay,
                ",\"version\":" + unreviewed.getInt("version"))));
        ok(accountant.post("api/documents/" + id + "/review", null));

        assertEquals(firstDayRows, dailyRowsOf(accountant, firstDay, number), "the first day's ledger is unchanged");
        assertEquals(firstDayPdf, pdfRowsOf(accountant, firstDay, number), "and so is its PDF");
        assertEquals(0, heldAtFirstDay.compareTo(heldAt(accountant, firstDay, item)), "and what it held at its end");
        List<JsonObject> secondDayRows = dailyRowsOf(accountant, secondDay, number);
        assertEquals(List.of(3), secondDayRows.stream().map(r -> r.getInt("in")).toList(), secondDayRows.toString());
        List<String> movementDays = accountant.get("api/stores/ZBET-G/ledger?item=" + item + "&from=" + firstDay)
                .array().stream().map(JsonValue::asJsonObject).filter(r -> r.getString("document").equals(number))
                .map(r -> r.getString("documentDate")).toList();
        assertEquals(List.of(firstDay.toString(), firstDay.toString(), secondDay.toString()), movementDays,
                "the stock ledger shows each row's own day");
    }

    private static List<JsonObject> dailyRowsOf(ApiClient api, LocalDate day, String number) {
        return ok(api.get("api/daily-ledger?site=ZBET&date=" + day)).getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("document").equals(number)).toList();
    }

    /** The lines of a day's PDF that name the document. */
    private static String pdfRowsOf(ApiClient api, LocalDate day, String number) {
        ApiClient.BinaryAnswer pdf = api.getBytes("api/daily-ledger/pdf?site=ZBET&from=" + day);
        assertEquals(200, pdf.status());
        String rows = String.join("\n", PdfPages.of(pdf.body())).lines().filter(line -> line.contains(number))
                .reduce("", (a, b) -> a + b + "\n");
        assertFalse(rows.isEmpty(), "the PDF of " + day + " names " + number);
        return rows;
    }

    private static BigDecimal heldAt(ApiClient api, LocalDate day, String item) {
        return api.get("api/stores/ZBET-G/on-hand?at=" + day).array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("item").equals(item)).map(r -> r.getJsonNumber("onHand").bigDecimalValue())
                .findFirst().orElse(BigDecimal.ZERO);
    }

    private static List<JsonObject> rows(ApiClient api, String query) {
        ApiClient.Answer answer = api.get("api/stores/" + STORE + "/ledger" + query);
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject).toList();
    }
}
