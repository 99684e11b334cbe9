package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The daily report on screen: the keeper types the day's lines and, being late, has to say why;
 * the BU accountant maps the line the keeper left open, makes draft documents of the report, and
 * sees the day as late in the overview; the reconciliation shows the balance the site wrote.
 */
@OnSharedServer
class DailyReportBrowserIT extends BrowserTestBase {

    /** A day only this test reports for ZBET (the demo data reports the last five, the API test eight days ago). */
    private static final LocalDate DAY = LocalDate.now().minusDays(10);

    @ServerBase
    private URL base;

    @Test
    void theKeeperReportsLateTheAccountantMapsAndMakesDocumentsAndTheOverviewShowsIt() throws Exception {
        logIn(base, "keeper");
        open(base, "/dailyreport/report.xhtml?site=ZBET&date=" + DAY);
        type("report:rows:0:item", "SP-GBX-0007");
        type("report:rows:0:name", "齿轮油泵");
        type("report:rows:0:out", "1");
        type("report:rows:0:balance", "999");
        choose("report:rows:0:category", "Self use");
        click("report:addLine");
        type("report:rows:1:item", "SP-GBX-0006");
        type("report:rows:1:in", "2");
        click("report:submit");
        assertTrue(text("messages").contains("say why it is late"), text("messages"));
        type("report:lateReason", "山路结冰，晚归");
        click("report:submit");
        assertTrue(text("messages").contains("is in"), text("messages"));
        assertEquals("Late", text("report:punctuality"));
        assertTrue(text("report:checks").contains("Line 2: map the line to a category"), text("report:checks"));
        assertTrue(text("report:checks").contains("the catalogue says"), "the name differs: " + text("report:checks"));
        assertTrue(browser.findElements(By.id("report:draft")).isEmpty(), "the BU makes the documents");
        screenshot("daily-report-01-keeper-late");
        logOut();

        String requisition = ApprovedRequisitions.approved(base, "{\"site\":\"ZBET\",\"lines\":[{\"item\":"
                + "\"SP-GBX-0006\",\"quantity\":2,\"reason\":\"零采 petty\"}]}").getString("number");
        logIn(base, "accountant");
        open(base, "/dailyreport/report.xhtml?site=ZBET&date=" + DAY);
        assertFalse(element("report:draft").isEnabled(), "a line is not mapped yet");
        choose("report:rows:1:category", "Petty purchase");
        click("report:submit");
        assertTrue(text("report:checks").contains("Line 2: a petty purchase names the approved requisition"),
                text("report:checks"));
        type("report:rows:1:requisition", requisition);
        click("report:submit");
        assertFalse(text("report:checks").contains("map the line"), text("report:checks"));
        assertFalse(text("report:checks").contains("requisition"), text("report:checks"));
        click("report:draft");
        confirm();
        assertTrue(text("messages").contains("Documents made"), text("messages"));
        String selfUse = text("report:rows:0:document");
        String purchase = text("report:rows:1:document");
        assertTrue(!selfUse.isBlank() && !purchase.isBlank() && !selfUse.equals(purchase), selfUse + " " + purchase);
        assertTrue(browser.findElements(By.id("report:submit")).isEmpty(), "documents made: no more corrections here");
        screenshot("daily-report-02-drafted");

        open(base, "/dailyreport/overview.xhtml?bu=NC&from=" + DAY.minusDays(3) + "&to=" + DAY.plusDays(3));
        assertTrue(text("reports:grid").contains("ZBET"), text("reports:grid"));
        assertTrue(browser.findElement(By.cssSelector("a[href*='site=ZBET'][href*='date=" + DAY + "'] .fs-punctuality-LATE"))
                .isDisplayed());
        screenshot("daily-report-03-overview");

        open(base, "/dailyreport/reconciliation.xhtml?site=ZBET&date=" + DAY);
        assertTrue(text("recon:rows").contains("SP-GBX-0007"), "the site wrote 999: " + text("recon:rows"));
        clickAndLoad("nav:langZh");
        assertTrue(text("recon:rows").contains("现场日报"), text("recon:rows"));
        screenshot("daily-report-04-reconciliation-zh");
        clickAndLoad("nav:langEn");
    }

    @Test
    void theAccountantImportsTheDayAsAWorkbookInTheDailyLedgerLayout() throws Exception {
        LocalDate day = DAY.minusDays(1);
        Path workbook = Files.createTempFile("daily-report", ".xlsx");
        try (Workbook filled = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = filled.createSheet();
            Row row = sheet.createRow(2);
            row.createCell(1).setCellValue("SP-GBX-0006");
            row.createCell(6).setCellValue(1);
            row.createCell(7).setCellFormula("3-1");
            row.createCell(8).setCellValue("自用领用");
            filled.getCreationHelper().createFormulaEvaluator().evaluateAll();
            filled.write(out);
        }
        logIn(base, "accountant");
        open(base, "/dailyreport/report.xhtml?site=WCYD&date=" + day);
        type("report:lateReason", "by mail 邮寄");
        element("report:lateReason").sendKeys(Keys.TAB); // leaving the field keeps the reason before the file goes up
        waitForPage();
        browser.findElement(By.cssSelector("[id='report:workbookUpload'] input[type='file']"))
                .sendKeys(workbook.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> text("messages").contains("is in") || text("messages").contains("late"));
        assertTrue(text("messages").contains("is in"), text("messages"));
        assertEquals("SP-GBX-0006", element("report:rows:0:item").getAttribute("value"));
        assertEquals("Self use", text("report:rows:0:category_label"));
        assertEquals("2", element("report:rows:0:balance").getAttribute("value"), "the formula's value");
        assertEquals("by mail 邮寄", element("report:lateReason").getAttribute("value"));
        screenshot("daily-report-05-imported");
        Files.deleteIfExists(workbook);
    }
}
