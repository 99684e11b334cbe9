package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * The embedded database backed up while the application runs and restored as the README says: the
 * administrator backs up (what was booked before is in it, what was booked after is not), the
 * application is stopped, H2's Restore tool puts the backup into an empty directory, and the
 * application started on it has the same on-hand and a clean stock check.
 */
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "starts its own servers on H2 files whatever the suite runs on; once is enough")
class BackupRestoreIT {

    private static final String STORE = "WCYD-G";
    private static final String ITEM = "SP-GBX-0006";

    @Test
    void aBackupTakenWhileWorkingRestoresTheBooksAsTheyWereThen() throws Exception {
        Path root = Path.of("target", "backup-restore").toAbsolutePath();
        H2FileDatabase.delete(root);
        Path backups = root.resolve("backups");
        BigDecimal atBackup;
        String backedUp;
        String after;
        String name;
        try (ExtraServer server = ExtraServer.start("backup-server", database(root.resolve("live"), backups))) {
            ApiClient planner = ApiClient.as(server.base(), "planner", "demo");
            ApiClient admin = ApiClient.as(server.base(), "admin", "demo");
            backedUp = planner.receive(STORE, ITEM, 3);
            atBackup = planner.onHand(STORE, ITEM);

            assertEquals(403, planner.post("api/backups", null).status(), "backups are the administrator's");
            ApiClient.Answer made = admin.post("api/backups", null);
            assertEquals(201, made.status(), made.raw());
            name = made.object().getString("name");
            assertTrue(name.matches("fieldstock-\\d{8}-\\d{6}\\.zip"), name);
            assertTrue(Files.size(backups.resolve(name)) > 10_000, "a zip of the database files");
            List<JsonObject> listed = admin.get("api/backups").array().getValuesAs(JsonObject.class);
            assertEquals(name, listed.get(0).getString("name"));
            ApiClient.BinaryAnswer download = admin.getBytes("api/backups/" + name);
            assertEquals(200, download.status());
            assertEquals('P', download.body()[0], "a zip");
            assertEquals(404, admin.getBytes("api/backups/..%2Flive%2Ffieldstock.mv.db").status(),
                    "only the backups' own names");
            List<JsonObject> trail = planner.get("api/audit?action=BACKUP_MADE").array().getValuesAs(JsonObject.class);
            assertTrue(trail.stream().anyMatch(e -> e.getString("subject").equals(name)), trail.toString());

            after = planner.receive(STORE, ITEM, 2);
        }

        Path restored = root.resolve("restored");
        Files.createDirectories(restored);
        Restore.execute(backups.resolve(name).toString(), restored.toString(), "fieldstock");
        try (ExtraServer server = ExtraServer.start("restored-server", database(restored, backups))) {
            ApiClient planner = ApiClient.as(server.base(), "planner", "demo");
            assertEquals(0, atBackup.compareTo(planner.onHand(STORE, ITEM)), "the on-hand as it was at the backup");
            assertEquals(0, planner.getPage("api/stock-check").rows().size(), "the books agree");
            List<String> numbers = planner.get("api/documents?store=" + STORE + "&size=500").array()
                    .getValuesAs(JsonObject.class).stream().map(d -> d.getString("number")).toList();
            assertTrue(numbers.contains(backedUp), "booked before the backup: there " + numbers);
            assertTrue(!numbers.contains(after), "booked after the backup: not there " + numbers);
        }
        H2FileDatabase.delete(root);
    }

    private static Map<String, String> database(Path directory, Path backups) {
        Map<String, String> environment = H2FileDatabase.environment(H2FileDatabase.url(directory, ""));
        environment.put("FIELDSTOCK_BACKUP_DIR", backups.toString());
        return environment;
    }
}
