package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Start to ready on the embedded database, as a newcomer meets it: the WAR on Payara Micro with an
 * H2 file database under {@code target/}, first on an empty directory (migrations and demo data),
 * then a restart on the database that start left. Each is measured from launching the JVM until
 * {@code /health/ready} answers 200, plus the first render of the login page.
 *
 * <p>Not a test: only {@code mvn -Pbenchmark verify -pl web -Dit.test=StartupBenchmark} runs it
 * (BENCHMARKS.md); {@code benchmark.runs} pairs of starts; the figures are printed and written to
 * {@code target/benchmark/startup.txt}. It fails only when a start does not come up as it should.
 */
class StartupBenchmark {

    private final int runs = Integer.getInteger("benchmark.runs", 3);

    @Test
    void firstStartAndRestartOnTheEmbeddedDatabase() throws Exception {
        List<Duration[]> first = new ArrayList<>();
        List<Duration[]> again = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Path.of("target", "benchmark", "startup-db");
            delete(data);
            Map<String, String> embedded = Map.of(
                    "FIELDSTOCK_DB_URL", "jdbc:h2:file:" + data.toAbsolutePath() + "/fieldstock",
                    "FIELDSTOCK_DB_USER", "fieldstock", "FIELDSTOCK_DB_PASSWORD", "fieldstock",
                    "FIELDSTOCK_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
                    "FIELDSTOCK_DEMO_DATA", "true");
            first.add(start("startup-first-" + run, embedded, "loaded"));
            again.add(start("startup-restart-" + run, embedded, "database-not-empty"));
        }
        StringBuilder report = new StringBuilder("Start to ready on the embedded H2 database, ").append(runs)
                .append(" runs (").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(")\n");
        line(report, "first start (demo data)", first);
        line(report, "restart", again);
        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "startup.txt"), report);
    }

    private static Duration[] start(String name, Map<String, String> environment, String demoData) throws Exception {
        try (ExtraServer server = ExtraServer.start(name, environment)) {
            ApiClient.Answer ready = ApiClient.as(server.base(), null, null).get("health/ready");
            assertEquals(200, ready.status(), ready.raw());
            assertTrue(ready.raw().contains("\"outcome\":\"" + demoData + "\""), ready.raw());
            return new Duration[] {server.untilReady(), server.firstPage()};
        }
    }

    private static void line(StringBuilder report, String what, List<Duration[]> runs) {
        report.append(String.format("  %-24s ready: median %5.1f s (runs %s)   first page: median %4.1f s%n", what,
                median(runs, 0), runs.stream().map(r -> String.format("%.1f", r[0].toMillis() / 1000.0)).toList(),
                median(runs, 1)));
    }

    private static double median(List<Duration[]> runs, int index) {
        List<Long> sorted = runs.stream().map(r -> r[index].toMillis()).sorted().toList();
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1000.0;
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
