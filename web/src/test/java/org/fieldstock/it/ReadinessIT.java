package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * Readiness follows the database: a server on an H2 database server of the test's own answers
 * 200 once started, 503 naming the database while that database is down, 200 again by itself
 * when it is back, and 503 naming the schema when the database it finds is empty (another one
 * than it migrated).
 * Liveness stays 200 throughout: a database outage is no reason to restart the application.
 */
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "runs its own H2 database server whatever the suite runs on; once is enough")
class ReadinessIT {

    private static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndWhenItComesBackWithoutTheSchema() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Server database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
        Map<String, String> onThatDatabase = Map.of(
                "FIELDSTOCK_DB_URL", "jdbc:h2:tcp://localhost:" + port + "/mem:readiness;DB_CLOSE_DELAY=-1",
                "FIELDSTOCK_DB_USER", "fieldstock", "FIELDSTOCK_DB_PASSWORD", "fieldstock",
                "FIELDSTOCK_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
                "FIELDSTOCK_DEMO_DATA", "false");
        try (ExtraServer server = ExtraServer.start("readiness-server", onThatDatabase)) {
            ApiClient anonymous = ApiClient.as(server.base(), null, null);
            assertEquals(200, anonymous.get("health/ready").status(), "ready once started");

            database.stop();
            ApiClient.Answer away = awaitReadiness(anonymous, 503);
            assertTrue(away.raw().contains("\"name\":\"database\",\"status\":\"DOWN\""), away.raw());
            assertTrue(away.raw().contains("unreachable"), away.raw());
            assertEquals(200, anonymous.get("health/live").status(), "still alive without a database");
            assertEquals(302, anonymous.get("index.xhtml").status(), "pages still send to the login page");

            // back: the pool drops its dead connections and the server is ready again by itself
            database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
            awaitReadiness(anonymous, 200);
            assertEquals(1, server.log().split("Ready again", -1).length - 1, "the recovery is logged once");

            // the same address, but another database than the one the server migrated: empty
            try (Connection local = DriverManager.getConnection("jdbc:h2:mem:readiness", "fieldstock", "fieldstock")) {
                local.createStatement().execute("DROP ALL OBJECTS");
            }
            ApiClient.Answer empty = awaitAnswer(anonymous, "not applied");
            assertEquals(503, empty.status(), empty.raw());
            assertEquals(1, server.log().split("Not ready: database unreachable", -1).length - 1,
                    "the outage is logged once, not at every probe");
        } finally {
            database.stop();
        }
    }

    private static ApiClient.Answer awaitReadiness(ApiClient client, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(CHANGE_TIMEOUT);
        ApiClient.Answer answer = client.get("health/ready");
        while (answer.status() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            answer = client.get("health/ready");
        }
        assertEquals(status, answer.status(), answer.raw());
        return answer;
    }

    private static ApiClient.Answer awaitAnswer(ApiClient client, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(CHANGE_TIMEOUT);
        ApiClient.Answer answer = client.get("health/ready");
        while (!answer.raw().contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            answer = client.get("health/ready");
        }
        assertTrue(answer.raw().contains(text), answer.raw());
        return answer;
    }
}
