package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two application servers on one database: besides the Payara Micro that Arquillian runs, the test
 * starts a second one with the same WAR and the same database settings, and users on both review
 * and unreview conflicting documents at once. Stock stays exact because every lock is a database
 * row lock and no server caches stock. Needs a database two processes can share, so it runs
 * against PostgreSQL (CI) and is skipped on the default in-memory H2.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:h2:mem:.*",
        disabledReason = "two servers need a database both can reach; the in-memory H2 lives in one server")
class TwoServersIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fieldstockWar();
    }

    @Test
    void usersOnTwoServersReviewingConflictingDocumentsLeaveExactStock() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", "second-server.log");
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", new File("target/payara-micro.jar").getAbsolutePath(),
                "--deploy", new File(System.getProperty("fieldstock.war", "target/fieldstock.war")).getAbsolutePath(),
                "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URL secondBase = new URL(base.getProtocol(), "localhost", port, base.getPath());
            awaitStarted(second, secondBase, log);

            ApiClient accountantOnFirst = ApiClient.as(base, "accountant", "demo");
            ApiClient plannerOnSecond = ApiClient.as(secondBase, "planner", "demo");
            ApiClient accountantOnSecond = ApiClient.as(secondBase, "accountant", "demo");
            ApiClient plannerOnFirst = ApiClient.as(base, "planner", "demo");
            StockRace race = StockRace.prepare(accountantOnFirst, "NC-D");
            race.run(List.of(accountantOnFirst, plannerOnSecond, accountantOnSecond, plannerOnFirst),
                    List.of(ApiClient.as(base, "manager", "demo"), plannerOnSecond,
                            ApiClient.as(secondBase, "manager", "demo"), plannerOnFirst));
            race.assertExact(accountantOnSecond, plannerOnFirst);
        } finally {
            second.destroy();
            if (!second.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    private static void awaitStarted(Process server, URL base, Path log) throws IOException, InterruptedException {
        ApiClient anonymous = ApiClient.as(base, null, null);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the second server stopped:\n" + tail(log));
            }
            try {
                if (anonymous.get("openapi").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused until the server listens
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the second server did not start within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
