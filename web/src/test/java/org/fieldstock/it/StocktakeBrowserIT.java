package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A quarterly stocktake in the browser: the planning office opens it and watches the books freeze;
 * ZBET's keeper imports the filled-in workbook, counts one item by hand with a loss and its reason,
 * names the team and submits; the NC manager approves, and the loss is posted; the planning office
 * closes the campaign. The sheet is checked in Chinese too. A BU's accountant is offered the own
 * BU's counts only, and opens and closes its quarterly count.
 */
@OnSharedServer
class StocktakeBrowserIT extends BrowserTestBase {

    private static final String STORE = "ZBET-G";
    /** A plain item (no serials, no batches). */
    private static final String ITEM = "SP-GBX-0008";

    @ServerBase
    private URL base;

    @Test
    void aQuarterlyStocktakeFromOpeningToApproval() throws Exception {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        accountant.receive(STORE, ITEM, 6);
        BigDecimal before = accountant.onHand(STORE, ITEM);

        logIn(base, "planner");
        open(base, "/stocktakes/list.xhtml");
        choose("open:scope", "Quarterly");
        screenshot("stocktake-01-open");
        click("open:openCampaign");
        confirm();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("campaign.xhtml"));
        long campaignId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        try {
            // the page polls while the books freeze and redraws the status meanwhile
            new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "Open".equals(d.findElement(By.id("campaign:status")).getText()));
            waitForPage();
            String sheets = text("campaign:sheets");
            assertTrue(sheets.contains("ZBET-G") && sheets.contains("GZBD-D") && sheets.contains("Not started"), sheets);
            screenshot("stocktake-02-campaign-open");
            logOut();

            // the keeper fills in the exported workbook for everything but one item, and counts that by hand
            JsonObject campaign = planner.get("api/stocktakes/" + campaignId + "?size=500").object();
            long sheetId = campaign.getJsonArray("sheets").stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("store").equals(STORE)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            Path filled = filledIn(keeper.getBytes("api/stocktakes/sheets/" + sheetId + "/workbook").body());

            logIn(base, "keeper");
            open(base, "/stocktakes/sheet.xhtml?id=" + sheetId);
            browser.findElement(By.id("sheet:workbookUpload_input")).sendKeys(filled.toString());
            // the upload's answer redraws the messages: an element found just before may be gone
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("counts imported"));
            waitForPage();
            screenshot("stocktake-03-imported");

            type("sheet:filter", ITEM);
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("sheet:shownCount")).getText().startsWith("Showing 1 of 1"));
            waitForPage();
            type("sheet:lines:0:countedQty", before.subtract(BigDecimal.ONE).toPlainString());
            type("sheet:lines:0:reason", "现场领用未登记 taken without a document");
            click("sheet:saveCounts");
            assertTrue(text("messages").contains("Counts saved"), text("messages"));
            assertEquals("-1", text("sheet:lines:0:variance"));
            type("sheet:counter", "王库管 Wang");
            type("sheet:witness", "李工 (GZBD) Li");
            screenshot("stocktake-04-counted-by-hand");
            click("sheet:submit");
            confirm();
            waitForPage();
            assertEquals("Submitted", text("sheet:status"), text("messages"));
            assertTrue(browser.findElements(By.id("sheet:approve")).isEmpty(), "a keeper does not approve");
            logOut();

            // the BU manager approves: the loss is posted
            logIn(base, "manager");
            open(base, "/stocktakes/sheet.xhtml?id=" + sheetId);
            type("sheet:comment", "同意 agreed");
            click("sheet:approve");
            confirm();
            waitForPage();
            assertEquals("Approved", text("sheet:status"), text("messages"));
            assertTrue(element("sheet:lossDocument").getText().startsWith("OUT-"), text("sheet:lossDocument"));
            assertEquals(0, before.subtract(BigDecimal.ONE).compareTo(accountant.onHand(STORE, ITEM)));
            screenshot("stocktake-05-approved");
            clickAndLoad("nav:langZh");
            assertTrue(text("sheet").contains("盘点表") || browser.getTitle().contains("盘点表"), browser.getTitle());
            assertEquals("已审批", text("sheet:status"));
            assertTrue(text("sheet").contains("盘点人") && text("sheet").contains("监盘人"), text("sheet"));
            type("sheet:filter", ITEM);
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("sheet:shownCount")).getText().startsWith("显示 1 / 1"));
            waitForPage();
            assertEquals("现场领用未登记 taken without a document",
                    element("sheet:lines:0:reason").getAttribute("value"));
            screenshot("stocktake-06-approved-zh");
            logOut();

            logIn(base, "planner");
            open(base, "/stocktakes/campaign.xhtml?id=" + campaignId);
            assertTrue(text("campaign:sheets").contains("Approved"), text("campaign:sheets"));
            click("campaign:close");
            confirm();
            waitForPage();
            assertEquals("Closed", text("campaign:status"), text("messages"));
            screenshot("stocktake-07-closed");
        } finally {
            // whatever failed, leave no open campaign behind for the next test on this database
            planner.post("api/stocktakes/" + campaignId + "/close", null);
        }
    }

    @Test
    void aBuAccountantOpensTheOwnBusinessUnitsQuarterlyCount() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        logIn(base, "accountant");
        open(base, "/stocktakes/list.xhtml");
        List<String> offered = browser.findElements(By.cssSelector("[id='open:scope_input'] option")).stream()
                .map(option -> option.getDomProperty("textContent").strip()).toList();
        assertEquals(2, offered.size(), "the own BU's counts, no other: " + offered);
        assertTrue(offered.get(0).startsWith("Monthly stocktake — NC ")
                && offered.get(1).startsWith("Quarterly stocktake — NC "), offered.toString());
        choose("open:scope", "Quarterly");
        screenshot("stocktake-08-bu-quarterly");
        click("open:openCampaign");
        confirm();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("campaign.xhtml"));
        long campaignId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "Open".equals(d.findElement(By.id("campaign:status")).getText()));
            waitForPage();
            assertTrue(text("campaign").contains("Quarterly stocktake"), text("campaign"));
            String sheets = text("campaign:sheets");
            assertTrue(sheets.contains("ZBET-G") && sheets.contains("NC-D") && !sheets.contains("GZBD"), sheets);
            click("campaign:close");
            confirm();
            waitForPage();
            assertEquals("Closed", text("campaign:status"), text("messages"));
        } finally {
            accountant.post("api/stocktakes/" + campaignId + "/close", null);
        }
    }

    /** The exported workbook with every line counted at its book quantity, except {@link #ITEM}, left for the screen. */
    private static Path filledIn(byte[] exported) throws IOException {
        Path file = Files.createTempFile("count-sheet-", ".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported));
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (!row.getCell(1).getStringCellValue().equals(ITEM)) {
                    row.createCell(6).setCellValue(row.getCell(5).getNumericCellValue());
                }
            }
            workbook.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }
}
