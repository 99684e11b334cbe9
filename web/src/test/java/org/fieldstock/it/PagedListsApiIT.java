package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The document list, the transfer lists, the stock ledger and the audit trail answer a page at a
 * time, read in the database: page and size in the query, the total in X-Total-Count, the
 * neighbouring pages in Link;
 * pages do not overlap, a sort is one the list knows, and a caller's scope holds on every page.
 */
@OnSharedServer
class PagedListsApiIT {

    private static final String STORE = "SZHG-G";
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    @Test
    void theDocumentListPagesWithoutOverlapAndCountsTheWholeList() {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        Paged first = Paged.of(planner.getBytes("api/documents?page=0&size=3"));
        Paged second = Paged.of(planner.getBytes("api/documents?page=1&size=3"));

        assertEquals(3, first.rows().size());
        assertTrue(first.total() > 6, "the demo has more than two pages of three: " + first.total());
        assertEquals(first.total(), second.total());
        assertTrue(first.link().contains("page=1") && first.link().contains("rel=\"next\""), first.link());
        assertFalse(first.link().contains("rel=\"prev\""), first.link());
        assertTrue(second.link().contains("page=0") && second.link().contains("rel=\"prev\""), second.link());
        Set<String> numbers = new HashSet<>(first.strings("number"));
        assertTrue(second.strings("number").stream().noneMatch(numbers::contains), "pages do not overlap");
        List<String> dates = new ArrayList<>(first.strings("date"));
        dates.addAll(second.strings("date"));
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");

        assertEquals(3, planner.get("api/documents?max=3").array().size(), "max is still the size");
        List<String> byNumber = Paged.of(planner.getBytes("api/documents?size=5&sort=number")).strings("number");
        assertEquals(byNumber.stream().sorted().toList(), byNumber, "sorted by number, A to Z");
        List<String> byNumberDown = Paged.of(planner.getBytes("api/documents?size=5&sort=-number")).strings("number");
        assertEquals(byNumberDown.stream().sorted(java.util.Comparator.reverseOrder()).toList(), byNumberDown);

        assertEquals(422, planner.get("api/documents?page=-1").status());
        assertEquals(422, planner.get("api/documents?size=0").status());
        assertEquals(422, planner.get("api/documents?sort=remark").status(), "not a column the list sorts by");
        assertTrue(planner.get("api/documents?size=100000").array().size() <= 500, "a page is never larger than 500");
    }

    @Test
    void aKeepersPagesHoldOnlyTheSitesDocumentsAndCountThemAll() {
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        long ofTheSite = Paged.of(planner.getBytes("api/documents?store=ZBET-G&size=1")).total()
                + Paged.of(planner.getBytes("api/documents?store=ZBET-D&size=1")).total();

        Paged page = Paged.of(keeper.getBytes("api/documents?size=2"));
        assertEquals(ofTheSite, page.total(), "the keeper's list is the site's two stores, counted in the database");
        for (int number = 0; number < 3 && !page.rows().isEmpty(); number++) {
            page = Paged.of(keeper.getBytes("api/documents?size=2&page=" + number));
            assertTrue(page.strings("store").stream().allMatch(s -> s.startsWith("ZBET-")),
                    page.strings("store").toString());
        }
    }

    @Test
    void theLedgerPagesFromTheLatestRowsEachPageOldestFirstWithItsBalances() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        accountant.book("PURCHASE", STORE, LocalDate.now(), ITEM, 3);
        accountant.book("SELF_USE", STORE, LocalDate.now(), ITEM, 1);
        accountant.book("PURCHASE", STORE, LocalDate.now(), ITEM, 2);

        Paged latest = Paged.of(accountant.getBytes("api/stores/" + STORE + "/ledger?item=" + ITEM + "&size=2"));
        Paged older = Paged.of(accountant.getBytes("api/stores/" + STORE + "/ledger?item=" + ITEM + "&size=2&page=1"));
        assertEquals(2, latest.rows().size());
        assertTrue(latest.total() >= 3, "three rows booked at least");
        assertTrue(latest.link().contains("rel=\"next\""), latest.link());
        JsonObject last = latest.rows().get(1);
        assertEquals(0, accountant.onHand(STORE, ITEM).compareTo(last.getJsonNumber("balanceAfter").bigDecimalValue()),
                "the latest row of the first page leaves today's on-hand");
        JsonObject before = latest.rows().get(0);
        assertEquals(0, before.getJsonNumber("balanceAfter").bigDecimalValue()
                .add(last.getJsonNumber("quantity").bigDecimalValue())
                .compareTo(last.getJsonNumber("balanceAfter").bigDecimalValue()), "each page oldest first");
        JsonObject olderLast = older.rows().get(older.rows().size() - 1);
        assertEquals(0, olderLast.getJsonNumber("balanceAfter").bigDecimalValue()
                .add(before.getJsonNumber("quantity").bigDecimalValue())
                .compareTo(before.getJsonNumber("balanceAfter").bigDecimalValue()),
                "the older page ends where it starts");
        assertEquals(422, accountant.get("api/stores/" + STORE + "/ledger?size=-3").status());
    }

    @Test
    void theAuditTrailPagesNewestFirst() {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        ApiClient.as(base, "accountant", "demo").book("PURCHASE", STORE, LocalDate.now(), ITEM, 1);
        Paged first = Paged.of(planner.getBytes("api/audit?size=2"));
        Paged second = Paged.of(planner.getBytes("api/audit?size=2&page=1"));

        assertEquals(2, first.rows().size());
        assertTrue(first.total() > 2);
        Set<Long> ids = new HashSet<>(first.rows().stream().map(r -> r.getJsonNumber("id").longValue()).toList());
        assertTrue(second.rows().stream().noneMatch(r -> ids.contains(r.getJsonNumber("id").longValue())),
                "pages do not overlap");
        assertFalse(java.time.Instant.parse(first.strings("occurredAt").get(1))
                .isBefore(java.time.Instant.parse(second.strings("occurredAt").get(0))), "newest first");
        assertEquals(5, planner.get("api/audit?max=5").array().size(), "max is still the size");
        assertEquals(422, planner.get("api/audit?page=-2").status());
    }

    @Test
    void transferSlipsAndGoodsInTransitPageInTheDatabaseAndAKeeperSeesOnlyTheSitesSlips() {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        accountant.book("PURCHASE", "ZBET-G", LocalDate.now(), ITEM, 6);
        List<Long> made = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ApiClient.Answer slip = accountant.post("api/transfers", "{\"kind\":\"GOOD\",\"from\":\"ZBET-G\","
                    + "\"to\":\"WCYD-G\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + ITEM
                    + "\",\"quantity\":" + i + "}]}");
            assertEquals(201, slip.status(), slip.raw());
            made.add(slip.object().getJsonNumber("id").longValue());
        }
        for (long id : made.subList(0, 2)) {
            ApiClient.Answer reviewed = accountant.post("api/transfers/" + id + "/review", null);
            assertEquals(200, reviewed.status(), reviewed.raw());
            long outbound = reviewed.object().getJsonObject("outbound").getJsonNumber("id").longValue();
            ApiClient.Answer shipped = accountant.post("api/documents/" + outbound + "/review", null);
            assertEquals(200, shipped.status(), shipped.raw());
        }

        Paged first = Paged.of(planner.getBytes("api/transfers?size=2"));
        Paged second = Paged.of(planner.getBytes("api/transfers?size=2&page=1"));
        assertEquals(2, first.rows().size());
        assertTrue(first.total() >= 3, "three slips made at least: " + first.total());
        assertTrue(first.link().contains("rel=\"next\""), first.link());
        Set<String> numbers = new HashSet<>(first.strings("number"));
        assertTrue(second.strings("number").stream().noneMatch(numbers::contains), "pages do not overlap");
        List<String> byNumber = Paged.of(planner.getBytes("api/transfers?size=5&sort=number")).strings("number");
        assertEquals(byNumber.stream().sorted().toList(), byNumber, "sorted by number, A to Z");
        assertEquals(422, planner.get("api/transfers?sort=remark").status(), "not a column the list sorts by");
        assertEquals(422, planner.get("api/transfers?size=0").status());

        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        Paged kept = Paged.of(keeper.getBytes("api/transfers?size=2"));
        assertTrue(kept.total() >= 3 && kept.total() <= first.total(), kept.total() + " of " + first.total());
        for (int number = 0; number * 2 < kept.total() && number < 3; number++) {
            Paged page = Paged.of(keeper.getBytes("api/transfers?size=2&page=" + number));
            assertTrue(page.rows().stream().allMatch(r -> r.getString("from").startsWith("ZBET-")
                    || r.getString("to").startsWith("ZBET-")), "every slip has an end at the keeper's site");
        }

        Paged transit = Paged.of(planner.getBytes("api/transfers/in-transit?size=1&sort=-ageDays"));
        Paged transitNext = Paged.of(planner.getBytes("api/transfers/in-transit?size=1&page=1&sort=-ageDays"));
        assertTrue(transit.total() >= 2, "the two slips shipped are in transit: " + transit.total());
        assertEquals(1, transit.rows().size());
        assertFalse(transit.rows().get(0).getString("number").equals(transitNext.rows().get(0).getString("number"))
                && transit.rows().get(0).getInt("lineNo") == transitNext.rows().get(0).getInt("lineNo"),
                "the second page is another line");
        assertEquals(422, planner.get("api/transfers/in-transit?sort=price").status());
    }

    /** A page as answered: its rows and the headers that say how many and where the others are. */
    private record Paged(List<JsonObject> rows, long total, String link) {

        static Paged of(ApiClient.BinaryAnswer answer) {
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertEquals(200, answer.status(), body);
            List<JsonObject> rows = Json.createReader(new StringReader(body)).readArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            return new Paged(rows, Long.parseLong(answer.headers().firstValue("X-Total-Count").orElse("-1")),
                    String.join(", ", answer.headers().allValues("Link")));
        }

        List<String> strings(String field) {
            return rows.stream().map(r -> r.getString(field)).toList();
        }
    }
}
