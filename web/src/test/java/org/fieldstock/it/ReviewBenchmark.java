package org.fieldstock.it;

import static org.fieldstock.it.BenchmarkSupport.count;
import static org.fieldstock.it.BenchmarkSupport.loadAverage;
import static org.fieldstock.it.BenchmarkSupport.millisSince;
import static org.fieldstock.it.BenchmarkSupport.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Issue 18's review targets, measured rather than asserted: reviewing saved purchase documents
 * through {@code POST /api/documents/{id}/review} against the posting floor, the cheapest possible
 * posting of the same row work, in the same run on the same database, so that the ratio is what
 * the figures say (absolute times on these machines vary 10-40 % between runs).
 *
 * <p>The floor is raw JDBC, prepared and batched, one transaction per document: lock the document,
 * lock its balance rows in one ordered {@code SELECT ... FOR UPDATE} (which reads the lines too),
 * update them in a batch, insert the ledger rows in a batch, update the document, one audit row,
 * commit. It reviews documents the application entered, of the same shape as the application's
 * (same line counts, same sites, same share of hot items), one connection per caller held open as a
 * pool would.
 *
 * <p>Not a test: only {@code mvn -Pbenchmark verify -pl web -Dit.test=ReviewBenchmark} runs it
 * (BENCHMARKS.md). PostgreSQL only. It keeps what its database holds (the field-size data set, if
 * there) unless {@code benchmark.wipe} is true; it adds its own sites, stores and items (codes
 * {@code RVB-...}) and saved documents, and fails only when a result is wrong (a review refused,
 * a balance that is not what the documents put in, the stock check), never because of a time. The
 * figures go to {@code target/benchmark/review.txt}.
 */
class ReviewBenchmark {

    /** At and above this many ledger rows, the database is taken for a field-size one. */
    private static final long BIG_LEDGER = 1_000_000L;
    private static final int HOT_ITEMS = 20;
    private static final String USER = "planner";

    private final String dbUrl = System.getProperty("benchmark.db.url",
            "jdbc:postgresql://localhost:5432/fieldstock_bench");
    private final String dbUser = System.getProperty("benchmark.db.user", "fieldstock_bench");
    private final String dbPassword = System.getProperty("benchmark.db.password", "fieldstock_bench");
    private final boolean wipe = Boolean.getBoolean("benchmark.wipe");
    /** Rounds of every series, the application's and the floor's taking turns. */
    private final int rounds = Integer.getInteger("benchmark.review.rounds", 3);
    /** Documents per round of the one-caller series (the 200-line series a quarter of it). */
    private final int perRound = Integer.getInteger("benchmark.review.perRound", 20);
    private final int items = Integer.getInteger("benchmark.review.items", 1000);
    /** Documents of each size reviewed, unmeasured, before the first series. */
    private final int serverWarmUp = Integer.getInteger("benchmark.review.serverWarmUp", 30);
    /**
     * Ledger rows to add once the series are measured, before the 50-line series is measured again:
     * posting on a ledger that grew against the ledger of the start, in the same run (0: not measured).
     */
    private final long addLedgerRows = Long.getLong("benchmark.review.ledgerRows", 0);
    private final List<Integer> concurrency = Arrays.stream(
            System.getProperty("benchmark.review.callers", "8,32").split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();

    private final BenchmarkReport report = new BenchmarkReport();
    private final Random random = new Random(18);
    private final AtomicLong floorIds = new AtomicLong();
    /** Where the ids of the ledger rows added for the comparison start. */
    private long historyIds;

    private List<Site> sites;
    private List<String> itemCodes;
    private ApiClient reviewer;

    /** A benchmark site's good store, one per concurrent caller. */
    private record Site(String siteCode, String storeCode, long storeId) {
    }

    /** A saved document prepared for one side: its id and its lines' items and quantities. */
    private record Prepared(long id, Map<String, Integer> lines) {
    }

    /** What one series measured on one side: each document's time, and the wall time of the series. */
    private record Timing(List<Long> nanos, long wallNanos) {

        double p(double quantile) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        double perSecond() {
            return nanos.size() / (wallNanos / 1e9);
        }

        static Timing join(List<Timing> parts) {
            List<Long> all = new ArrayList<>();
            long wall = 0;
            for (Timing part : parts) {
                all.addAll(part.nanos);
                wall += part.wallNanos;
            }
            return new Timing(all, wall);
        }
    }

    /** One series: lines per document, concurrent callers, documents per caller per round, warm-up documents per caller. */
    private record Series(String name, int lines, int callers, int perCallerPerRound, int warmUp) {
    }

    @Test
    void reviewAgainstTheFloor() throws Exception {
        assertTrue(dbUrl.startsWith("jdbc:postgresql:"), "the benchmark is PostgreSQL only: " + dbUrl);
        if (wipe) {
            assertTrue(dbUrl.contains("bench"), "benchmark.wipe: the database's name must contain 'bench' " + dbUrl);
            try (Connection db = connect(); Statement st = db.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public AUTHORIZATION CURRENT_USER");
            }
        }
        long started = System.nanoTime();
        try (ExtraServer server = ExtraServer.start("benchmark-review-server", Map.of(
                "FIELDSTOCK_DB_URL", dbUrl,
                "FIELDSTOCK_DB_USER", dbUser,
                "FIELDSTOCK_DB_PASSWORD", dbPassword,
                "FIELDSTOCK_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource",
                "FIELDSTOCK_DEMO_DATA", "true"))) {
            report.line("Review benchmark, %s, database %s", LocalDateTime.now().withNano(0), dbUrl);
            report.line("Server up after %d ms; load average %s", millisSince(started), loadAverage());

            long ledgerRows;
            try (Connection db = connect()) {
                ledgerRows = count(db, "SELECT COUNT(*) FROM stock_ledger_entry");
                report.line("Data: %d ledger rows, %d documents, %d stores, %d items before the benchmark's own",
                        ledgerRows, count(db, "SELECT COUNT(*) FROM stock_document"),
                        count(db, "SELECT COUNT(*) FROM store"), count(db, "SELECT COUNT(*) FROM item"));
            }
            int siteCount = Math.max(1, concurrency.stream().mapToInt(Integer::intValue).max().orElse(1));
            prepareMasterData(siteCount);

            ApiClient password = ApiClient.as(server.base(), USER, "demo");
            ApiClient.Answer token = password.post("api/tokens", "{\"label\":\"review benchmark\"}");
            assertEquals(201, token.status(), token.raw());
            reviewer = ApiClient.withToken(server.base(), token.object().getString("token"));

            List<Series> plan = new ArrayList<>();
            plan.add(new Series("1 line", 1, 1, perRound, Math.max(1, perRound / 2)));
            plan.add(new Series("50 lines", 50, 1, perRound, Math.max(1, perRound / 2)));
            plan.add(new Series("200 lines", 200, 1, Math.max(1, perRound / 4), Math.max(1, perRound / 8)));
            for (int callers : concurrency) {
                plan.add(new Series("50 lines", 50, callers, Math.max(1, 2 * 8 / callers), 1));
            }

            warmUpTheServer();
            Map<Series, Timing[]> results = new LinkedHashMap<>();
            for (Series series : plan) {
                results.put(series, measure(series));
            }
            summary(results, ledgerRows);
            long checkedRows = ledgerRows;
            if (addLedgerRows > 0) {
                checkedRows = ledgerGrowth(ledgerRows);
            }
            verify(server, checkedRows);
        } finally {
            report.write("review.txt");
        }
    }

    /**
     * Reviews, unmeasured, documents of 1 to 50 lines through REST before the first series, so that
     * the first series does not pay for a server just started (its code not yet compiled).
     */
    private void warmUpTheServer() throws Exception {
        long t0 = System.nanoTime();
        for (int lines : List.of(1, 10, 50)) {
            Series warmUp = new Series("server warm-up", lines, 1, 0, serverWarmUp);
            run(warmUp, enter(warmUp, serverWarmUp), 0, serverWarmUp, null);
        }
        report.line("");
        report.line("Server warmed up: %d documents of 1, 10 and 50 lines reviewed in %d ms", 3 * serverWarmUp,
                millisSince(t0));
    }

    /**
     * Enters the documents of both sides for one series, then warms up and measures them in turns:
     * per round the application reviews its share, then the floor its own, so that drift in the
     * machine's load falls on both.
     */
    private Timing[] measure(Series series) throws Exception {
        int perCaller = series.warmUp + rounds * series.perCallerPerRound;
        long t0 = System.nanoTime();
        List<List<Prepared>> app = enter(series, perCaller);
        List<List<Prepared>> floor = enter(series, perCaller);
        report.line("");
        report.line("%s, %d caller(s): entered %d + %d documents in %d ms; load average %s", series.name,
                series.callers,
                series.callers * perCaller, series.callers * perCaller, millisSince(t0), loadAverage());

        int from = 0;
        run(series, app, from, series.warmUp, null);
        run(series, floor, from, series.warmUp, this::reviewOnTheFloor);
        from += series.warmUp;
        List<Timing> appRounds = new ArrayList<>();
        List<Timing> floorRounds = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Timing a = run(series, app, from, series.perCallerPerRound, null);
            Timing f = run(series, floor, from, series.perCallerPerRound, this::reviewOnTheFloor);
            from += series.perCallerPerRound;
            appRounds.add(a);
            floorRounds.add(f);
            report.line("  round %d: app p50 %.1f ms, %.1f docs/s; floor p50 %.1f ms, %.1f docs/s", round, a.p(0.5),
                    a.perSecond(), f.p(0.5), f.perSecond());
        }
        return new Timing[] {Timing.join(appRounds), Timing.join(floorRounds)};
    }

    /** The floor's review of a document on the caller's own connection. */
    @FunctionalInterface
    private interface FloorReview {
        void review(Prepared document, Connection connection) throws SQLException;
    }

    /**
     * The callers review their next {@code count} documents each, at once, every caller on its own
     * site, through REST or ({@code floor} not null) on the floor, each caller with a connection of
     * its own; returns every document's time and the wall time from the common start to the last.
     */
    private Timing run(Series series, List<List<Prepared>> documents, int from, int count, FloorReview floor)
            throws Exception {
        if (count == 0) {
            return new Timing(List.of(), 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(series.callers);
        CyclicBarrier start = new CyclicBarrier(series.callers);
        try {
            List<Future<List<Long>>> callers = new ArrayList<>();
            long[] begun = new long[1];
            for (int c = 0; c < series.callers; c++) {
                List<Prepared> own = documents.get(c).subList(from, from + count);
                callers.add(pool.submit(() -> {
                    try (Connection connection = floor == null ? null : connect()) {
                        if (connection != null) {
                            connection.setAutoCommit(false);
                        }
                        List<Long> nanos = new ArrayList<>();
                        if (start.await() == 0) {
                            begun[0] = System.nanoTime();
                        }
                        for (Prepared document : own) {
                            long t = System.nanoTime();
                            if (floor == null) {
                                reviewThroughRest(document);
                            } else {
                                floor.review(document, connection);
                            }
                            nanos.add(System.nanoTime() - t);
                        }
                        return nanos;
                    }
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> caller : callers) {
                all.addAll(caller.get(30, TimeUnit.MINUTES));
            }
            return new Timing(all, System.nanoTime() - begun[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    private void reviewThroughRest(Prepared document) {
        ApiClient.Answer answer = reviewer.post("api/documents/" + document.id + "/review", null);
        assertEquals(200, answer.status(), () -> "review of " + document.id + ": " + answer.raw());
        assertEquals("REVIEWED", answer.object().getString("status"), answer.raw());
    }

    /** The floor: the row work of a review and nothing else, in one transaction. */
    private void reviewOnTheFloor(Prepared document, Connection db) throws SQLException {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        try {
            long storeId;
            String number;
            Date day;
            try (PreparedStatement lock = db.prepareStatement("SELECT store_id, doc_number, doc_date, status"
                    + " FROM stock_document WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, document.id);
                try (ResultSet rs = lock.executeQuery()) {
                    assertTrue(rs.next(), "document " + document.id);
                    storeId = rs.getLong(1);
                    number = rs.getString(2);
                    day = rs.getDate(3);
                    assertEquals("SAVED", rs.getString(4), number);
                }
            }
            List<long[]> balances = new ArrayList<>();
            List<BigDecimal[]> amounts = new ArrayList<>();
            try (PreparedStatement lock = db.prepareStatement("SELECT b.id, b.item_id, b.on_hand, l.quantity"
                    + " FROM stock_balance b JOIN stock_document_line l ON l.item_id = b.item_id"
                    + " WHERE l.document_id = ? AND b.store_id = ? ORDER BY b.item_id FOR UPDATE OF b")) {
                lock.setLong(1, document.id);
                lock.setLong(2, storeId);
                try (ResultSet rs = lock.executeQuery()) {
                    while (rs.next()) {
                        balances.add(new long[] {rs.getLong(1), rs.getLong(2)});
                        BigDecimal quantity = rs.getBigDecimal(4);
                        amounts.add(new BigDecimal[] {quantity, rs.getBigDecimal(3).add(quantity)});
                    }
                }
            }
            assertEquals(document.lines.size(), balances.size(), "balance rows of " + number);
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE stock_balance SET on_hand = ?, version = version + 1 WHERE id = ?")) {
                for (int i = 0; i < balances.size(); i++) {
                    update.setBigDecimal(1, amounts.get(i)[1]);
                    update.setLong(2, balances.get(i)[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO stock_ledger_entry (id, store_id,"
                    + " item_id, document_id, doc_number, movement, quantity, balance_after, posted_at, movement_day,"
                    + " posted_by) VALUES (?, ?, ?, ?, ?, 'POSTING', ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < balances.size(); i++) {
                    insert.setLong(1, floorIds.incrementAndGet());
                    insert.setLong(2, storeId);
                    insert.setLong(3, balances.get(i)[1]);
                    insert.setLong(4, document.id);
                    insert.setString(5, number);
                    insert.setBigDecimal(6, amounts.get(i)[0]);
                    insert.setBigDecimal(7, amounts.get(i)[1]);
                    insert.setTimestamp(8, at);
                    insert.setDate(9, day);
                    insert.setString(10, USER);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE stock_document SET status = 'REVIEWED',"
                    + " reviewed_by = ?, reviewed_at = ?, version = version + 1 WHERE id = ?")) {
                update.setString(1, USER);
                update.setTimestamp(2, at);
                update.setLong(3, document.id);
                assertEquals(1, update.executeUpdate());
            }
            try (PreparedStatement audit = db.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor,"
                    + " action, subject_type, subject_ref, org_unit_code, detail)"
                    + " VALUES (?, ?, ?, 'DOCUMENT_REVIEWED', 'DOCUMENT', ?, NULL, NULL)")) {
                audit.setLong(1, floorIds.incrementAndGet());
                audit.setTimestamp(2, at);
                audit.setString(3, USER);
                audit.setString(4, number);
                audit.executeUpdate();
            }
            db.commit();
        } catch (SQLException | RuntimeException | Error e) {
            db.rollback();
            throw e;
        }
    }

    /**
     * Enters, through REST, {@code perCaller} saved purchases for each caller's site: the lines on
     * distinct items, one in ten on the {@value #HOT_ITEMS} hot items every site shares (a one-line
     * document is on a hot item one time in ten).
     */
    private List<List<Prepared>> enter(Series series, int perCaller) throws Exception {
        List<List<Prepared>> bySite = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(4, series.callers));
        try {
            List<Future<List<Prepared>>> entered = new ArrayList<>();
            for (int c = 0; c < series.callers; c++) {
                Site site = sites.get(c);
                List<Map<String, Integer>> contents = new ArrayList<>();
                for (int k = 0; k < perCaller; k++) {
                    contents.add(lines(series.lines));
                }
                entered.add(pool.submit((Callable<List<Prepared>>) () -> {
                    List<Prepared> own = new ArrayList<>();
                    for (Map<String, Integer> content : contents) {
                        own.add(new Prepared(save(site, content), content));
                    }
                    return own;
                }));
            }
            for (Future<List<Prepared>> f : entered) {
                bySite.add(f.get(30, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        return bySite;
    }

    private synchronized Map<String, Integer> lines(int count) {
        int hot = count == 1 ? (random.nextInt(10) == 0 ? 1 : 0) : Math.round(count / 10f);
        List<String> hotCodes = new ArrayList<>(itemCodes.subList(0, HOT_ITEMS));
        List<String> coldCodes = new ArrayList<>(itemCodes.subList(HOT_ITEMS, itemCodes.size()));
        Collections.shuffle(hotCodes, random);
        Collections.shuffle(coldCodes, random);
        Map<String, Integer> lines = new LinkedHashMap<>();
        hotCodes.subList(0, hot).forEach(code -> lines.put(code, 1 + random.nextInt(20)));
        coldCodes.subList(0, count - hot).forEach(code -> lines.put(code, 1 + random.nextInt(20)));
        return lines;
    }

    private long save(Site site, Map<String, Integer> lines) {
        StringBuilder json = new StringBuilder("{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"").append(site.storeCode)
                .append("\",\"supplier\":\"SUP-001\",\"date\":\"").append(LocalDate.now())
                .append("\",\"remark\":\"review benchmark\",\"lines\":[");
        String separator = "";
        for (Map.Entry<String, Integer> line : lines.entrySet()) {
            json.append(separator).append("{\"item\":\"").append(line.getKey()).append("\",\"quantity\":")
                    .append(line.getValue()).append('}');
            separator = ",";
        }
        ApiClient.Answer created = reviewer.post("api/documents", json.append("]}").toString());
        assertEquals(201, created.status(), created.raw());
        return created.object().getJsonNumber("id").longValue();
    }

    /**
     * The benchmark's own sites (one per concurrent caller, under the first BU), their good stores,
     * its items (plain: no serials, batches or decimals; the first {@value #HOT_ITEMS} the hot ones)
     * and a balance row at zero for every store and item, so that both sides lock rows that exist.
     * Kept from an earlier run where there; ids from a block of the id sequence set aside here.
     */
    private void prepareMasterData(int siteCount) throws SQLException {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            long base;
            try (Statement st = db.createStatement()) {
                long seq;
                try (ResultSet rs = st.executeQuery("SELECT nextval('fs_id_seq')")) {
                    rs.next();
                    seq = rs.getLong(1);
                }
                long highest = seq;
                for (String table : List.of("org_unit", "store", "item", "stock_balance", "stock_document",
                        "stock_document_line", "stock_ledger_entry", "audit_event", "document_event")) {
                    highest = Math.max(highest, count(db, "SELECT COALESCE(MAX(id), 0) FROM " + table));
                }
                base = highest + 1_000;
                // the ids up to base + 10,000,000 (and the added ledger rows) are the benchmark's: the
                // application takes blocks above them
                st.execute("SELECT setval('fs_id_seq', " + (base + 10_000_000L + addLedgerRows) + ")");
            }
            db.commit();
            update(db, """
                    INSERT INTO org_unit (id, code, kind, name_zh, name_en, parent_id, province, version)
                    SELECT ? + g, 'RVB-' || lpad(g::text, 3, '0'), 'SITE', '评审基准风场' || g,
                           'Review benchmark site ' || g, bu.id, bu.province, 0
                      FROM generate_series(1, ?) AS g
                     CROSS JOIN (SELECT id, province FROM org_unit WHERE kind = 'BU' ORDER BY code LIMIT 1) AS bu
                    ON CONFLICT (code) DO NOTHING
                    """, base, siteCount);
            update(db, """
                    INSERT INTO store (id, code, kind, owner_id, name_zh, name_en, version, active)
                    SELECT ? + ROW_NUMBER() OVER (ORDER BY s.id), s.code || '-G', 'GOOD', s.id,
                           s.name_zh || '完好品库', s.name_en || ' good store', 0, TRUE
                      FROM org_unit s WHERE s.code LIKE 'RVB-%' AND s.kind = 'SITE'
                    ON CONFLICT (code) DO NOTHING
                    """, base + 1_000);
            update(db, """
                    INSERT INTO item (id, code, name_zh, name_en, spec, unit_zh, unit_en, category, repair_class,
                                      unit_price, shelf_life_months, packed_volume_m3, turbine_models,
                                      serial_tracked, decimal_quantity, version)
                    SELECT ? + g, 'RVB-' || lpad(g::text, 5, '0'), '评审基准备件 ' || g, 'Review benchmark part ' || g,
                           'bench spec ' || g, '件', 'pc', 'SPARE', 'I', (g % 500) * 10 + 5.50, NULL, NULL, NULL,
                           FALSE, FALSE, 0
                      FROM generate_series(1, ?) AS g
                    ON CONFLICT (code) DO NOTHING
                    """, base + 2_000, items);
            update(db, """
                    INSERT INTO stock_balance (id, store_id, item_id, on_hand, version)
                    SELECT ? + ROW_NUMBER() OVER (ORDER BY s.id, i.id), s.id, i.id, 0, 0
                      FROM store s CROSS JOIN item i
                     WHERE s.code LIKE 'RVB-%' AND i.code LIKE 'RVB-%'
                    ON CONFLICT (store_id, item_id) DO NOTHING
                    """, base + 100_000);
            db.commit();
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("ANALYZE org_unit, store, item, stock_balance");
            }
            floorIds.set(base + 5_000_000L);
            historyIds = base + 10_000_000L;

            sites = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT o.code, s.code, s.id FROM org_unit o"
                    + " JOIN store s ON s.owner_id = o.id AND s.kind = 'GOOD'"
                    + " WHERE o.code LIKE 'RVB-%' ORDER BY o.code LIMIT ?")) {
                q.setInt(1, siteCount);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sites.add(new Site(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            assertEquals(siteCount, sites.size(), "benchmark sites");
            itemCodes = new ArrayList<>();
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("SELECT code FROM item WHERE code LIKE 'RVB-%' ORDER BY code")) {
                while (rs.next()) {
                    itemCodes.add(rs.getString(1));
                }
            }
            assertTrue(itemCodes.size() >= 200 + HOT_ITEMS, "benchmark items: " + itemCodes.size());
            report.line("Benchmark master data: %d sites (%s .. %s), %d items (%d hot), balance rows at ids from %d",
                    sites.size(), sites.get(0).storeCode, sites.get(sites.size() - 1).storeCode, itemCodes.size(),
                    HOT_ITEMS, base);
        }
    }

    private void summary(Map<Series, Timing[]> results, long ledgerRows) {
        report.line("");
        report.line("Review through REST (app) against the floor, %d rounds, %d ledger rows before the run%s", rounds,
                ledgerRows, ledgerRows >= BIG_LEDGER ? " (as many as field-size)" : " (no field-size data set: below "
                        + BIG_LEDGER + ")");
        report.line("%-10s %7s %5s | %8s %8s %8s | %8s %8s %8s | %9s %9s", "document", "callers", "docs", "app p50",
                "app p95", "app /s", "flr p50", "flr p95", "flr /s", "p50 ratio", "thru app/flr");
        for (Map.Entry<Series, Timing[]> result : results.entrySet()) {
            Series s = result.getKey();
            Timing app = result.getValue()[0];
            Timing floor = result.getValue()[1];
            report.line("%-10s %7d %5d | %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f | %8.1fx %9.3f", s.name, s.callers,
                    app.nanos.size(), app.p(0.5), app.p(0.95), app.perSecond(), floor.p(0.5), floor.p(0.95),
                    floor.perSecond(), app.p(0.5) / floor.p(0.5), app.perSecond() / floor.perSecond());
        }
        report.line("(times in ms, throughput in documents/s; p50 ratio = app p50 / floor p50; thru = app docs/s "
                + "/ floor docs/s)");
        results.forEach((s, timing) -> {
            double ratio = timing[0].p(0.5) / timing[1].p(0.5);
            double throughput = timing[0].perSecond() / timing[1].perSecond();
            if (s.lines == 50 && s.callers == 1) {
                report.line("Target: 50-line review p50 <= 3x the floor's: %.1fx (%s)", ratio,
                        ratio <= 3 ? "met" : String.format(Locale.ROOT, "missed by %.1fx", ratio / 3));
            }
            if (s.lines == 50 && s.callers == 8) {
                report.line("Target: at 8 reviewers >= 1/3 of the floor's throughput: 1/%.1f (%s)", 1 / throughput,
                        throughput >= 1 / 3.0 ? "met" : String.format(Locale.ROOT, "missed by %.1fx",
                                (1 / 3.0) / throughput));
            }
        });
        if (ledgerRows < BIG_LEDGER) {
            report.line("No field-size data set here (%d ledger rows): the figures above are on a small ledger;%s",
                    ledgerRows, addLedgerRows > 0 ? " the ledger is grown below" : " -Dbenchmark.review.ledgerRows=N grows it"
                            + " within the run");
        }
        report.line("Load average after the series: %s", loadAverage());
    }

    /**
     * Adds {@code benchmark.review.ledgerRows} ledger rows of a year's history on the benchmark's
     * stores and items (a posting and its reversal each time, so that the balances stay the sum of
     * their rows), and measures the 50-line series, both sides, just before and after, so that the
     * machine's load of the moment falls on both; returns the ledger's rows now. The rows belong to
     * one saved document of their own ({@code RVB-HISTORY-...}).
     */
    private long ledgerGrowth(long ledgerRowsAtStart) throws Exception {
        report.line("");
        report.line("Before the ledger grows:");
        Timing[] before = measure(new Series("50 lines", 50, 1, perRound, Math.max(1, perRound / 2)));
        long t0 = System.nanoTime();
        long rows;
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            String number = "RVB-HISTORY-" + historyIds;
            update(db, """
                    INSERT INTO stock_document (id, doc_number, doc_type, category, store_id, supplier_id, doc_date,
                                                red_ink, status, remark, created_by, created_at, version)
                    SELECT ?, ?, 'OTHER_INBOUND', 'PURCHASE', ?, (SELECT id FROM supplier WHERE code = 'SUP-001'),
                           CURRENT_DATE - 365, FALSE, 'SAVED', 'review benchmark: ledger history', ?, LOCALTIMESTAMP, 0
                    """, historyIds, number, sites.get(0).storeId, USER);
            update(db, """
                    INSERT INTO stock_ledger_entry (id, store_id, item_id, document_id, doc_number, movement, quantity,
                                                    balance_after, posted_at, movement_day, posted_by)
                    SELECT ? + g, s.id, i.id, ?, ?, CASE WHEN g % 2 = 1 THEN 'POSTING' ELSE 'REVERSAL' END,
                           CASE WHEN g % 2 = 1 THEN 1 ELSE -1 END * (1 + (g + 1) / 2 % 20),
                           CASE WHEN g % 2 = 1 THEN 1 + (g + 1) / 2 % 20 ELSE 0 END, t.at, CAST(t.at AS DATE), ?
                      FROM generate_series(1, ?) AS g
                     CROSS JOIN LATERAL (SELECT LOCALTIMESTAMP - INTERVAL '365 days'
                                                + (g * 31536.0 / ?) * INTERVAL '1000 seconds' AS at) AS t
                      JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM store WHERE code LIKE 'RVB-%') AS s
                        ON s.n = ((g + 1) / 2) % ?
                      JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM item WHERE code LIKE 'RVB-%') AS i
                        ON i.n = ((g + 1) / 2 / ?) % ?
                    """, historyIds, historyIds, number, USER, addLedgerRows - addLedgerRows % 2,
                    addLedgerRows, sites.size(), sites.size(), itemCodes.size());
            db.commit();
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("ANALYZE stock_ledger_entry");
            }
            rows = count(db, "SELECT COUNT(*) FROM stock_ledger_entry");
        }
        report.line("");
        report.line("Ledger grown to %d rows in %d ms (a posting and its reversal, a year's history on the benchmark's"
                + " stores); load average %s", rows, millisSince(t0), loadAverage());
        report.line("After:");
        Timing[] after = measure(new Series("50 lines", 50, 1, perRound, Math.max(1, perRound / 2)));
        report.line("Posting on the grown ledger (%d rows) against the ledger just before (%d rows at the start),"
                + " 50 lines, 1 caller:", rows, ledgerRowsAtStart);
        report.line("  app   p50 %.1f -> %.1f ms (%.2fx), %.1f -> %.1f docs/s", before[0].p(0.5), after[0].p(0.5),
                after[0].p(0.5) / before[0].p(0.5), before[0].perSecond(), after[0].perSecond());
        report.line("  floor p50 %.1f -> %.1f ms (%.2fx), %.1f -> %.1f docs/s", before[1].p(0.5), after[1].p(0.5),
                after[1].p(0.5) / before[1].p(0.5), before[1].perSecond(), after[1].perSecond());
        report.line("  app/floor p50 ratio %.1fx -> %.1fx (target: grown <= 1.2x before)",
                before[0].p(0.5) / before[1].p(0.5),
                after[0].p(0.5) / after[1].p(0.5));
        return rows;
    }

    /**
     * The books agree after the run: every benchmark document reviewed with one ledger row per line,
     * every benchmark balance the sum of its ledger rows and of the quantities the documents put in;
     * and, on a database small enough to check whole, the application's own stock check.
     */
    private void verify(ExtraServer server, long ledgerRows) throws SQLException {
        try (Connection db = connect()) {
            assertEquals(0, count(db, "SELECT COUNT(*) FROM stock_document d JOIN store s ON s.id = d.store_id"
                    + " WHERE s.code LIKE 'RVB-%' AND d.status <> 'REVIEWED' AND d.doc_number NOT LIKE 'RVB-HISTORY-%'"),
                    "benchmark documents left unreviewed");
            assertEquals(0, count(db, """
                    SELECT COUNT(*) FROM stock_document d JOIN store s ON s.id = d.store_id
                     WHERE s.code LIKE 'RVB-%' AND d.doc_number NOT LIKE 'RVB-HISTORY-%' AND (SELECT COUNT(*) FROM stock_ledger_entry e WHERE e.document_id = d.id)
                           <> (SELECT COUNT(*) FROM stock_document_line l WHERE l.document_id = d.id)
                    """), "benchmark documents whose ledger rows are not one per line");
            assertEquals(0, count(db, """
                    SELECT COUNT(*) FROM stock_balance b JOIN store s ON s.id = b.store_id
                     WHERE s.code LIKE 'RVB-%'
                       AND (b.on_hand <> COALESCE((SELECT SUM(e.quantity) FROM stock_ledger_entry e
                                                    WHERE e.store_id = b.store_id AND e.item_id = b.item_id), 0)
                        OR b.on_hand <> COALESCE((SELECT SUM(l.quantity) FROM stock_document_line l
                                                    JOIN stock_document d ON d.id = l.document_id
                                                   WHERE d.store_id = b.store_id AND l.item_id = b.item_id
                                                     AND d.status = 'REVIEWED'), 0))
                    """), "benchmark balances that are not the sum of their ledger rows and documents");
            report.line("Checked: benchmark documents all reviewed, one ledger row per line, balances = ledger = "
                    + "documents");
        }
        if (ledgerRows < BIG_LEDGER) {
            ApiClient.Answer check = ApiClient.as(server.base(), USER, "demo").get("api/stock-check");
            assertEquals(200, check.status(), check.raw());
            assertEquals(List.of(), check.array().stream().map(JsonValue::toString).toList(), "stock check");
            report.line("Stock check (GET /api/stock-check): no discrepancy");
        } else {
            report.line("Stock check of the whole database skipped (%d ledger rows); the benchmark's stores "
                    + "checked above",
                    ledgerRows);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }
}
