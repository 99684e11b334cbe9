package org.fieldstock.it;

import static org.fieldstock.it.BenchmarkSupport.count;
import static org.fieldstock.it.BenchmarkSupport.databaseName;
import static org.fieldstock.it.BenchmarkSupport.emptySchema;
import static org.fieldstock.it.BenchmarkSupport.loadAverage;
import static org.fieldstock.it.BenchmarkSupport.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 1: the field-size data set the other field-scale benchmarks run on, generated
 * reproducibly on PostgreSQL: by default 500 sites under 10 BUs (a good and a damaged store each),
 * 10,000 items (serial-tracked, batch-tracked with a shelf life, plain), 1,000,000 documents of every
 * category with their lines, over 10,000,000 ledger rows that add up to the balances, batches and
 * serial units, transfer slips with their documents, daily reports and one closed stocktake campaign.
 *
 * <p>Not a test: only {@code mvn -Pbenchmark verify -pl web -Dit.test=FieldDataSet} runs it
 * (BENCHMARKS.md). It wipes the schema {@code public} of its database (whose name must contain
 * "bench"), starts Payara Micro once with the demo data on it (so the schema is migrated by the
 * application's own Flyway and the demo organisation and users are there as always), stops it, and
 * adds the rest with set-based SQL ({@code INSERT ... SELECT} over {@code generate_series}), the
 * foreign keys and secondary indexes dropped during the load and made again after it. Every choice
 * is a hash of a row number ({@code hashint8extended} with fixed seeds), so the same parameters give
 * the same data. It fails only when the data come out wrong: a discrepancy by the stock check's rule,
 * or fewer rows than asked; the timings are printed and written to
 * {@code target/benchmark/field-data-set.txt}. Then it starts the server again on the data and
 * times a few REST reads as the demo users (none of them asserted but the answer's status).
 *
 * <p>Parameters ({@code -Dfield.*}): {@code sites} (500, demo sites included), {@code bus} (10),
 * {@code items} (10000), {@code documents} (1000000), {@code ledger} (10000000),
 * {@code assortment} (items a store deals in, 400), {@code days} (of history, 730),
 * {@code check.app} (true: time the reads afterwards).
 */
class FieldDataSet {

    /** Generated rows' ids start here, far above what the id sequence had handed out to the demo data. */
    private static final long BASE = 1_000_000_000L;
    /** The id sequence continues above every generated id (EclipseLink takes blocks of 50 below each value). */
    private static final long NEXT_ID = 20_000_000_000L;

    /** Tables whose secondary indexes and unique constraints are dropped while they are filled. */
    private static final List<String> BULK_TABLES = List.of("stock_document", "stock_document_line",
            "stock_document_line_serial", "stock_ledger_entry", "stock_balance", "stock_batch", "serial_unit",
            "document_event", "audit_event", "transfer_slip", "transfer_slip_line", "count_line", "count_sheet",
            "daily_report", "daily_report_line");

    private final String dbUrl = System.getProperty("benchmark.db.url",
            "jdbc:postgresql://localhost:5432/fieldstock_bench");
    private final String dbUser = System.getProperty("benchmark.db.user", "fieldstock_bench");
    private final String dbPassword = System.getProperty("benchmark.db.password", "fieldstock_bench");
    private final int sites = Integer.getInteger("field.sites", 500);
    private final int bus = Integer.getInteger("field.bus", 10);
    private final int items = Integer.getInteger("field.items", 10_000);
    private final long documents = Long.getLong("field.documents", 1_000_000L);
    private final long ledgerRows = Long.getLong("field.ledger", 10_000_000L);
    private final int assortment = Integer.getInteger("field.assortment", 400);
    private final int days = Integer.getInteger("field.days", 730);
    private final boolean checkApp = Boolean.parseBoolean(System.getProperty("field.check.app", "true"));

    private final BenchmarkReport report = new BenchmarkReport();
    private final Map<String, String> values = new LinkedHashMap<>();

    @Test
    void generate() throws Exception {
        assertTrue(dbUrl.startsWith("jdbc:postgresql:"), "the data set is PostgreSQL only: " + dbUrl);
        assertTrue(databaseName(dbUrl).contains("bench"),
                "the tool wipes its database: its name must contain 'bench' (" + dbUrl + ")");
        report.line("Field-size data set on %s: %d sites, %d BUs, %d items, %d documents, %d ledger rows, "
                + "assortment %d, %d days; load average %s", dbUrl, sites, bus, items, documents, ledgerRows,
                assortment, days, loadAverage());
        long total = System.nanoTime();
        try {
            long started = System.nanoTime();
            try (Connection db = connect()) {
                emptySchema(db);
            }
            try (ExtraServer server = ExtraServer.start("field-data-set-server", environment())) {
                report.line("Schema migrated and demo data loaded by the application: %d ms", millisSince(started));
            }
            try (Connection db = connect()) {
                db.setAutoCommit(true);
                generate(db);
                verify(db);
                try (Statement st = db.createStatement();
                        ResultSet rs = st.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
                    rs.next();
                    report.line("Database size: %s", rs.getString(1));
                }
            }
            report.line("Generated and checked in %d s", millisSince(total) / 1000);
            if (checkApp) {
                readAsTheDemoUsers();
            }
        } finally {
            report.write("field-data-set.txt");
        }
    }

    private Map<String, String> environment() {
        return Map.of("FIELDSTOCK_DB_URL", dbUrl, "FIELDSTOCK_DB_USER", dbUser, "FIELDSTOCK_DB_PASSWORD", dbPassword,
                "FIELDSTOCK_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource", "FIELDSTOCK_DEMO_DATA", "true");
    }

    private void generate(Connection db) throws SQLException {
        exec(db, "SET synchronous_commit = off");
        exec(db, "SET work_mem = '256MB'");
        exec(db, "SET maintenance_work_mem = '512MB'");
        exec(db, """
                CREATE OR REPLACE FUNCTION fs_pick(x bigint, salt bigint, n bigint) RETURNS bigint
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT abs(hashint8extended(x, salt) % n)'
                """);
        List<String> recreate = dropIndexesAndForeignKeys(db);

        long existingBus = count(db, "SELECT COUNT(*) FROM org_unit WHERE kind = 'BU'");
        long existingSites = count(db, "SELECT COUNT(*) FROM org_unit WHERE kind = 'SITE'");
        long existingItems = count(db, "SELECT COUNT(*) FROM item");
        set("base", "(" + BASE + "::bigint)");
        set("newBus", Math.max(0, bus - existingBus));
        set("newSites", Math.max(0, sites - existingSites));
        set("newItems", Math.max(0, items - existingItems));
        set("days", days);
        set("start", LocalDate.now().minusDays(days));

        step(db, "organisation: BUs, sites, stores, turbines, suppliers", """
                INSERT INTO org_unit (id, code, kind, name_zh, name_en, parent_id, province, version)
                SELECT ${base} + g, 'FB' || lpad(g::text, 2, '0'), 'BU', '现场业务部' || g, 'Field BU ' || g,
                       (SELECT id FROM org_unit WHERE kind = 'PLANNING_OFFICE' ORDER BY id LIMIT 1),
                       (ARRAY['内蒙古', '河北', '山西', '甘肃', '新疆', '宁夏', '吉林', '黑龙江', '辽宁', '山东'])[1 + g % 10], 0
                  FROM generate_series(1, ${newBus}) AS g;
                INSERT INTO org_unit (id, code, kind, name_zh, name_en, parent_id, province, version)
                SELECT ${base} + 1000 + g, 'WF' || lpad(g::text, 4, '0'), 'SITE', '现场风场' || g, 'Field wind farm ' || g,
                       bu.id, bu.province, 0
                  FROM generate_series(1, ${newSites}) AS g
                  JOIN (SELECT id, province, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, COUNT(*) OVER () AS total
                          FROM org_unit WHERE kind = 'BU') AS bu ON bu.n = g % bu.total;
                INSERT INTO store (id, code, kind, owner_id, name_zh, name_en, version, active)
                SELECT ${base} + 100000 + 2 * (u.id - ${base}) + k.n, u.code || k.suffix, k.kind, u.id,
                       u.name_zh || k.name_zh, u.name_en || k.name_en, 0, TRUE
                  FROM org_unit u
                 CROSS JOIN (VALUES (0, '-G', 'GOOD', '完好品库', ' good store'),
                                    (1, '-D', 'DAMAGED', '损坏品库', ' damaged store')) AS k (n, suffix, kind, name_zh, name_en)
                 WHERE u.id > ${base};
                INSERT INTO turbine (id, site_id, turbine_no, model, version)
                SELECT ${base} + 400000 + (u.id - ${base}) * 40 + t, u.id, 'T' || lpad(t::text, 2, '0'),
                       CASE WHEN (u.id + t) % 3 = 0 THEN 'SL3000' ELSE 'SL1500' END, 0
                  FROM org_unit u CROSS JOIN generate_series(1, 25) AS t
                 WHERE u.id > ${base} AND u.kind = 'SITE';
                INSERT INTO supplier (id, code, name_zh, name_en, version)
                SELECT ${base} + 300000 + g, 'FSUP' || lpad(g::text, 3, '0'), '现场供应商' || g, 'Field supplier ' || g, 0
                  FROM generate_series(1, 44) AS g
                """);
        step(db, "items", """
                INSERT INTO item (id, code, name_zh, name_en, spec, unit_zh, unit_en, category, repair_class, unit_price,
                                  shelf_life_months, packed_volume_m3, turbine_models, serial_tracked, decimal_quantity,
                                  version)
                SELECT ${base} + 200000 + g, 'FD-' || lpad(g::text, 6, '0'), '现场备件 ' || g, 'Field part ' || g,
                       'field spec ' || (g % 97),
                       CASE WHEN g % 10 = 3 THEN '千克' ELSE '件' END, CASE WHEN g % 10 = 3 THEN 'kg' ELSE 'pcs' END,
                       CASE WHEN g % 10 IN (0, 1) THEN 'SPARE' WHEN g % 10 = 2 THEN 'CONSUMABLE'
                            ELSE (ARRAY['SPARE', 'TOOL', 'CONSUMABLE'])[1 + g % 3] END,
                       CASE WHEN g % 10 IN (0, 1) THEN 'II' ELSE 'I' END,
                       (g * 37) % 5000 + 9.90,
                       CASE WHEN g % 10 = 2 THEN 12 + (g % 5) * 12 END, 0.01 * (1 + g % 50),
                       (ARRAY['SL1500', 'SL3000', 'SL1500;SL3000'])[1 + g % 3], g % 10 IN (0, 1), g % 10 = 3, 0
                  FROM generate_series(1, ${newItems}) AS g
                """);

        step(db, "numbering of stores and items", """
                CREATE TEMP TABLE fs_store AS
                SELECT ROW_NUMBER() OVER (ORDER BY s.id) - 1 AS idx,
                       ROW_NUMBER() OVER (PARTITION BY s.kind ORDER BY s.id) - 1 AS kidx, s.id, s.kind, u.code AS owner
                  FROM store s JOIN org_unit u ON u.id = s.owner_id WHERE s.active;
                CREATE TEMP TABLE fs_item AS
                SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS idx, id, code, name_zh, serial_tracked,
                       shelf_life_months, decimal_quantity
                  FROM item;
                CREATE INDEX ON fs_store (idx);
                CREATE INDEX ON fs_store (kind, kidx);
                CREATE INDEX ON fs_item (idx);
                ANALYZE fs_store;
                ANALYZE fs_item
                """);
        long stores = count(db, "SELECT COUNT(*) FROM fs_store");
        long goods = count(db, "SELECT COUNT(*) FROM fs_store WHERE kind = 'GOOD'");
        long damaged = stores - goods;
        long itemCount = count(db, "SELECT COUNT(*) FROM fs_item");
        long slips = Math.max(1, documents / 20);
        long ordinary = documents - 2 * slips;
        int perStore = (int) Math.min(assortment, itemCount);
        // lines per ordinary document: 1 .. spread, so that the reviewed ones give the ledger rows asked for
        long spread = Math.max(1, (long) Math.ceil(2.0 * ledgerRows / (0.98 * ordinary)) - 1);
        set("stores", stores);
        set("goods", goods);
        set("damaged", damaged);
        set("items", itemCount);
        set("slips", slips);
        set("ordinary", ordinary);
        set("documents", documents);
        set("perStore", perStore);
        set("stride", Math.max(1, itemCount / perStore));
        set("spread", Math.min(spread, perStore));
        set("slipSpread", Math.min(5, perStore));
        set("numberBase", count(db, "SELECT last_value FROM document_number_seq"));

        step(db, "documents (headers, in a work table)", """
                CREATE TEMP TABLE fs_doc AS
                SELECT ${base} * 2 + n AS id, n AS seed, NULL::bigint AS slip, s.id AS store_id, s.idx AS assort,
                       c.category, day, day + time '08:00' + fs_pick(n, 5, 600) * interval '1 minute' AS posted_at,
                       CASE WHEN fs_pick(n, 3, 1000) < 5 OR (day > current_date - 3 AND fs_pick(n, 3, 1000) < 300)
                            THEN 'SAVED' WHEN fs_pick(n, 3, 1000) < 7 THEN 'DELETED' ELSE 'REVIEWED' END AS status,
                       1 + fs_pick(n, 4, ${spread}) AS k, day AS batch_day
                  FROM (SELECT n, fs_pick(n, 1, ${stores}) AS si, fs_pick(n, 2, 100) AS r,
                               date '${start}' + ((n - 1) * ${days} / ${ordinary})::int AS day
                          FROM generate_series(1, ${ordinary}) AS n) AS g
                  JOIN fs_store s ON s.idx = g.si
                 CROSS JOIN LATERAL (SELECT CASE WHEN s.kind = 'GOOD' THEN
                            CASE WHEN r < 32 THEN 'PURCHASE' WHEN r < 42 THEN 'PETTY_PURCHASE' WHEN r < 52 THEN 'REPAIRED'
                                 WHEN r < 54 THEN 'MATERIAL_RETURN' WHEN r < 55 THEN 'STOCKTAKE_GAIN'
                                 WHEN r < 56 THEN 'STOCKTAKE_LOSS' ELSE 'SELF_USE' END
                       ELSE CASE WHEN r < 52 THEN 'DAMAGE_INTAKE' WHEN r < 78 THEN 'REPAIR_RETURN' WHEN r < 99 THEN 'SCRAP'
                                 ELSE 'STOCKTAKE_LOSS' END END AS category) AS c;
                INSERT INTO fs_doc
                SELECT ${base} * 2 + ${ordinary} + 2 * t - 1 + io.n, -t, t,
                       CASE WHEN io.n = 0 THEN f.id ELSE d.id END, f.idx,
                       CASE WHEN io.n = 0 THEN x.kind || '_TRANSFER_OUT' ELSE x.kind || '_TRANSFER_IN' END,
                       day + io.n * (1 + fs_pick(t, 25, 3))::int,
                       day + io.n * (1 + fs_pick(t, 25, 3))::int + time '09:00' + fs_pick(t, 26, 480) * interval '1 minute',
                       CASE WHEN io.n = 1 AND day > current_date - 5 AND fs_pick(t, 27, 2) = 0 THEN 'SAVED'
                            ELSE 'REVIEWED' END,
                       1 + fs_pick(t, 24, ${slipSpread}), day
                  FROM (SELECT t, CASE WHEN fs_pick(t, 23, 5) = 0 THEN 'DAMAGED' ELSE 'GOOD' END AS kind,
                               date '${start}' + ((t - 1) * ${days} / ${slips})::int AS day
                          FROM generate_series(1, ${slips}) AS t) AS x
                  JOIN fs_store f ON f.kind = x.kind
                                 AND f.kidx = fs_pick(x.t, 21, CASE x.kind WHEN 'GOOD' THEN ${goods} ELSE ${damaged} END)
                  JOIN fs_store d ON d.kind = x.kind
                                 AND d.kidx = (f.kidx + 1 + fs_pick(x.t, 22, CASE x.kind WHEN 'GOOD' THEN ${goods}
                                                                            ELSE ${damaged} END - 1))
                                              % CASE x.kind WHEN 'GOOD' THEN ${goods} ELSE ${damaged} END
                 CROSS JOIN (VALUES (0), (1)) AS io (n);
                ALTER TABLE fs_doc ADD first_line bigint, ADD direction int, ADD red boolean;
                CREATE TEMP TABLE fs_doc_lines AS
                SELECT id, SUM(k) OVER (ORDER BY id) - k AS first_line FROM fs_doc;
                UPDATE fs_doc d SET first_line = l.first_line,
                       direction = CASE WHEN d.category IN ('PURCHASE', 'PETTY_PURCHASE', 'DAMAGE_INTAKE', 'REPAIRED',
                                        'MATERIAL_RETURN', 'GOOD_TRANSFER_IN', 'DAMAGED_TRANSFER_IN', 'STOCKTAKE_GAIN')
                                        THEN 1 ELSE -1 END,
                       red = d.category = 'MATERIAL_RETURN'
                  FROM fs_doc_lines l WHERE l.id = d.id;
                CREATE INDEX ON fs_doc (id);
                ANALYZE fs_doc
                """);

        step(db, "document lines", """
                INSERT INTO stock_document_line (id, document_id, line_no, item_id, quantity, remark, turbine_id, batch_no,
                                                 expiry_date)
                SELECT ${base} * 3 + d.first_line + l, d.id, l, i.id,
                       (CASE WHEN d.red THEN -1 ELSE 1 END)
                         * CASE WHEN i.serial_tracked THEN 1
                                WHEN i.decimal_quantity THEN (1 + fs_pick(d.seed * 1000 + l, 7, 200)) / 10.0
                                WHEN d.direction > 0 AND d.slip IS NULL THEN 1 + fs_pick(d.seed * 1000 + l, 7, 24)
                                ELSE 1 + fs_pick(d.seed * 1000 + l, 7, 20) END,
                       NULL, NULL,
                       CASE WHEN i.shelf_life_months IS NOT NULL
                            THEN 'B' || to_char(date_trunc('quarter', d.batch_day), 'YYMM') || '-' || (i.idx % 100) END,
                       CASE WHEN i.shelf_life_months IS NOT NULL
                            THEN (date_trunc('quarter', d.batch_day) + i.shelf_life_months * interval '1 month')::date END
                  FROM fs_doc d
                 CROSS JOIN LATERAL generate_series(1, d.k) AS l
                  JOIN fs_item i ON i.idx = (d.assort * 97 + ((fs_pick(d.seed, 6, ${perStore}) + l) % ${perStore}) * ${stride})
                                            % ${items};
                ANALYZE stock_document_line
                """);

        step(db, "movements (work table: every reviewed line, the demo's postings with them)", """
                CREATE TEMP TABLE fs_move AS
                SELECT ${base} * 4 + (l.id - ${base} * 3) AS ledger_id, l.id AS line_id, d.store_id, l.item_id,
                       l.batch_no, l.expiry_date, l.quantity * d.direction AS qty, d.posted_at, d.id AS document_id,
                       d.posted_at::date AS movement_day
                  FROM stock_document_line l JOIN fs_doc d ON d.id = l.document_id
                 WHERE d.status = 'REVIEWED';
                INSERT INTO fs_move
                SELECT e.id, l.id, e.store_id, e.item_id, l.batch_no, l.expiry_date, e.quantity, e.posted_at,
                       e.document_id, e.movement_day
                  FROM stock_ledger_entry e
                  JOIN stock_document_line l ON l.document_id = e.document_id AND l.item_id = e.item_id;
                ANALYZE fs_move
                """);
        step(db, "opening stock where the movements would go below zero", """
                CREATE TEMP TABLE fs_need AS
                SELECT store_id, item_id, batch_no, MAX(expiry_date) AS expiry_date, -MIN(running) AS need
                  FROM (SELECT store_id, item_id, batch_no, expiry_date,
                               SUM(qty) OVER (PARTITION BY store_id, item_id, batch_no ORDER BY posted_at, line_id
                                              ROWS UNBOUNDED PRECEDING) AS running
                          FROM fs_move) AS m
                 GROUP BY store_id, item_id, batch_no HAVING MIN(running) < 0;
                CREATE TEMP TABLE fs_opening AS
                SELECT ${base} * 2 + ${documents} + 1 + s.idx AS id, s.id AS store_id,
                       CASE WHEN s.kind = 'GOOD' THEN 'PURCHASE' ELSE 'DAMAGE_INTAKE' END AS category,
                       date '${start}' - 1 + time '08:00' AS posted_at
                  FROM fs_store s WHERE EXISTS (SELECT 1 FROM fs_need n WHERE n.store_id = s.id);
                CREATE TEMP TABLE fs_opening_line AS
                SELECT ${base} * 3 + ${base} - 100000000 + ROW_NUMBER() OVER (ORDER BY o.id, n.item_id, n.batch_no) AS id,
                       o.id AS document_id, ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY n.item_id, n.batch_no) AS line_no,
                       n.item_id, n.need, n.batch_no, n.expiry_date, o.store_id, o.posted_at
                  FROM fs_need n JOIN fs_opening o ON o.store_id = n.store_id;
                INSERT INTO stock_document_line (id, document_id, line_no, item_id, quantity, batch_no, expiry_date)
                SELECT id, document_id, line_no, item_id, need, batch_no, expiry_date FROM fs_opening_line;
                INSERT INTO fs_move
                SELECT ${base} * 4 + (id - ${base} * 3), id, store_id, item_id, batch_no, expiry_date, need, posted_at,
                       document_id, posted_at::date
                  FROM fs_opening_line
                """);

        step(db, "documents", """
                INSERT INTO stock_document (id, doc_number, doc_type, category, store_id, supplier_id, doc_date, red_ink,
                                            status, remark, created_by, created_at, modified_by, modified_at, reviewed_by,
                                            reviewed_at, version)
                SELECT d.id,
                       CASE WHEN d.direction > 0 THEN 'IN' ELSE 'OUT' END || '-' || extract(year FROM d.posted_at) || '-'
                           || lpad((${numberBase} + d.id - ${base} * 2)::text,
                                   greatest(6, length((${numberBase} + d.id - ${base} * 2)::text)), '0'),
                       CASE WHEN d.direction > 0 THEN 'OTHER_INBOUND' ELSE 'OTHER_OUTBOUND' END, d.category, d.store_id,
                       CASE WHEN d.category IN ('PURCHASE', 'PETTY_PURCHASE', 'REPAIRED', 'MATERIAL_RETURN', 'REPAIR_RETURN')
                            THEN ${base} + 300000 + 1 + fs_pick(d.seed, 8, 44) END,
                       d.posted_at::date, d.red, d.status,
                       CASE WHEN d.slip IS NULL THEN '现场数据 Field data ' || d.seed END,
                       'keeper', d.posted_at - interval '2 hours', NULL, NULL,
                       CASE WHEN d.status = 'REVIEWED' THEN 'accountant' END,
                       CASE WHEN d.status = 'REVIEWED' THEN d.posted_at END, CASE WHEN d.status = 'REVIEWED' THEN 1 ELSE 0 END
                  FROM fs_doc d;
                INSERT INTO stock_document (id, doc_number, doc_type, category, store_id, supplier_id, doc_date, red_ink,
                                            status, remark, created_by, created_at, reviewed_by, reviewed_at, version)
                SELECT o.id, 'IN-' || extract(year FROM o.posted_at) || '-'
                           || lpad((${numberBase} + o.id - ${base} * 2)::text,
                                   greatest(6, length((${numberBase} + o.id - ${base} * 2)::text)), '0'),
                       'OTHER_INBOUND', o.category, o.store_id,
                       CASE WHEN o.category = 'PURCHASE' THEN ${base} + 300001 END,
                       o.posted_at::date, FALSE, 'REVIEWED', '期初库存 Opening stock', 'planner', o.posted_at, 'planner',
                       o.posted_at, 1
                  FROM fs_opening o;
                UPDATE stock_document m SET reverses_document_id = r.receipt
                  FROM (SELECT id, MAX(CASE WHEN category = 'PURCHASE' THEN id END)
                                   OVER (PARTITION BY store_id ORDER BY id) AS receipt, category
                          FROM stock_document WHERE category IN ('PURCHASE', 'MATERIAL_RETURN')) AS r
                 WHERE r.id = m.id AND r.category = 'MATERIAL_RETURN'
                """);

        step(db, "ledger", """
                DELETE FROM stock_ledger_entry;
                INSERT INTO stock_ledger_entry (id, store_id, item_id, document_id, doc_number, movement, quantity,
                                                balance_after, posted_at, posted_by, movement_day)
                SELECT m.ledger_id, m.store_id, m.item_id, m.document_id, d.doc_number, 'POSTING', m.qty,
                       SUM(m.qty) OVER (PARTITION BY m.store_id, m.item_id ORDER BY m.posted_at, m.line_id
                                        ROWS UNBOUNDED PRECEDING),
                       m.posted_at, COALESCE(d.reviewed_by, 'planner'), m.movement_day
                  FROM fs_move m JOIN stock_document d ON d.id = m.document_id
                """);
        step(db, "balances, batches and serial units from the ledger", """
                DELETE FROM stock_balance;
                INSERT INTO stock_balance (id, store_id, item_id, on_hand, version)
                SELECT ${base} * 5 + ROW_NUMBER() OVER (ORDER BY store_id, item_id), store_id, item_id, SUM(qty), 1
                  FROM fs_move GROUP BY store_id, item_id;
                DELETE FROM stock_batch;
                INSERT INTO stock_batch (id, store_id, item_id, batch_no, expiry_date, on_hand, first_received, version)
                SELECT ${base} * 5 + 100000000 + ROW_NUMBER() OVER (ORDER BY store_id, item_id, batch_no), store_id, item_id,
                       batch_no, MAX(expiry_date), SUM(qty), MIN(posted_at), 1
                  FROM fs_move WHERE batch_no IS NOT NULL GROUP BY store_id, item_id, batch_no;
                UPDATE serial_unit u SET store_id = NULL
                  FROM (SELECT u.id, ROW_NUMBER() OVER (PARTITION BY u.store_id, u.item_id ORDER BY u.serial_no) AS n,
                               b.on_hand
                          FROM serial_unit u JOIN stock_balance b ON b.store_id = u.store_id AND b.item_id = u.item_id) AS r
                 WHERE r.id = u.id AND r.n > r.on_hand;
                INSERT INTO serial_unit (id, item_id, serial_no, store_id, arrived_at, version)
                SELECT ${base} * 5 + 200000000 + ROW_NUMBER() OVER (ORDER BY b.store_id, b.item_id, g), b.item_id,
                       'FS' || b.store_id || '-' || g, b.store_id, timestamp '${start}', 1
                  FROM stock_balance b JOIN item i ON i.id = b.item_id AND i.serial_tracked
                  LEFT JOIN (SELECT store_id, item_id, COUNT(*) AS units FROM serial_unit WHERE store_id IS NOT NULL
                              GROUP BY store_id, item_id) AS u ON u.store_id = b.store_id AND u.item_id = b.item_id
                 CROSS JOIN LATERAL generate_series(COALESCE(u.units, 0) + 1, b.on_hand::bigint) AS g;
                INSERT INTO stock_document_line_serial (line_id, serial_pos, serial_no)
                SELECT l.id, p, 'FL' || l.id || '-' || p
                  FROM stock_document_line l JOIN item i ON i.id = l.item_id AND i.serial_tracked
                 CROSS JOIN LATERAL generate_series(1, abs(l.quantity)::int) AS p
                 WHERE l.id > ${base} * 3;
                ANALYZE stock_document_line, stock_document_line_serial, stock_document, stock_balance
                """);

        step(db, "transfer slips", """
                INSERT INTO transfer_slip (id, slip_number, kind, from_store_id, to_store_id, cross_bu, slip_date,
                                           packing_list_ref, status, outbound_document_id, inbound_document_id,
                                           created_by, created_at, reviewed_by, reviewed_at, version)
                SELECT ${base} * 8 + o.slip, 'TR-' || extract(year FROM o.posted_at) || '-'
                           || lpad(o.slip::text, greatest(6, length(o.slip::text)), '0'),
                       split_part(o.category, '_', 1), o.store_id, i.store_id, fb.parent_id <> tb.parent_id,
                       o.posted_at::date, 'PL-' || o.slip, 'REVIEWED', o.id, i.id, 'accountant',
                       o.posted_at - interval '1 hour', 'accountant', o.posted_at, 1
                  FROM fs_doc o JOIN fs_doc i ON i.slip = o.slip AND i.id = o.id + 1
                  JOIN store fs ON fs.id = o.store_id JOIN org_unit fu ON fu.id = fs.owner_id
                  JOIN store ts ON ts.id = i.store_id JOIN org_unit tu ON tu.id = ts.owner_id
                  JOIN org_unit fb ON fb.id = CASE WHEN fu.kind = 'BU' THEN fu.id ELSE fu.parent_id END
                  JOIN org_unit tb ON tb.id = CASE WHEN tu.kind = 'BU' THEN tu.id ELSE tu.parent_id END
                 WHERE o.slip IS NOT NULL AND o.category LIKE '%_OUT';
                INSERT INTO transfer_slip_line (id, slip_id, line_no, item_id, quantity, batch_no)
                SELECT ${base} * 8 + 100000000 + l.id - ${base} * 3, ${base} * 8 + d.slip, l.line_no, l.item_id, l.quantity,
                       l.batch_no
                  FROM fs_doc d JOIN stock_document_line l ON l.document_id = d.id
                 WHERE d.slip IS NOT NULL AND d.category LIKE '%_OUT';
                INSERT INTO transfer_slip_line_serial (line_id, serial_pos, serial_no)
                SELECT ${base} * 8 + 100000000 + s.line_id - ${base} * 3, s.serial_pos, s.serial_no
                  FROM fs_doc d JOIN stock_document_line l ON l.document_id = d.id
                  JOIN stock_document_line_serial s ON s.line_id = l.id
                 WHERE d.slip IS NOT NULL AND d.category LIKE '%_OUT'
                """);

        step(db, "history and audit of the documents", """
                INSERT INTO document_event (id, document_id, event_type, actor, occurred_at)
                SELECT ${base} * 6 + 3 * (id - ${base} * 2), id, 'CREATED', created_by, created_at
                  FROM stock_document WHERE id > ${base};
                INSERT INTO document_event (id, document_id, event_type, actor, occurred_at)
                SELECT ${base} * 6 + 3 * (id - ${base} * 2) + 1, id,
                       CASE status WHEN 'DELETED' THEN 'DELETED' ELSE 'REVIEWED' END,
                       COALESCE(reviewed_by, created_by), COALESCE(reviewed_at, created_at + interval '1 hour')
                  FROM stock_document WHERE id > ${base} AND status IN ('REVIEWED', 'DELETED');
                INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, subject_ref, org_unit_code)
                SELECT ${base} * 7 + (d.id - ${base} * 2), d.reviewed_at, d.reviewed_by, 'DOCUMENT_REVIEWED', 'DOCUMENT',
                       d.doc_number, u.code
                  FROM stock_document d JOIN store s ON s.id = d.store_id JOIN org_unit u ON u.id = s.owner_id
                 WHERE d.id > ${base} AND d.status = 'REVIEWED'
                """);

        step(db, "daily reports", """
                INSERT INTO daily_report (id, site_id, report_date, status, submitted_by, submitted_at, drafted_by,
                                          drafted_at, version)
                SELECT ${base} * 8 + 500000000 + ROW_NUMBER() OVER (ORDER BY u.id, d), u.id, d::date,
                       CASE WHEN d < current_date - 2 AND fs_pick((u.id * 100 + (current_date - d::date))::bigint, 31, 3) > 0
                            THEN 'DRAFTED' ELSE 'SUBMITTED' END,
                       'keeper', d::date + time '18:30',
                       CASE WHEN d < current_date - 2 AND fs_pick((u.id * 100 + (current_date - d::date))::bigint, 31, 3) > 0
                            THEN 'accountant' END,
                       CASE WHEN d < current_date - 2 AND fs_pick((u.id * 100 + (current_date - d::date))::bigint, 31, 3) > 0
                            THEN d + interval '1 day 09:00' END, 0
                  FROM org_unit u CROSS JOIN generate_series(current_date - 60, current_date - 1, interval '1 day') AS d
                 WHERE u.kind = 'SITE'
                   AND NOT EXISTS (SELECT 1 FROM daily_report r WHERE r.site_id = u.id AND r.report_date = d::date);
                INSERT INTO daily_report_line (id, report_id, line_no, store_id, category, item_code, item_id, item_name,
                                               quantity, remark)
                SELECT ${base} * 8 + 600000000 + ROW_NUMBER() OVER (ORDER BY r.id, n), r.id, n, s.id, 'SELF_USE', i.code,
                       i.id, i.name_zh, -1, '更换 Replaced'
                  FROM daily_report r
                  JOIN org_unit u ON u.id = r.site_id
                  JOIN fs_store s ON s.kind = 'GOOD' AND s.owner = u.code
                 CROSS JOIN LATERAL generate_series(1, fs_pick(r.id::bigint, 32, 3)::int) AS n
                  JOIN fs_item i ON i.idx = (s.idx * 97 + ((fs_pick(r.id::bigint, 33, ${perStore}) + n) % ${perStore}) * ${stride})
                                            % ${items}
                 WHERE r.id > ${base}
                """);

        step(db, "one closed stocktake campaign", """
                INSERT INTO stocktake_campaign (id, campaign_number, kind, scope_unit_id, period_label, deadline, blind,
                                                status, stores_total, stores_frozen, created_by, created_at, opened_at,
                                                closed_by, closed_at, version)
                SELECT ${base} * 9, 'ST-' || extract(year FROM c.day) || '-' || lpad(nextval('stocktake_number_seq')::text, 4, '0'),
                       'QUARTERLY', (SELECT id FROM org_unit WHERE kind = 'PLANNING_OFFICE' ORDER BY id LIMIT 1),
                       extract(year FROM c.day) || '-Q' || extract(quarter FROM c.day), c.day + 30, FALSE, 'CLOSED',
                       (SELECT COUNT(*) FROM fs_store), (SELECT COUNT(*) FROM fs_store), 'planner', c.day + time '07:00',
                       c.day + time '07:05', 'planner', c.day + 30 + time '17:00', 3
                  FROM (SELECT (date_trunc('quarter', current_date) - interval '3 months')::date AS day) AS c;
                INSERT INTO count_sheet (id, campaign_id, store_id, status, frozen_at, last_counted_at, counted_by,
                                         witnessed_by, submitted_by, submitted_at, decided_by, decided_at, version)
                SELECT ${base} * 9 + 1 + s.idx, c.id, s.id, 'APPROVED', c.opened_at, c.opened_at + interval '2 days',
                       '张保管', '王见证', 'keeper', c.opened_at + interval '3 days', 'accountant',
                       c.opened_at + interval '5 days', 4
                  FROM fs_store s CROSS JOIN stocktake_campaign c WHERE c.id = ${base} * 9;
                INSERT INTO count_line (sheet_id, item_id, book_qty, counted_qty, expected_qty, counted_at, counted_by)
                SELECT h.id, m.item_id, SUM(m.qty), SUM(m.qty), SUM(m.qty), h.last_counted_at, 'keeper'
                  FROM count_sheet h JOIN fs_move m ON m.store_id = h.store_id AND m.posted_at < h.frozen_at
                 WHERE h.campaign_id = ${base} * 9
                 GROUP BY h.id, m.item_id, h.last_counted_at;
                UPDATE count_sheet h SET total_lines = t.lines, total_counted = t.counted,
                       total_gain_lines = t.gains, total_loss_lines = t.losses, total_gain_value = t.gain_value,
                       total_loss_value = t.loss_value, total_book_value = t.book_value
                  FROM (SELECT l.sheet_id, COUNT(*) AS lines, COUNT(l.counted_qty) AS counted,
                               COUNT(*) FILTER (WHERE l.counted_qty > l.expected_qty) AS gains,
                               COUNT(*) FILTER (WHERE l.counted_qty < l.expected_qty) AS losses,
                               COALESCE(SUM((l.counted_qty - l.expected_qty) * COALESCE(i.unit_price, 0))
                                        FILTER (WHERE l.counted_qty > l.expected_qty), 0) AS gain_value,
                               COALESCE(SUM((l.expected_qty - l.counted_qty) * COALESCE(i.unit_price, 0))
                                        FILTER (WHERE l.counted_qty < l.expected_qty), 0) AS loss_value,
                               SUM(l.book_qty * COALESCE(i.unit_price, 0)) AS book_value
                          FROM count_line l JOIN item i ON i.id = l.item_id JOIN count_sheet c ON c.id = l.sheet_id
                         WHERE c.campaign_id = ${base} * 9 GROUP BY l.sheet_id) t
                 WHERE h.id = t.sheet_id
                """);

        long started = System.nanoTime();
        for (String statement : recreate) {
            exec(db, statement);
        }
        report.line("  %-62s %8d ms", "indexes, unique and foreign keys made again (" + recreate.size() + ")",
                millisSince(started));
        step(db, "sequences continue above the generated rows, work tables dropped", """
                SELECT setval('fs_id_seq', ${nextId});
                SELECT setval('document_number_seq', ${numberBase} + ${documents} + (SELECT COUNT(*) FROM fs_opening) + 1);
                SELECT setval('transfer_number_seq', ${slips} + 1);
                DROP FUNCTION fs_pick(bigint, bigint, bigint)
                """.replace("${nextId}", Long.toString(NEXT_ID)));
        started = System.nanoTime();
        exec(db, "VACUUM ANALYZE");
        report.line("  %-62s %8d ms", "VACUUM ANALYZE", millisSince(started));
    }

    /**
     * The stock check's rule (JpaStockLedger.discrepancies), in SQL: every balance equals the sum of its
     * ledger rows, the sum of its batches (shelf-life items) and the count of its serial units in the
     * store (serial-tracked items), a missing figure counting as zero; then the row counts asked for.
     */
    private void verify(Connection db) throws SQLException {
        long started = System.nanoTime();
        long ledger = count(db, """
                SELECT COUNT(*) FROM stock_balance b
                  FULL JOIN (SELECT store_id, item_id, SUM(quantity) AS total FROM stock_ledger_entry
                              GROUP BY store_id, item_id) AS e ON e.store_id = b.store_id AND e.item_id = b.item_id
                 WHERE COALESCE(b.on_hand, 0) <> COALESCE(e.total, 0)
                """);
        long batches = count(db, """
                SELECT COUNT(*) FROM (SELECT b.store_id, b.item_id, b.on_hand FROM stock_balance b
                                        JOIN item i ON i.id = b.item_id WHERE i.shelf_life_months IS NOT NULL) AS b
                  FULL JOIN (SELECT store_id, item_id, SUM(on_hand) AS total FROM stock_batch GROUP BY store_id, item_id) AS t
                         ON t.store_id = b.store_id AND t.item_id = b.item_id
                 WHERE COALESCE(b.on_hand, 0) <> COALESCE(t.total, 0)
                """);
        long serials = count(db, """
                SELECT COUNT(*) FROM (SELECT b.store_id, b.item_id, b.on_hand FROM stock_balance b
                                        JOIN item i ON i.id = b.item_id WHERE i.serial_tracked) AS b
                  FULL JOIN (SELECT store_id, item_id, COUNT(*) AS total FROM serial_unit WHERE store_id IS NOT NULL
                              GROUP BY store_id, item_id) AS u ON u.store_id = b.store_id AND u.item_id = b.item_id
                 WHERE COALESCE(b.on_hand, 0) <> COALESCE(u.total, 0)
                """);
        long below = count(db, "SELECT COUNT(*) FROM stock_ledger_entry WHERE balance_after < 0");
        report.line("  %-62s %8d ms", "stock check (ledger, batches, serials) in SQL", millisSince(started));
        report.line("Stock check: %d ledger, %d batch and %d serial discrepancies; %d ledger rows below zero",
                ledger, batches, serials, below);

        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("org_unit", "store", "item", "turbine", "supplier", "stock_document",
                "stock_document_line", "stock_document_line_serial", "stock_ledger_entry", "stock_balance",
                "stock_batch", "serial_unit", "document_event", "audit_event", "transfer_slip", "transfer_slip_line",
                "daily_report", "daily_report_line", "stocktake_campaign", "count_sheet", "count_line")) {
            rows.put(table, count(db, "SELECT COUNT(*) FROM " + table));
        }
        rows.forEach((table, n) -> report.line("  %-28s %,12d", table, n));
        long siteCount = count(db, "SELECT COUNT(*) FROM org_unit WHERE kind = 'SITE'");
        long buCount = count(db, "SELECT COUNT(*) FROM org_unit WHERE kind = 'BU'");
        report.line("Sites %d under %d BUs; documents by category and status:", siteCount, buCount);
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT category, status, COUNT(*) FROM stock_document GROUP BY category, status ORDER BY 1, 2")) {
            while (rs.next()) {
                report.line("  %-22s %-9s %,10d", rs.getString(1), rs.getString(2), rs.getLong(3));
            }
        }
        long categories = count(db, "SELECT COUNT(DISTINCT category) FROM stock_document WHERE status = 'REVIEWED'");

        assertEquals(0, ledger, "balances against ledger sums");
        assertEquals(0, batches, "balances against batches");
        assertEquals(0, serials, "balances against serial units");
        assertEquals(0, below, "ledger rows with a balance below zero");
        assertTrue(siteCount >= sites, "sites: " + siteCount);
        assertTrue(buCount >= bus, "BUs: " + buCount);
        assertTrue(rows.get("store") >= 2L * sites, "stores: " + rows.get("store"));
        assertTrue(rows.get("item") >= items, "items: " + rows.get("item"));
        assertTrue(rows.get("stock_document") >= documents, "documents: " + rows.get("stock_document"));
        assertTrue(rows.get("stock_ledger_entry") >= ledgerRows, "ledger rows: " + rows.get("stock_ledger_entry"));
        assertEquals(14, categories, "reviewed documents of every category");
        assertEquals(1, count(db, "SELECT COUNT(*) FROM stocktake_campaign WHERE status = 'CLOSED'"));
    }

    /** Starts the server on the data and times a few reads of the demo users (first call, then a second one). */
    private void readAsTheDemoUsers() throws IOException, InterruptedException {
        long started = System.nanoTime();
        try (ExtraServer server = ExtraServer.start("field-data-set-check", environment())) {
            report.line("");
            report.line("Server up on the data set after %d ms; REST reads (first, second call):",
                    millisSince(started));
            String[][] reads = {
                {"planner", "api/documents?max=5"},
                {"planner", "api/stock-check"},
                {"planner", "api/stocktakes"},
                {"planner", "api/transfers?max=20"},
                {"planner", "api/audit?max=20"},
                {"accountant", "api/transfers/in-transit"},
                {"accountant", "api/documents?max=5"},
                {"accountant", "api/daily-reports"},
                {"keeper", "api/documents?max=5"},
                {"keeper", "api/stores/ZBET-G/on-hand"},
                {"keeper", "api/stores/ZBET-G/ledger"},
            };
            for (String[] read : reads) {
                ApiClient client = ApiClient.as(server.base(), read[0], "demo");
                long[] millis = new long[2];
                int status = 0;
                int size = 0;
                for (int i = 0; i < 2; i++) {
                    long t0 = System.nanoTime();
                    ApiClient.Answer answer = client.get(read[1]);
                    millis[i] = millisSince(t0);
                    status = answer.status();
                    size = answer.raw() == null ? 0 : answer.raw().length();
                }
                report.line("  %-11s GET /%-40s %3d %,10d chars %8d ms %8d ms", read[0], read[1], status, size,
                        millis[0], millis[1]);
            }
        }
    }

    /**
     * Drops every foreign key of the schema and the secondary indexes and unique constraints of the
     * tables filled in bulk (row-by-row checks and index updates are most of an insert's cost), and
     * returns the statements that make them again, indexes first.
     */
    private List<String> dropIndexesAndForeignKeys(Connection db) throws SQLException {
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        String tables = "'" + String.join("', '", BULK_TABLES) + "'";
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
                    + " FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.contype = 'f'")) {
                while (rs.next()) {
                    foreignKeys.add("ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " "
                            + rs.getString(3));
                    drops.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
                    + " FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.contype = 'u'"
                    + " AND c.conrelid::regclass::text IN (" + tables + ")")) {
                while (rs.next()) {
                    uniques.add("ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " "
                            + rs.getString(3));
                    drops.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.schemaname = 'public' AND i.tablename IN (" + tables + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname"
                    + " AND c.connamespace = 'public'::regnamespace)")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                    drops.add("DROP INDEX " + rs.getString(1));
                }
            }
        }
        for (String drop : drops) {
            exec(db, drop);
        }
        List<String> recreate = new ArrayList<>(indexes);
        recreate.addAll(uniques);
        recreate.addAll(foreignKeys);
        return recreate;
    }

    /** Runs the statements of one step (separated by ";" at a line's end) and prints how long they took. */
    private void step(Connection db, String name, String sql) throws SQLException {
        long started = System.nanoTime();
        for (String statement : sql.split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                exec(db, substitute(statement));
            }
        }
        report.line("  %-62s %8d ms", name, millisSince(started));
    }

    private String substitute(String sql) {
        String result = sql;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (result.contains("${")) {
            throw new IllegalStateException("unknown parameter in: " + result);
        }
        return result;
    }

    private void set(String name, Object value) {
        values.put(name, value.toString());
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n in: " + sql, e.getSQLState(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }
}
