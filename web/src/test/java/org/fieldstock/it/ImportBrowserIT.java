package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The go-live import on screen: the planning office downloads the template, fills in a BU, its site,
 * an item and the site's opening stock, chooses the file (checked at once, nothing written), imports
 * it after confirming and follows the run to its end; a file with a bad row shows the row's problem,
 * in Chinese too.
 */
@OnSharedServer
class ImportBrowserIT extends BrowserTestBase {

    @ServerBase
    private URL base;

    @Test
    void thePlanningOfficeChecksAndImportsTheFilledInTemplate() throws Exception {
        String bu = "GW" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        String site = bu + "S";
        String item = "SP-GW-" + bu.substring(2);
        logIn(base, "planner");
        assertEquals(1, browser.findElements(By.id("nav:menuImport")).size(), "the master data menu has the import");
        open(base, "/masterdata/import.xhtml");
        click("import:template");
        byte[] template = Files.readAllBytes(downloaded(".xlsx"));
        byte[] filled = GoLiveImportApiIT.filled(template, Map.of(
                "org-units", List.of(
                        List.of("kind=BU", "code=" + bu, "name_zh=网页事业部", "name_en=Screen BU", "parent_code=PO"),
                        List.of("kind=SITE", "code=" + site, "name_zh=网页风场", "name_en=Screen site",
                                "parent_code=" + bu)),
                "items", List.of(List.of("code=" + item, "name_zh=网页轴承", "name_en=Screen bearing", "unit_zh=个",
                        "unit_en=pc", "category=SPARE", "repair_class=II")),
                "opening-balances", List.of(List.of("store_code=" + site + "-G", "item_code=" + item,
                        "quantity=4"))));
        Path file = Files.createTempFile("go-live", ".xlsx");
        Files.write(file, filled);
        upload(file);
        awaitStatus("Checked (dry run)");
        assertEquals("4", text("import:rows"));
        assertEquals("4", text("import:created"));
        assertEquals("0", text("import:problemCount"));
        assertTrue(text("import:problems").contains("No problems."), text("import:problems"));
        screenshot("import-01-checked");

        click("import:importChecked");
        confirm();
        awaitStatus("Imported");
        assertTrue(text("messages").contains("has imported 4 new"), text("messages"));
        screenshot("import-02-imported");
        assertEquals(0, new BigDecimal("4").compareTo(ApiClient.as(base, "planner", "demo")
                .onHand(site + "-G", item)));

        Files.write(file, GoLiveImportApiIT.filled(template, Map.of("opening-balances", List.of(
                List.of("store_code=" + site + "-G", "item_code=" + item, "quantity=2.5")))));
        upload(file);
        awaitStatus("Checked (dry run)");
        assertEquals("1", text("import:problemCount"));
        assertTrue(text("import:problems").contains("whole"), text("import:problems"));
        assertTrue(browser.findElements(By.id("import:importChecked")).isEmpty(), "a file with problems is not imported");
        clickAndLoad("nav:langZh");
        waitForPage();
        click("import:runs:0:show");
        waitForPage();
        assertEquals("已检查（试运行）", text("import:status"));
        assertTrue(text("import:problems").contains("期初结存"), text("import:problems"));
        screenshot("import-03-problem-zh");
        Files.deleteIfExists(file);
    }

    private void upload(Path file) {
        browser.findElement(By.cssSelector("[id='import:file'] input[type='file']")).sendKeys(file.toString());
    }

    private void awaitStatus(String status) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            try {
                return text("import:status").equals(status);
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        waitForPage();
    }
}
