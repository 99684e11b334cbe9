package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every demo role × every action × own scope and another BU's scope, through the REST API and
 * so through the service layer that enforces it. The expected status of each cell is written
 * out below; the test runs every cell and reports all wrong cells at once.
 *
 * <p>Own scope is North China (BU NC, site ZBET); the other scope is North West (site GZBD). Out of
 * a user's sight an id answers 404 (it does not exist for them), a store code in a body 422 (an
 * unknown code); a role that may not do the action at all answers 403.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

    private static final String ITEM = "SP-GBX-0006";
    private static final String[] USERS = {"planner", "accountant", "manager", "keeper", "viewer", "admin"};

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fieldstockWar();
    }

    /** Expected statuses per action, in the order of {@link #USERS}. */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                     planner acct manager keeper viewer admin
        EXPECTED.put("list sees own draft",        new int[] {1, 1, 1, 1, 1, 0});
        EXPECTED.put("list sees other BU draft",   new int[] {1, 1, 0, 0, 0, 0});
        EXPECTED.put("read own",                   new int[] {200, 200, 200, 200, 200, 403});
        EXPECTED.put("read other BU",              new int[] {200, 200, 404, 404, 404, 403});
        EXPECTED.put("history other BU",           new int[] {200, 200, 404, 404, 404, 403});
        EXPECTED.put("create own",                 new int[] {201, 201, 403, 201, 403, 403});
        EXPECTED.put("create other BU",            new int[] {201, 403, 403, 422, 403, 403});
        EXPECTED.put("modify own",                 new int[] {200, 200, 403, 200, 403, 403});
        EXPECTED.put("modify other BU",            new int[] {200, 403, 403, 404, 403, 403});
        EXPECTED.put("review own",                 new int[] {200, 200, 403, 403, 403, 403});
        EXPECTED.put("review other BU",            new int[] {200, 403, 404, 403, 403, 403});
        EXPECTED.put("approve scrap own",          new int[] {200, 403, 200, 403, 403, 403});
        EXPECTED.put("approve scrap other BU",     new int[] {200, 403, 404, 403, 403, 403});
        EXPECTED.put("unreview own",               new int[] {200, 200, 403, 403, 403, 403});
        EXPECTED.put("unreview other BU",          new int[] {200, 403, 404, 403, 403, 403});
        EXPECTED.put("delete own",                 new int[] {204, 204, 403, 204, 403, 403});
        EXPECTED.put("delete other BU",            new int[] {204, 403, 403, 404, 403, 403});
        EXPECTED.put("on hand own site",           new int[] {200, 200, 200, 200, 200, 403});
        EXPECTED.put("on hand other BU site",      new int[] {200, 200, 404, 404, 404, 403});
        EXPECTED.put("lots other BU site",         new int[] {200, 200, 404, 404, 404, 403});
        EXPECTED.put("ledger other BU site",       new int[] {200, 200, 404, 404, 404, 403});
        EXPECTED.put("stock check",                new int[] {200, 403, 403, 403, 403, 403});
        EXPECTED.put("audit trail",                new int[] {200, 403, 403, 403, 403, 200});
        EXPECTED.put("user list",                  new int[] {403, 403, 403, 403, 403, 200});
        EXPECTED.put("reset a password (no such user)", new int[] {403, 403, 403, 403, 403, 404});
        EXPECTED.put("own tokens",                 new int[] {200, 200, 200, 200, 200, 200});
    }

    @Test
    void everyRoleGetsExactlyItsRightsInItsScope() {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        // damaged stock for the scraps to take
        for (String store : List.of("ZBET-D", "GZBD-D")) {
            long intake = id(planner.post("api/documents", document("DAMAGE_INTAKE", store, 40)));
            assertEquals(200, planner.post("api/documents/" + intake + "/review", null).status());
        }
        List<String> wrong = new ArrayList<>();
        for (int u = 0; u < USERS.length; u++) {
            String user = USERS[u];
            ApiClient api = tokenClient(user);
            Map<String, Integer> actual = cells(planner, api);
            for (Map.Entry<String, int[]> row : EXPECTED.entrySet()) {
                int expected = row.getValue()[u];
                Integer got = actual.get(row.getKey());
                if (got == null || got != expected) {
                    wrong.add(user + " / " + row.getKey() + ": expected " + expected + ", got " + got);
                }
            }
        }
        assertEquals(List.of(), wrong, "cells of the authorisation matrix");
    }

    /** Runs every action once as the user, on fresh documents that the planner prepares. */
    private Map<String, Integer> cells(ApiClient planner, ApiClient api) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        long ownDraft = id(planner.post("api/documents", purchase("ZBET-G")));
        long otherDraft = id(planner.post("api/documents", purchase("GZBD-G")));
        String list = api.get("api/documents?status=SAVED&max=500").raw();
        cells.put("list sees own draft", list.contains("\"id\":" + ownDraft + ",") ? 1 : 0);
        cells.put("list sees other BU draft", list.contains("\"id\":" + otherDraft + ",") ? 1 : 0);
        cells.put("read own", api.get("api/documents/" + ownDraft).status());
        cells.put("read other BU", api.get("api/documents/" + otherDraft).status());
        cells.put("history other BU", api.get("api/documents/" + otherDraft + "/history").status());
        cells.put("create own", api.post("api/documents", purchase("ZBET-G")).status());
        cells.put("create other BU", api.post("api/documents", purchase("GZBD-G")).status());
        cells.put("modify own", api.put("api/documents/" + ownDraft, purchase("ZBET-G")).status());
        cells.put("modify other BU", api.put("api/documents/" + otherDraft, purchase("GZBD-G")).status());
        cells.put("review own", on(planner, "ZBET-G", "PURCHASE", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("review other BU", on(planner, "GZBD-G", "PURCHASE", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("approve scrap own", on(planner, "ZBET-D", "SCRAP", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("approve scrap other BU",
                on(planner, "GZBD-D", "SCRAP", null, (id, p) -> api.post(p + "/review", null)));
        cells.put("unreview own",
                on(planner, "ZBET-G", "PURCHASE", "review", (id, p) -> api.post(p + "/unreview", null)));
        cells.put("unreview other BU",
                on(planner, "GZBD-G", "PURCHASE", "review", (id, p) -> api.post(p + "/unreview", null)));
        cells.put("delete own", on(planner, "ZBET-G", "PURCHASE", null, (id, p) -> api.delete(p)));
        cells.put("delete other BU", on(planner, "GZBD-G", "PURCHASE", null, (id, p) -> api.delete(p)));
        cells.put("on hand own site", api.get("api/stores/ZBET-G/on-hand").status());
        cells.put("on hand other BU site", api.get("api/stores/GZBD-G/on-hand").status());
        cells.put("lots other BU site", api.get("api/stores/GZBD-G/lots?item=" + ITEM).status());
        cells.put("ledger other BU site", api.get("api/stores/GZBD-G/ledger?item=" + ITEM).status());
        cells.put("stock check", api.get("api/stock-check").status());
        cells.put("audit trail", api.get("api/audit?max=5").status());
        cells.put("user list", api.get("api/users").status());
        cells.put("reset a password (no such user)", api.post("api/users/nobody.here/reset-password", null).status());
        cells.put("own tokens", api.get("api/tokens").status());
        return cells;
    }

    /** A fresh document the planner made (and reviewed, if asked), then the user's action on it. */
    private static int on(ApiClient planner, String store, String category, String first,
            BiFunction<Long, String, ApiClient.Answer> action) {
        String body = category.equals("SCRAP") ? document("SCRAP", store, 1) : purchase(store);
        long id = id(planner.post("api/documents", body));
        if (first != null) {
            assertEquals(200, planner.post("api/documents/" + id + "/" + first, null).status());
        }
        return action.apply(id, "api/documents/" + id).status();
    }

    /** The user's own API token, made with the password once: the matrix then runs without password hashing. */
    private ApiClient tokenClient(String user) {
        ApiClient.Answer made = ApiClient.as(base, user, "demo").post("api/tokens", "{\"label\":\"matrix\"}");
        assertEquals(201, made.status(), user + ": " + made.raw());
        return ApiClient.withToken(base, made.object().getString("token"));
    }

    private static String purchase(String store) {
        return "{\"category\":\"PURCHASE\",\"store\":\"" + store + "\",\"supplier\":\"SUP-005\",\"date\":\"2026-11-22\","
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":1}]}";
    }

    private static String document(String category, String store, int quantity) {
        return "{\"category\":\"" + category + "\",\"store\":\"" + store + "\",\"date\":\"2026-11-22\","
                + "\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":" + quantity + "}]}";
    }

    private static long id(ApiClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.object().getJsonNumber("id").longValue();
    }
}
