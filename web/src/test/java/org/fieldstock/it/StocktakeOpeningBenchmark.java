package org.fieldstock.it;

import static org.fieldstock.it.BenchmarkSupport.count;
import static org.fieldstock.it.BenchmarkSupport.databaseName;
import static org.fieldstock.it.BenchmarkSupport.emptySchema;
import static org.fieldstock.it.BenchmarkSupport.loadAverage;
import static org.fieldstock.it.BenchmarkSupport.millisSince;
import static org.fieldstock.it.BenchmarkSupport.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Issue 6's speed target, measured rather than asserted: opening a quarterly stocktake campaign
 * over at least 200 stores × 2,000 items, every store with a balance row for every item.
 *
 * <p>Not a test: no JUnit, Surefire or Failsafe pattern of a normal build matches {@code *Benchmark};
 * only {@code mvn -Pbenchmark verify -pl web} runs it (BENCHMARKS.md). PostgreSQL only: it wipes the
 * schema {@code public} of its database (whose name must contain "bench"), starts Payara Micro with
 * the demo data on it, bulk-loads the extra sites, stores, items and balances with set-based SQL
 * ({@code generate_series}), then opens, waits for and closes a campaign {@code benchmark.runs} times
 * over REST as the planner. It fails only when a campaign comes out wrong (lines, sheets, book
 * quantities), never because of a time: the times are printed, and written to
 * {@code target/benchmark/stocktake-opening.txt}.
 */
class StocktakeOpeningBenchmark {

    /** Ids of the bulk-loaded rows, far above what the id sequence (from 1000, blocks of 50) hands out. */
    private static final long SITE_IDS = 100_000_000L;
    private static final long STORE_IDS = 100_010_000L;
    private static final long ITEM_IDS = 100_100_000L;
    private static final long BALANCE_IDS = 101_000_000L;

    private static final Duration POLL_EVERY = Duration.ofMillis(150);
    private static final Duration OPEN_TIMEOUT = Duration.ofMinutes(30);

    private final String dbUrl = System.getProperty("benchmark.db.url",
            "jdbc:postgresql://localhost:5432/fieldstock_bench");
    private final String dbUser = System.getProperty("benchmark.db.user", "fieldstock_bench");
    private final String dbPassword = System.getProperty("benchmark.db.password", "fieldstock_bench");
    private final int runs = Integer.getInteger("benchmark.runs", 3);
    private final int minStores = Integer.getInteger("benchmark.stores", 200);
    private final int minItems = Integer.getInteger("benchmark.items", 2000);
    /**
     * {@code campaign} (default): poll {@code GET /api/stocktakes/{id}}, which the campaign page's
     * figures come from (every sheet's totals, summed over its lines); {@code list}: poll
     * {@code GET /api/stocktakes}, status and progress only, to see what the polling itself costs.
     */
    private final boolean pollList = "list".equals(System.getProperty("benchmark.poll", "campaign"));

    private final BenchmarkReport report = new BenchmarkReport();

    /** One opening: the POST, the wall time until the campaign answers OPEN, and the server's own figures. */
    private record Run(int no, String number, long postMillis, long openMillis, Long serverMillis, int polls,
            long slowestPollMillis, long firstFreezeMillis, double sheetMillisMedian, double sheetMillisMax,
            long lines) {
    }

    @Test
    void openingAQuarterlyCampaign() throws Exception {
        assertTrue(dbUrl.startsWith("jdbc:postgresql:"), "the benchmark is PostgreSQL only: " + dbUrl);
        assertTrue(databaseName(dbUrl).contains("bench"),
                "the benchmark wipes its database: its name must contain 'bench' (" + dbUrl + ")");
        try (Connection db = connect()) {
            emptySchema(db);
        }

        long started = System.nanoTime();
        try (ExtraServer server = ExtraServer.start("benchmark-server", Map.of(
                "FIELDSTOCK_DB_URL", dbUrl,
                "FIELDSTOCK_DB_USER", dbUser,
                "FIELDSTOCK_DB_PASSWORD", dbPassword,
                "FIELDSTOCK_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource",
                "FIELDSTOCK_DEMO_DATA", "true"))) {
            report.line("Server up with demo data after %d ms (%s)", millisSince(started), server.base());

            started = System.nanoTime();
            Shape shape = bulkLoad();
            report.line("Bulk load: %d ms; %d active stores (%d added), %d items (%d added), %d balance rows of active"
                    + " stores (%d with on hand > 0, %d at zero)", millisSince(started), shape.stores,
                    shape.addedStores, shape.items, shape.addedItems, shape.balances, shape.positive,
                    shape.balances - shape.positive);
            assertTrue(shape.stores >= minStores, "active stores: " + shape.stores);
            assertTrue(shape.items >= minItems, "items: " + shape.items);

            ApiClient planner = ApiClient.as(server.base(), "planner", "demo");
            List<Run> results = new ArrayList<>();
            report.line("Polling %s every %d ms; load average before the runs: %s", pollList ? "GET /api/stocktakes"
                    : "GET /api/stocktakes/{id}", POLL_EVERY.toMillis(), loadAverage());
            for (int no = 1; no <= runs; no++) {
                Run run = openOnce(planner, no, shape);
                results.add(run);
                report.line("Run %d (%s): POST %d ms, open after %d ms (server: created -> opened %s ms), %d polls,"
                        + " slowest poll %d ms; first sheet frozen %d ms after creation, per sheet median %.1f ms,"
                        + " max %.1f ms; %d lines", run.no, run.number, run.postMillis, run.openMillis,
                        run.serverMillis == null ? "?" : run.serverMillis.toString(), run.polls,
                        run.slowestPollMillis, run.firstFreezeMillis, run.sheetMillisMedian, run.sheetMillisMax,
                        run.lines);
                report.line("  load average after run %d: %s", no, loadAverage());
            }
            summary(results);
            explainFreeze();
        } finally {
            report.write("stocktake-opening.txt");
        }
    }

    private Run openOnce(ApiClient planner, int no, Shape shape) throws SQLException, InterruptedException {
        String body = "{\"kind\":\"QUARTERLY\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}";
        long t0 = System.nanoTime();
        ApiClient.Answer posted = planner.post("api/stocktakes", body);
        long postNanos = System.nanoTime() - t0;
        assertEquals(202, posted.status(), posted.raw());
        long id = posted.object().getJsonNumber("id").longValue();

        int polls = 0;
        long slowestPoll = 0;
        JsonObject campaign;
        long next = t0 + POLL_EVERY.toNanos();
        while (true) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            next += POLL_EVERY.toNanos();
            long p0 = System.nanoTime();
            campaign = pollList ? listed(planner, id) : read(planner, id);
            slowestPoll = Math.max(slowestPoll, System.nanoTime() - p0);
            polls++;
            String status = campaign.getString("status");
            if (status.equals("OPEN")) {
                break;
            }
            assertEquals("OPENING", status, "campaign " + id + ": " + campaign.get("failure"));
            assertTrue(System.nanoTime() - t0 < OPEN_TIMEOUT.toNanos(), "not open after " + OPEN_TIMEOUT);
        }
        long openNanos = System.nanoTime() - t0;

        if (pollList) {
            campaign = read(planner, id);
        }
        long lines = verify(id, campaign, sheets(planner, id), shape);
        long[] freezing = freezeTimes(id);

        ApiClient.Answer closed = planner.post("api/stocktakes/" + id + "/close", null);
        assertEquals(200, closed.status(), closed.raw());
        assertEquals("CLOSED", closed.object().getString("status"));

        return new Run(no, campaign.getString("number"), postNanos / 1_000_000, openNanos / 1_000_000,
                serverMillis(campaign), polls, slowestPoll / 1_000_000, freezing[0], freezing[1] / 10.0,
                freezing[2] / 10.0, lines);
    }

    /** The campaign as its page shows it: progress, every sheet with its figures, the totals. */
    private static JsonObject read(ApiClient planner, long id) {
        ApiClient.Answer answer = planner.get("api/stocktakes/" + id);
        assertEquals(200, answer.status(), answer.raw());
        return answer.object();
    }

    /** The campaign as the list of campaigns shows it: status and progress, no sheets, no totals. */
    private static JsonObject listed(ApiClient planner, long id) {
        ApiClient.Answer answer = planner.get("api/stocktakes");
        assertEquals(200, answer.status(), answer.raw());
        return answer.array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("campaign " + id + " not in the list: " + answer.raw()));
    }

    /** Every active store has exactly one frozen sheet, and the lines are exactly the balances with their quantities. */
    /** Every sheet of the campaign, page by page (a page has at most 500). */
    private static List<JsonObject> sheets(ApiClient planner, long id) {
        List<JsonObject> sheets = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<JsonObject> rows = planner.get("api/stocktakes/" + id + "?size=500&page=" + page).object()
                    .getJsonArray("sheets").stream().map(JsonValue::asJsonObject).toList();
            sheets.addAll(rows);
            if (rows.size() < 500) {
                return sheets;
            }
        }
    }

    private long verify(long campaignId, JsonObject campaign, List<JsonObject> sheets, Shape shape) throws SQLException {
        assertEquals(100, campaign.getInt("progress"));
        assertEquals(shape.stores, campaign.getInt("storesTotal"));
        assertEquals(shape.stores, campaign.getInt("storesFrozen"));
        long lines = campaign.getJsonObject("totals").getJsonNumber("lines").longValue();
        assertEquals(shape.balances, lines, "totals.lines against the balance rows of the active stores");
        Set<String> sheetStores = sheets.stream().map(s -> s.getString("store")).collect(Collectors.toSet());
        assertEquals(shape.storeCodes, sheetStores, "one sheet per active store");
        assertEquals(shape.stores, sheets.size(), "one sheet per active store");
        try (Connection db = connect()) {
            assertEquals(shape.stores, count(db, "SELECT COUNT(*) FROM count_sheet s JOIN store st ON st.id = s.store_id"
                    + " WHERE s.campaign_id = ? AND s.frozen_at IS NOT NULL AND st.active", campaignId));
            assertEquals(shape.balances, count(db, "SELECT COUNT(*) FROM count_line l"
                    + " JOIN count_sheet s ON s.id = l.sheet_id WHERE s.campaign_id = ?", campaignId));
            assertEquals(shape.balances, count(db, "SELECT COUNT(*) FROM count_line l"
                    + " JOIN count_sheet s ON s.id = l.sheet_id"
                    + " JOIN stock_balance b ON b.store_id = s.store_id AND b.item_id = l.item_id"
                    + " WHERE s.campaign_id = ? AND l.book_qty = b.on_hand", campaignId),
                    "every line's book quantity is the store's balance");
        }
        return lines;
    }

    /**
     * From the sheets' frozen_at (taken just before each sheet's INSERT ... SELECT): how long after the
     * campaign's creation the first sheet was frozen, and the median and longest gap between two
     * sheets in tenths of a millisecond (about one sheet's INSERT, plus the commit every tenth sheet).
     */
    private long[] freezeTimes(long campaignId) throws SQLException {
        try (Connection db = connect();
                PreparedStatement q = db.prepareStatement("SELECT c.created_at, s.frozen_at FROM count_sheet s"
                        + " JOIN stocktake_campaign c ON c.id = s.campaign_id WHERE s.campaign_id = ? ORDER BY s.frozen_at")) {
            q.setLong(1, campaignId);
            Instant created = null;
            List<Instant> frozen = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    created = rs.getTimestamp(1).toInstant();
                    frozen.add(rs.getTimestamp(2).toInstant());
                }
            }
            long[] gaps = new long[Math.max(0, frozen.size() - 1)];
            for (int i = 1; i < frozen.size(); i++) {
                gaps[i - 1] = Duration.between(frozen.get(i - 1), frozen.get(i)).toNanos() / 100_000;
            }
            Arrays.sort(gaps);
            long first = created == null ? -1 : Duration.between(created, frozen.get(0)).toMillis();
            return new long[] {first, gaps.length == 0 ? 0 : gaps[gaps.length / 2],
                    gaps.length == 0 ? 0 : gaps[gaps.length - 1]};
        }
    }

    private static Long serverMillis(JsonObject campaign) {
        try {
            return Duration.between(Instant.parse(campaign.getString("createdAt")),
                    Instant.parse(campaign.getString("openedAt"))).toMillis();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void summary(List<Run> results) {
        report.line("");
        report.line("Opening a QUARTERLY campaign, %d runs (ms):", results.size());
        report.line("%-34s %8s %8s %8s", "", "min", "median", "max");
        stat("POST /api/stocktakes (202)", results.stream().mapToLong(Run::postMillis).toArray());
        stat("POST -> GET answers OPEN (wall)", results.stream().mapToLong(Run::openMillis).toArray());
        stat("created_at -> opened_at (server)",
                results.stream().filter(r -> r.serverMillis != null).mapToLong(Run::serverMillis).toArray());
        stat("slowest progress poll", results.stream().mapToLong(Run::slowestPollMillis).toArray());
    }

    private void stat(String label, long[] values) {
        if (values.length == 0) {
            return;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        report.line("%-34s %8d %8d %8d", label, sorted[0], median, sorted[sorted.length - 1]);
    }

    /** The plan and timing of one store's freeze query (the SELECT of the INSERT ... SELECT). */
    private void explainFreeze() throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement()) {
            long storeId;
            try (ResultSet rs = st.executeQuery("SELECT store_id FROM stock_balance GROUP BY store_id"
                    + " ORDER BY COUNT(*) DESC, store_id LIMIT 1")) {
                rs.next();
                storeId = rs.getLong(1);
            }
            report.line("");
            report.line("EXPLAIN (ANALYZE, BUFFERS) of one store's freeze SELECT (store %d):", storeId);
            try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT 1, b.item_id, b.on_hand"
                    + " FROM stock_balance b WHERE b.store_id = " + storeId)) {
                while (rs.next()) {
                    report.line("  %s", rs.getString(1));
                }
            }
        }
    }

    /** The data shape after the bulk load. */
    private record Shape(int stores, int addedStores, int items, int addedItems, long balances, long positive,
            Set<String> storeCodes) {
    }

    /**
     * Adds sites (a good and a damaged store each) under the demo BUs until there are enough active
     * stores, items until there are enough, and a balance row for every (active store, item) that has
     * none: two in three with stock, one in three at zero (history, nothing left). One transaction.
     */
    private Shape bulkLoad() throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            int stores = (int) count(db, "SELECT COUNT(*) FROM store WHERE active");
            int items = (int) count(db, "SELECT COUNT(*) FROM item");
            int sites = Math.max(0, (minStores - stores + 1) / 2);
            int newItems = Math.max(0, minItems - items);
            update(db, """
                    INSERT INTO org_unit (id, code, kind, name_zh, name_en, parent_id, province, version)
                    SELECT ? + g, 'BENCH-' || lpad(g::text, 4, '0'), 'SITE', '基准风场' || g,
                           'Benchmark wind farm ' || g, bu.id, bu.province, 0
                      FROM generate_series(1, ?) AS g
                      JOIN (SELECT id, province, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n,
                                   COUNT(*) OVER () AS total
                              FROM org_unit WHERE kind = 'BU') AS bu ON bu.n = g % bu.total
                    """, SITE_IDS, sites);
            update(db, """
                    INSERT INTO store (id, code, kind, owner_id, name_zh, name_en, version, active)
                    SELECT ? + 2 * (s.id - ?) + k.n, s.code || k.suffix, k.kind, s.id,
                           s.name_zh || k.name_zh, s.name_en || k.name_en, 0, TRUE
                      FROM org_unit s
                     CROSS JOIN (VALUES (0, '-G', 'GOOD', '完好品库', ' good store'),
                                        (1, '-D', 'DAMAGED', '损坏品库', ' damaged store'))
                                AS k (n, suffix, kind, name_zh, name_en)
                     WHERE s.id > ?
                    """, STORE_IDS, SITE_IDS, SITE_IDS);
            update(db, """
                    INSERT INTO item (id, code, name_zh, name_en, spec, unit_zh, unit_en, category, repair_class,
                                      unit_price, shelf_life_months, packed_volume_m3, turbine_models,
                                      serial_tracked, decimal_quantity, version)
                    SELECT ? + g, 'BM-' || lpad(g::text, 6, '0'), '基准备件 ' || g, 'Benchmark part ' || g,
                           'bench spec ' || g, '件', 'pc',
                           (ARRAY['SPARE', 'TOOL', 'CONSUMABLE'])[1 + g % 3], (ARRAY['I', 'II'])[1 + g % 2],
                           (g % 500) * 10 + 5.50, NULL, NULL, NULL, FALSE, FALSE, 0
                      FROM generate_series(1, ?) AS g
                    """, ITEM_IDS, newItems);
            update(db, """
                    INSERT INTO stock_balance (id, store_id, item_id, on_hand, version)
                    SELECT ? + ROW_NUMBER() OVER (ORDER BY s.id, i.id), s.id, i.id,
                           CASE WHEN (s.id + i.id) % 3 = 0 THEN 0 ELSE 1 + (s.id * 7 + i.id * 13) % 40 END, 0
                      FROM store s CROSS JOIN item i
                     WHERE s.active
                       AND NOT EXISTS (SELECT 1 FROM stock_balance b WHERE b.store_id = s.id AND b.item_id = i.id)
                    """, BALANCE_IDS);
            db.commit();
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("ANALYZE org_unit, store, item, stock_balance");
            }
            Set<String> codes = new HashSet<>();
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("SELECT code FROM store WHERE active")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            long balances = count(db, "SELECT COUNT(*) FROM stock_balance b JOIN store s ON s.id = b.store_id WHERE s.active");
            long positive = count(db, "SELECT COUNT(*) FROM stock_balance b JOIN store s ON s.id = b.store_id"
                    + " WHERE s.active AND b.on_hand > 0");
            int totalItems = (int) count(db, "SELECT COUNT(*) FROM item");
            return new Shape(codes.size(), codes.size() - stores, totalItems, totalItems - items, balances, positive,
                    codes);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }
}
