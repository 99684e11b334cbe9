package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * PostgreSQL backed up and restored as the README says, on CI's database: {@code pg_dump -Fc} while
 * the shared server runs, {@code pg_restore} into a new database, the application started on it: the
 * on-hand as it was at the dump, a clean stock check. Needs the role to create databases (CI's has).
 */
@OnSharedServer
@EnabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:postgresql://[^/]+/[^?]+")
class PostgresBackupIT {

    private static final String STORE = "GZBD-G";
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    @Test
    void aDumpRestoredIntoANewDatabaseStartsWithTheSameBooks() throws Exception {
        String url = System.getenv("FIELDSTOCK_DB_URL");
        String user = System.getenv("FIELDSTOCK_DB_USER");
        String password = System.getenv("FIELDSTOCK_DB_PASSWORD");
        String hostPort = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        String port = hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432";
        String database = url.substring(url.lastIndexOf('/') + 1);
        String restored = database + "_restored";

        ApiClient planner = ApiClient.as(base, "planner", "demo");
        planner.receive(STORE, ITEM, 2);
        BigDecimal atDump = planner.onHand(STORE, ITEM);
        Path dump = Files.createTempFile("fieldstock", ".dump");
        run(List.of("pg_dump", "-Fc", "-h", host, "-p", port, "-U", user, "-f", dump.toString(), database), password);
        planner.receive(STORE, ITEM, 1);

        try (Connection admin = DriverManager.getConnection(url, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + restored);
            statement.execute("CREATE DATABASE " + restored);
        }
        run(List.of("pg_restore", "-h", host, "-p", port, "-U", user, "-d", restored, "--no-owner", dump.toString()),
                password);
        Map<String, String> environment = new HashMap<>();
        environment.put("FIELDSTOCK_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + restored);
        try (ExtraServer server = ExtraServer.start("pg-restored-server", environment)) {
            ApiClient restoredPlanner = ApiClient.as(server.base(), "planner", "demo");
            assertEquals(0, atDump.compareTo(restoredPlanner.onHand(STORE, ITEM)), "the on-hand as it was at the dump");
            assertEquals(0, restoredPlanner.getPage("api/stock-check").rows().size(), "the books agree");
        } finally {
            Files.deleteIfExists(dump);
            try (Connection admin = DriverManager.getConnection(url, user, password);
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + restored);
            }
        }
    }

    private static void run(List<String> command, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/" + command.get(0) + ".log"));
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), command.get(0) + " ends");
        assertEquals(0, process.exitValue(), command + ": " + Files.readString(Path.of("target/" + command.get(0)
                + ".log")));
    }
}
