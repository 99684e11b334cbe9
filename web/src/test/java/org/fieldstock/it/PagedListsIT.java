package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The lists of the daily reports, the stores, the org units, the item requests and the stocktake
 * campaigns answer a page at a time: a bounded size, the total in {@code X-Total-Count}, links to the
 * next and previous pages, the list's own order kept across pages, and the caller's scope applied in
 * the database, so that a BU's people page through their BU's rows only; a page or size below zero
 * or a size of none is refused (422).
 */
@OnSharedServer
class PagedListsIT {

    @ServerBase
    private URL base;

    private ApiClient as(String user) {
        return ApiClient.as(base, user, "demo");
    }

    @Test
    void theBusinessUnitsAccountantPagesThroughItsOwnSitesOnly() {
        List<String> nc = field(every(as("planner"), "api/daily-reports?bu=NC&size=500"), "site");
        List<String> everywhere = field(every(as("planner"), "api/daily-reports?size=500"), "site");
        assertTrue(everywhere.containsAll(nc) && everywhere.size() > nc.size(), "the planner sees every BU's sites");

        ApiClient accountant = as("accountant");
        ApiClient.PageAnswer first = accountant.getPage("api/daily-reports?size=2");
        assertEquals(200, first.status(), first.raw());
        assertEquals((long) nc.size(), first.total(), "the total is the BU's sites: " + nc);
        assertEquals(2, first.rows().size());
        assertNotNull(first.next());
        assertNull(first.prev());
        List<JsonObject> paged = every(accountant, "api/daily-reports?size=2");
        assertEquals(nc, field(paged, "site"), "page by page, the BU's sites in code order and nothing else");

        assertEquals(List.of("ZBET"), field(every(as("keeper"), "api/daily-reports?size=1"), "site"),
                "a keeper sees the own site");
    }

    @Test
    void storesAndOrgUnitsArePagedInTheirOrderWithinTheCallersScope() {
        List<String> all = field(every(as("planner"), "api/stores?size=7"), "code");
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(sorted, all, "by code across the pages");
        assertEquals(all.size(), new HashSet<>(all).size(), "no store twice");
        assertEquals((long) all.size(), as("planner").getPage("api/stores?size=7").total());

        List<JsonObject> managers = every(as("manager"), "api/stores?size=3");
        assertFalse(managers.isEmpty());
        Set<String> ncUnits = new HashSet<>(field(every(as("planner"), "api/org-units?size=500").stream()
                .filter(u -> "NC".equals(u.getString("code")) || "NC".equals(u.getString("parent", null)))
                .toList(), "code"));
        assertTrue(managers.stream().allMatch(s -> ncUnits.contains(s.getString("owner"))),
                "the BU manager's stores are the BU's, page after page: " + field(managers, "code"));
        assertEquals(List.of("ZBET-D", "ZBET-G"), field(every(as("keeper"), "api/stores?size=1"), "code"));

        ApiClient.PageAnswer units = as("planner").getPage("api/org-units?size=5");
        assertEquals(5, units.rows().size(), units.raw());
        assertEquals("PLANNING_OFFICE", units.rows().getJsonObject(0).getString("kind"), "the chart begins at the top");
        assertEquals("BU", units.rows().getJsonObject(1).getString("kind"), "then a BU, followed by its sites");
        assertEquals(units.rows().getJsonObject(1).getString("code"), units.rows().getJsonObject(2).getString("parent"));
        assertTrue(units.total() > 5, "more units than a page: " + units.total());
        ApiClient.PageAnswer second = as("planner").getPage(units.next());
        assertNotNull(second.prev(), "the second page links back");
        assertFalse(field(list(second), "code").contains(units.rows().getJsonObject(0).getString("code")));
    }

    @Test
    void requestsAndCampaignsAreBoundedAndAWrongPageIsRefused() {
        ApiClient planner = as("planner");
        ApiClient.PageAnswer requests = planner.getPage("api/item-requests?size=1");
        assertEquals(200, requests.status(), requests.raw());
        assertTrue(requests.rows().size() <= 1);
        assertNotNull(requests.total());
        ApiClient.PageAnswer campaigns = planner.getPage("api/stocktakes?size=1");
        assertEquals(200, campaigns.status(), campaigns.raw());
        assertTrue(campaigns.rows().size() <= 1);
        assertTrue(planner.getPage("api/stores?size=100000").rows().size() <= 500, "a page is never larger than 500");

        for (String path : List.of("api/stores?page=-1", "api/org-units?size=0", "api/daily-reports?size=-5",
                "api/item-requests?page=-2", "api/stocktakes?size=0", "api/stock-check?size=0")) {
            assertEquals(422, planner.get(path).status(), path);
        }
    }

    /** Every row of the list, following the links to the next page from the first. */
    private static List<JsonObject> every(ApiClient api, String path) {
        List<JsonObject> rows = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null; pages++) {
            assertTrue(pages < 100, "a list of more than 100 pages: " + path);
            ApiClient.PageAnswer page = api.getPage(next);
            assertEquals(200, page.status(), next + ": " + page.raw());
            rows.addAll(list(page));
            next = page.next();
        }
        return rows;
    }

    private static List<JsonObject> list(ApiClient.PageAnswer page) {
        return page.rows().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> field(List<JsonObject> rows, String name) {
        return rows.stream().map(row -> row.getString(name)).toList();
    }
}
