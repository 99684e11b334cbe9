package org.fieldstock.it;

import static org.fieldstock.it.BenchmarkSupport.databaseName;
import static org.fieldstock.it.BenchmarkSupport.emptySchema;
import static org.fieldstock.it.BenchmarkSupport.loadAverage;
import static org.fieldstock.it.BenchmarkSupport.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's "done when", measured rather than asserted: a newcomer loads a 500-site organisation and
 * its opening stock from the template. The workbook holds 25 BUs of 20 sites each, 10,000 items (a
 * tenth batch-tracked, a tenth serial-tracked), 1,000 turbines and 100,000 opening lines (200 per
 * site's good store); it is checked (dry run), imported, and imported again (nothing changes), each
 * run followed as the screen's progress bar follows it, every 500 ms.
 *
 * <p>Not a test (BENCHMARKS.md): only {@code mvn -Pbenchmark verify -pl web -Dit.test=GoLiveImportBenchmark}
 * runs it. PostgreSQL by default (it wipes the schema {@code public} of its database, whose name must
 * contain "bench"), or an H2 database of its own ({@code -Dbenchmark.db.url=jdbc:h2:mem:...}). It fails
 * when the import comes out wrong (counts, the stock check), never because of a time; the times go to
 * {@code target/benchmark/go-live-import.txt}.
 */
class GoLiveImportBenchmark {

    private static final int BUS = 25;
    private static final int SITES_PER_BU = 20;
    private static final int ITEMS = 10_000;
    private static final int LINES_PER_SITE = 200;
    private static final int TURBINES_PER_SITE = 2;

    private final String dbUrl = System.getProperty("benchmark.db.url",
            "jdbc:postgresql://localhost:5432/fieldstock_bench");
    private final String dbUser = System.getProperty("benchmark.db.user", "fieldstock_bench");
    private final String dbPassword = System.getProperty("benchmark.db.password", "fieldstock_bench");

    private final BenchmarkReport report = new BenchmarkReport();

    @Test
    void loadingA500SiteOrganisationAndItsOpeningStock() throws Exception {
        boolean postgres = dbUrl.startsWith("jdbc:postgresql:");
        if (postgres) {
            assertTrue(databaseName(dbUrl).contains("bench"),
                    "the benchmark wipes its database: its name must contain 'bench' (" + dbUrl + ")");
            try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
                emptySchema(db);
            }
        }
        long started = System.nanoTime();
        byte[] workbook = workbook();
        int rows = BUS * (1 + SITES_PER_BU) + ITEMS + BUS * SITES_PER_BU * (TURBINES_PER_SITE + LINES_PER_SITE);
        report.line("Workbook: %d rows, %.1f MB, written in %d ms", rows, workbook.length / 1024.0 / 1024.0,
                millisSince(started));
        started = System.nanoTime();
        try (ExtraServer server = ExtraServer.start("benchmark-server", Map.of(
                "FIELDSTOCK_DB_URL", dbUrl,
                "FIELDSTOCK_DB_USER", dbUser,
                "FIELDSTOCK_DB_PASSWORD", dbPassword,
                "FIELDSTOCK_DB_DATASOURCE", postgres ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource",
                "FIELDSTOCK_DEMO_DATA", "true"), java.util.List.of())) {
            report.line("Server up with demo data after %d ms (%s, %s); load average %s", millisSince(started),
                    server.base(), postgres ? "PostgreSQL" : "H2", loadAverage());
            ApiClient planner = ApiClient.as(server.base(), "planner", "demo");

            JsonObject dry = timed(planner, "Dry run", "api/imports?dryRun=true&fileName=go-live-500.xlsx", workbook);
            assertEquals("CHECKED", dry.getString("status"), dry.toString());
            assertEquals(0, dry.getInt("problemCount"), dry.toString());
            assertEquals(rows, dry.getInt("created"));

            JsonObject done = timed(planner, "Import", "api/imports/" + dry.getJsonNumber("id") + "/import", null);
            assertEquals("DONE", done.getString("status"), done.toString());
            assertEquals(rows, done.getInt("created"));
            assertEquals(0, planner.getPage("api/stock-check").rows().size(), "the books agree after the import");

            JsonObject again = timed(planner, "The same file again", "api/imports?fileName=go-live-500.xlsx",
                    workbook);
            assertEquals("DONE", again.getString("status"), again.toString());
            assertEquals(rows, again.getInt("unchanged"), again.toString());
        } finally {
            report.write("go-live-import.txt");
        }
    }

    /** Starts a run and follows it to its end as the page does; reports the time and the progress it showed. */
    private JsonObject timed(ApiClient planner, String label, String path, byte[] body) throws InterruptedException {
        long t0 = System.nanoTime();
        ApiClient.Answer started = body == null ? planner.post(path, null)
                : planner.postBytes(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
        assertEquals(202, started.status(), started.raw());
        long accepted = millisSince(t0);
        StringBuilder progress = new StringBuilder();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
        int lastPercent = -1;
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = planner.get("api/imports/" + started.object().getJsonNumber("id")).object();
            if (run.getInt("percent") != lastPercent) {
                lastPercent = run.getInt("percent");
                progress.append(String.format(" %ds:%d%%", millisSince(t0) / 1000, lastPercent));
            }
            if (run.getBoolean("finished")) {
                report.line("%s: answered 202 after %d ms (reading the file), ended %s after %d ms; progress%s",
                        label, accepted, run.getString("status"), millisSince(t0), progress);
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(label + " did not end within an hour");
    }

    /** The template's sheets by their file names, filled with the organisation; headers are the keys. */
    private static byte[] workbook() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = sheet(workbook, "org-units", "kind", "code", "name_zh", "name_en", "parent_code");
            Sheet turbines = sheet(workbook, "turbines", "site_code", "turbine_no", "model");
            Sheet items = sheet(workbook, "items", "code", "name_zh", "name_en", "unit_zh", "unit_en", "category",
                    "repair_class", "shelf_life_months", "serial_tracked", "unit_price_cny");
            Sheet opening = sheet(workbook, "opening-balances", "store_code", "item_code", "quantity", "batch_no",
                    "expiry_date", "serials");
            int unitRow = 1;
            int turbineRow = 1;
            for (int b = 0; b < BUS; b++) {
                String bu = "BB" + b;
                row(units, unitRow++, "BU", bu, "基准事业部" + b, "Benchmark BU " + b, "PO");
                for (int s = 0; s < SITES_PER_BU; s++) {
                    String site = bu + "S" + s;
                    row(units, unitRow++, "SITE", site, "基准风场" + b + "-" + s, "Benchmark site " + b + "-" + s, bu);
                    for (int t = 1; t <= TURBINES_PER_SITE; t++) {
                        row(turbines, turbineRow++, site, "T" + t, "SL1500");
                    }
                }
            }
            for (int i = 0; i < ITEMS; i++) {
                row(items, i + 1, code(i), "基准物料" + i, "Benchmark item " + i, i % 10 == 1 ? "千克" : "个",
                        i % 10 == 1 ? "kg" : "pc", "SPARE", "II", i % 10 == 1 ? "24" : "", i % 10 == 2 ? "Y" : "N",
                        "12.50");
            }
            int line = 1;
            int site = 0;
            for (int b = 0; b < BUS; b++) {
                for (int s = 0; s < SITES_PER_BU; s++, site++) {
                    String store = "BB" + b + "S" + s + "-G";
                    for (int l = 0; l < LINES_PER_SITE; l++) {
                        int i = (site * 37 + l * 50) % ITEMS;
                        String serials = i % 10 == 2 ? "SN-" + store + "-" + i : "";
                        row(opening, line++, store, code(i), i % 10 == 2 ? "1" : "5", i % 10 == 1 ? "B-2026" : "",
                                i % 10 == 1 ? "2028-12-31" : "", serials);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static String code(int i) {
        return String.format("SP-BM-%05d", i);
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, String... keys) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, 0, keys);
        return sheet;
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
