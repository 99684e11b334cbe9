package org.fieldstock.it;

import static org.fieldstock.it.BenchmarkSupport.loadAverage;
import static org.fieldstock.it.BenchmarkSupport.millisSince;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 5: how long the screens and the REST lists take on the database the benchmark is
 * pointed at (the field-size data set), as each demo user, and whether the heap stays flat under a
 * long mixed load. Measured, never asserted: it fails only when an answer is wrong (a page that is
 * not 200, a login that does not lead to the first page, a review that is not answered 200).
 * <ol>
 * <li>The first user's pages and lists once, unmeasured: the server just started compiles its code as
 * it goes.</li>
 * <li>Each demo user logs in through the login form: the time from posting the form to the first
 * page rendered (the redirect followed), against the password check alone (a Basic-authenticated
 * REST call less a token-authenticated one, both p50).</li>
 * <li>Every page the user's menu links to, opened without parameters as from the menu: one warm-up,
 * then {@code benchmark.pages.repeats} times; p50, p95 and the largest, measured at the client on
 * the loopback (the server's time and the transfer of the page).</li>
 * <li>The REST lists, with an API token of the user, the same way; a list the user may not read
 * (403) is left out.</li>
 * <li>With {@code benchmark.soak.minutes} above 0, a mixed load for that long (pages, lists, and
 * purchases entered and reviewed at the demo site) from 4 callers on a server with the JVM's own
 * settings (as {@code mvn -Prun}), the live heap sampled each minute through {@code jcmd
 * GC.class_histogram} (a full collection, then the objects still reachable, counted while the
 * server stands still): its trend in MB per hour over all but the first tenth of the run, and the
 * classes that grew most between the first sample after that tenth and the last.</li>
 * </ol>
 * The figures go to {@code target/benchmark/pages.txt}.
 */
class PageBenchmark {

    private static final Pattern MENU_LINK = Pattern.compile("href=\"(/[a-z]+/[a-z]+\\.xhtml)\"");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)",
            Pattern.MULTILINE);
    private static final double PAGE_TARGET_MS = 300;
    private static final double LIST_TARGET_MS = 100;

    private final String dbUrl = System.getProperty("benchmark.db.url",
            "jdbc:postgresql://localhost:5432/fieldstock_bench");
    private final String dbUser = System.getProperty("benchmark.db.user", "fieldstock_bench");
    private final String dbPassword = System.getProperty("benchmark.db.password", "fieldstock_bench");
    private final List<String> users = Arrays.stream(System.getProperty("benchmark.pages.users",
            "planner,accountant,keeper,manager,viewer,admin").split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
    private final int repeats = Integer.getInteger("benchmark.pages.repeats", 10);
    private final int soakMinutes = Integer.getInteger("benchmark.soak.minutes", 0);
    /** The demo site and store the lists and the load use; the field-size data set keeps the demo's. */
    private final String site = System.getProperty("benchmark.pages.site", "ZBET");

    private final BenchmarkReport report = new BenchmarkReport();

    /** The times of one page or list, in nanoseconds. */
    private record Timing(List<Long> nanos, int bytes) {

        double p(double quantile) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    @Test
    void pagesListsAndLoginOnTheData() throws Exception {
        assertTrue(dbUrl.startsWith("jdbc:postgresql:"), "the benchmark is PostgreSQL only: " + dbUrl);
        long started = System.nanoTime();
        try (ExtraServer server = ExtraServer.start("benchmark-pages-server", environment())) {
            report.line("Page benchmark, %s, database %s", LocalDateTime.now().withNano(0), dbUrl);
            report.line("Server up after %d ms; load average %s; %s", millisSince(started), loadAverage(), dataSize());
            String item = itemOnHandAt(site + "-G");
            List<String> lists = restLists(item);
            // a server just started compiles as it goes: the first user's pages once, unmeasured
            report.quiet(true);
            measureUser(server.base(), users.get(0), lists);
            report.quiet(false);
            for (String user : users) {
                measureUser(server.base(), user, lists);
            }
            report.line("");
            report.line("Load average at the end %s", loadAverage());
        } finally {
            report.write("pages.txt");
        }
        if (soakMinutes > 0) {
            soak();
        }
    }

    private Map<String, String> environment() {
        return Map.of("FIELDSTOCK_DB_URL", dbUrl, "FIELDSTOCK_DB_USER", dbUser, "FIELDSTOCK_DB_PASSWORD", dbPassword,
                "FIELDSTOCK_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource", "FIELDSTOCK_DEMO_DATA", "true");
    }

    /** The REST lists every user is asked for; those a user may not read answer 403 and are left out. */
    private List<String> restLists(String item) {
        String today = LocalDate.now().toString();
        String store = site + "-G";
        return List.of("api/documents", "api/documents?store=" + store, "api/documents?status=SAVED",
                "api/transfers", "api/transfers/in-transit", "api/transfers/work", "api/stores/" + store + "/on-hand",
                "api/stores/" + store + "/ledger?item=" + item, "api/daily-ledger?site=" + site + "&date=" + today,
                "api/daily-reports", "api/daily-reports/missing", "api/reconciliations/" + site, "api/stocktakes",
                "api/month-closes", "api/org-units", "api/stores", "api/items", "api/item-requests", "api/suppliers",
                "api/sites/" + site + "/turbines", "api/audit");
    }

    private void measureUser(URL base, String user, List<String> lists) throws Exception {
        report.line("");
        FormBrowser browser = new FormBrowser(base);
        String loginPage = browser.get("login.xhtml").body();
        long asked = System.nanoTime();
        HttpResponse<String> login = browser.post("login.xhtml",
                FormBrowser.loginForm(user, "demo", FormBrowser.viewState(loginPage).orElseThrow()));
        long posted = System.nanoTime();
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303,
                user + ": the login redirects to the first page, answered " + login.statusCode());
        String firstPath = login.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> first = browser.get(firstPath);
        long shown = System.nanoTime();
        assertEquals(200, first.statusCode(), user + ": the first page " + firstPath);

        ApiClient password = ApiClient.as(base, user, "demo");
        String token = password.post("api/tokens", "{\"label\":\"page benchmark\"}").object().getString("token");
        ApiClient tokenCaller = ApiClient.withToken(base, token);
        Timing basic = time(() -> password.get("api/org-units/" + site).raw().length(), 5);
        Timing bearer = time(() -> tokenCaller.get("api/org-units/" + site).raw().length(), 5);
        double hash = basic.p(0.5) - bearer.p(0.5);
        double loginToFirst = (shown - asked) / 1e6;
        report.line("%s: login to first page (%s) %.0f ms (the form post %.0f ms); the password check alone about"
                + " %.0f ms; beyond it %.0f ms", user, firstPath, loginToFirst, (posted - asked) / 1e6, hash,
                loginToFirst - hash);

        Set<String> menu = new LinkedHashSet<>();
        Matcher links = MENU_LINK.matcher(first.body());
        while (links.find()) {
            menu.add(links.group(1));
        }
        assertFalse(menu.isEmpty(), user + ": the first page has a menu");
        report.line("%-10s %-46s %9s %8s %8s %8s %s", user, "page (from the menu)", "bytes", "p50 ms", "p95 ms",
                "max ms", "");
        for (String page : menu) {
            Timing timing = time(() -> {
                HttpResponse<String> answer = browser.get(page);
                assertEquals(200, answer.statusCode(), user + " " + page);
                assertFalse(answer.body().contains("id=\"errorText\""), user + " " + page + " is the error page");
                return answer.body().length();
            }, report.quiet() ? 0 : repeats);
            row(user, page, timing, PAGE_TARGET_MS);
        }
        report.line("%-10s %-46s %9s %8s %8s %8s", user, "REST list (API token)", "bytes", "p50 ms", "p95 ms",
                "max ms");
        for (String list : lists) {
            int status = tokenCaller.get(list).status();
            if (status == 403) {
                continue;
            }
            assertEquals(200, status, user + " " + list);
            row(user, list, time(() -> tokenCaller.get(list).raw().length(), report.quiet() ? 0 : repeats), LIST_TARGET_MS);
        }
    }

    private void row(String user, String what, Timing timing, double target) {
        if (timing.nanos.isEmpty()) {
            return;
        }
        report.line("%-10s %-46s %9d %8.1f %8.1f %8.1f %s", user, what, timing.bytes, timing.p(0.5), timing.p(0.95),
                timing.p(1.0), timing.p(0.95) > target ? String.format(Locale.ROOT, "over %.0f ms", target) : "");
    }

    @FunctionalInterface
    private interface Read {
        int bytes() throws Exception;
    }

    /** One warm-up, then the reads timed one after the other. */
    private static Timing time(Read read, int times) throws Exception {
        int bytes = read.bytes();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            bytes = read.bytes();
            nanos.add(System.nanoTime() - start);
        }
        return new Timing(nanos, bytes);
    }

    /**
     * The heap over a long mixed load on a server started as {@code mvn -Prun} starts it: 4 callers
     * (the planner, the accountant and the keeper reading pages and lists, the planner entering and
     * reviewing purchases at the demo site), the live heap after a full collection each minute.
     */
    private void soak() throws Exception {
        report.clear();
        report.line("Heap over %d minutes of mixed load, %s, database %s", soakMinutes, LocalDateTime.now().withNano(0),
                dbUrl);
        try (ExtraServer server = ExtraServer.start("benchmark-soak-server", environment(), List.of())) {
            URL base = server.base();
            String store = site + "-G";
            String item = itemOnHandAt(store);
            List<String> lists = restLists(item);
            List<String> pages = List.of("/documents/list.xhtml", "/transfers/list.xhtml", "/stock/onhand.xhtml",
                    "/stock/daily.xhtml", "/stock/ledger.xhtml", "/dailyreport/overview.xhtml");
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(soakMinutes);
            AtomicLong requests = new AtomicLong();
            AtomicLong reviews = new AtomicLong();
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (String user : List.of("planner", "accountant", "keeper")) {
                running.add(callers.submit(() -> {
                    FormBrowser browser = new FormBrowser(base);
                    browser.logIn(user, "demo");
                    ApiClient api = ApiClient.as(base, user, "demo");
                    ApiClient tokenCaller = ApiClient.withToken(base,
                            api.post("api/tokens", "{\"label\":\"soak\"}").object().getString("token"));
                    Random random = new Random(user.hashCode());
                    while (System.nanoTime() < end) {
                        browser.get(pages.get(random.nextInt(pages.size())));
                        tokenCaller.get(lists.get(random.nextInt(lists.size())));
                        requests.addAndGet(2);
                    }
                    return null;
                }));
            }
            running.add(callers.submit(() -> {
                ApiClient planner = ApiClient.withToken(base, ApiClient.as(base, "planner", "demo")
                        .post("api/tokens", "{\"label\":\"soak reviews\"}").object().getString("token"));
                while (System.nanoTime() < end) {
                    ApiClient.Answer saved = planner.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\""
                            + store + "\",\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now()
                            + "\",\"remark\":\"soak\",\"lines\":[{\"item\":\"" + item + "\",\"quantity\":1}]}");
                    assertEquals(201, saved.status(), saved.raw());
                    long id = saved.object().getJsonNumber("id").longValue();
                    ApiClient.Answer reviewed = planner.post("api/documents/" + id + "/review", "{}");
                    assertEquals(200, reviewed.status(), reviewed.raw());
                    reviews.incrementAndGet();
                    Thread.sleep(200);
                }
                return null;
            }));
            List<double[]> heap = new ArrayList<>();
            List<Map<String, long[]>> histograms = new ArrayList<>();
            long soakStart = System.nanoTime();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                double minutes = (System.nanoTime() - soakStart) / 60e9;
                Map<String, long[]> histogram = liveObjects(server.pid());
                double mb = histogram.values().stream().mapToLong(c -> c[1]).sum() / 1048576.0;
                heap.add(new double[] {minutes, mb});
                histograms.add(histogram);
                report.line("%6.1f min  live heap %7.1f MB  requests %d  reviews %d  load %s", minutes, mb,
                        requests.get(), reviews.get(), loadAverage());
            }
            for (Future<?> caller : running) {
                caller.get();
            }
            callers.shutdown();
            int firstSettled = heap.size() / 10;
            List<double[]> settled = heap.subList(firstSettled, heap.size());
            report.line("Trend of the live heap after the first tenth: %+.1f MB per hour (first %.1f MB, last %.1f MB,"
                    + " %d samples); %d requests, %d purchases reviewed", slopePerHour(settled),
                    settled.get(0)[1], settled.get(settled.size() - 1)[1], settled.size(), requests.get(),
                    reviews.get());
            grewMost(histograms.get(firstSettled), histograms.get(histograms.size() - 1));
        } finally {
            report.write("soak.txt");
        }
    }

    /** What the server keeps alive, by class: instances and bytes of the objects reachable after a full collection. */
    private static Map<String, long[]> liveObjects(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Matcher row = HISTOGRAM_ROW.matcher(run(jcmd, Long.toString(pid), "GC.class_histogram"));
        Map<String, long[]> classes = new HashMap<>();
        while (row.find()) {
            classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        assertFalse(classes.isEmpty(), "jcmd GC.class_histogram lists the live objects");
        return classes;
    }

    /** The ten classes whose live bytes grew most from one histogram to another. */
    private void grewMost(Map<String, long[]> from, Map<String, long[]> to) {
        report.line("Grew most between the first settled sample and the last (bytes, instances):");
        to.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[1] - from.getOrDefault(e.getKey(),
                        new long[2])[1], e.getValue()[0] - from.getOrDefault(e.getKey(), new long[2])[0]}))
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(10)
                .forEach(e -> report.line("  %+,12d B %+,9d  %s", e.getValue()[0], e.getValue()[1], e.getKey()));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(1, TimeUnit.MINUTES);
        return output;
    }

    /** The least-squares slope of (minutes, MB), per hour. */
    private static double slopePerHour(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxy += p[0] * p[1];
            sxx += p[0] * p[0];
        }
        double denominator = n * sxx - sx * sx;
        return denominator == 0 ? 0 : 60 * (n * sxy - sx * sy) / denominator;
    }

    private String itemOnHandAt(String store) throws SQLException {
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT i.code FROM stock_balance b JOIN store s ON s.id = b.store_id"
                        + " JOIN item i ON i.id = b.item_id WHERE s.code = '" + store.replace("'", "")
                        + "' AND b.on_hand > 0 AND i.serial_tracked = FALSE AND i.shelf_life_months IS NULL"
                        + " ORDER BY i.code")) {
            assertTrue(rs.next(), "an item on hand at " + store);
            return rs.getString(1);
        }
    }

    private String dataSize() throws SQLException {
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM stock_document),"
                        + " (SELECT COUNT(*) FROM stock_ledger_entry), (SELECT COUNT(*) FROM store),"
                        + " (SELECT COUNT(*) FROM item)")) {
            rs.next();
            return String.format(Locale.ROOT, "%,d documents, %,d ledger rows, %,d stores, %,d items", rs.getLong(1),
                    rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }
}
