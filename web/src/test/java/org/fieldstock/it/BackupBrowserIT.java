package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.openqa.selenium.By;

/**
 * The administrator's "Backups" page on a server with the embedded database in a file, as a small
 * organisation runs it: the menu leads there, "Back up now" lists the new backup, it downloads as a
 * zip of the database files, and the page reads in Chinese. Other users have no such menu entry and
 * are refused the page.
 */
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "starts its own server on an H2 file whatever the suite runs on; once is enough")
class BackupBrowserIT extends BrowserTestBase {

    @Test
    void theAdministratorBacksUpFromThePageAndDownloadsTheBackup() throws Exception {
        Path root = Path.of("target", "backup-browser").toAbsolutePath();
        H2FileDatabase.delete(root);
        Map<String, String> environment = H2FileDatabase.environment(H2FileDatabase.url(root.resolve("db"), ""));
        environment.put("FIELDSTOCK_BACKUP_DIR", root.resolve("backups").toString());
        try (ExtraServer server = ExtraServer.start("backup-browser-server", environment)) {
            logIn(server.base(), "planner");
            assertTrue(browser.findElements(By.id("nav:menuBackups")).isEmpty(), "no Backups entry for the planner");
            open(server.base(), "/admin/backups.xhtml");
            assertTrue(browser.getPageSource().contains("403") || browser.findElements(By.id("backups:backUp")).isEmpty(),
                    "the planner is refused the page");
            logOut();

            logIn(server.base(), "admin");
            assertFalse(browser.findElements(By.id("nav:menuBackups")).isEmpty(), "the administrator's menu has Backups");
            open(server.base(), "/admin/backups.xhtml");
            assertTrue(text("backups:files").contains("No backups yet"), text("backups:files"));
            click("backups:backUp");
            assertTrue(text("messages").matches("(?s).*Backup fieldstock-\\d{8}-\\d{6}\\.zip written.*"), text("messages"));
            List<String> rows = browser.findElements(By.cssSelector("[id='backups:files_data'] > tr")).stream()
                    .map(row -> row.getText()).toList();
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(text("backups:files:0:size").matches("[\\d,]+"), "whole kilobytes: " + text("backups:files:0:size"));
            screenshot("backup-01-made");

            click("backups:files:0:download");
            Path zip = downloaded(".zip");
            List<String> entries = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    entries.add(entry.getName());
                }
            }
            assertTrue(entries.stream().anyMatch(name -> name.endsWith(".mv.db")), "the database file: " + entries);

            clickAndLoad("nav:langZh");
            assertEquals("备份", browser.findElement(By.cssSelector("h1.fs-title")).getText());
            assertEquals(1, browser.findElements(By.cssSelector("[id='backups:files_data'] > tr")).size());
            screenshot("backup-02-zh");
        }
    }
}
