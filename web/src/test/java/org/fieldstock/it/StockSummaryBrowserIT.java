package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The in/out/balance summary on screen: opened from the menu it shows the user's own BU or site; a
 * store or the per-item sum is chosen; the workbook downloads; in English and in Chinese.
 */
@OnSharedServer
class StockSummaryBrowserIT extends BrowserTestBase {

    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    @Test
    void theAccountantReadsTheBusMonthAndTheKeeperTheSites() throws Exception {
        ApiClient.as(base, "accountant", "demo").receive("ZBET-G", ITEM, 2);
        logIn(base, "accountant");
        open(base, "/reports/summary.xhtml");
        assertTrue(text("summary:unit_label").startsWith("NC"), "the own BU: " + text("summary:unit_label"));
        assertTrue(text("summary:lines").contains("NC-G"), text("summary:lines"));
        assertTrue(text("summary:totals").contains("Closing value"), text("summary:totals"));
        screenshot("summary-01-bu-en");

        choose("summary:store", "ZBET-G");
        String lines = text("summary:lines");
        assertTrue(lines.contains(ITEM) && lines.contains("Purchase"), lines);
        assertTrue(browser.findElements(By.xpath("//*[@id='summary:lines_data']/tr[td[contains(., 'NC-G')]]")).isEmpty(),
                "one store only");
        click("summary:exportXlsx");
        Path workbook = downloaded(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertEquals("ZBET-G", book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
        clickAndLoad("nav:langZh");
        choose("summary:store", "（范围内全部仓库）");
        browser.findElement(By.cssSelector("[id='summary:perItem'] .ui-toggleswitch-slider")).click();
        waitForPage();
        assertTrue(browser.findElements(By.xpath("//*[@id='summary:lines_head']//th[contains(., '仓库')]")).isEmpty(),
                "summed per item: no store column");
        assertTrue(text("summary:lines").contains("采购入库"), text("summary:lines"));
        screenshot("summary-02-per-item-zh");
        clickAndLoad("nav:langEn");
        logOut();

        logIn(base, "keeper");
        open(base, "/reports/summary.xhtml");
        assertTrue(text("summary:unit_label").startsWith("ZBET"), text("summary:unit_label"));
        assertTrue(browser.findElements(By.xpath("//*[@id='summary:lines_data']/tr[td[contains(., 'NC-G')]]")).isEmpty(),
                "the keeper sees the site's stores only");
        screenshot("summary-03-keeper-en");
    }
}
