package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The keeper replaces a failed pitch motor on turbine A03 in one entry on the document screen: the
 * new unit's serial, the old one's, the cause; the BU accountant reviews it, follows the link to the
 * damage intake of the removed unit (which offers no action of its own), finds it on the site's
 * damaged-part register, in its workbook, on the packing list and in the unit's history, and
 * unreviews the issue, which takes the intake with it. The planning office makes the return slip from
 * the register and sees the repair hub; a scrap of a unit repaired too often shows the advice. In
 * English and in Chinese.
 */
@OnSharedServer
class ReplacementBrowserIT extends BrowserTestBase {

    private static final String GOOD = "ZBET-G";
    private static final String PITCH_MOTOR = "SP-PIT-0001";

    @ServerBase
    private URL base;

    @Test
    void aKeeperReplacesAFailedPitchMotorOnTheScreenAndTheAccountantReviewsIt() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String fitted = run + "-NEW";
        String removed = run + "-OLD";
        long receipt = api.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + GOOD
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\""
                + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + fitted + "\"]}]}").object()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());

        logIn(base, "keeper");
        click("nav:menuNew");
        choose("doc:category", "Other outbound · Self use");
        choose("doc:store", GOOD);
        autoComplete("doc:lines:0:item", PITCH_MOTOR);
        type("doc:lines:0:quantity", "1");
        choose("doc:lines:0:turbine", "A03");
        type("doc:lines:0:serials", fitted);
        choose("doc:lines:0:failureCause", "Electrical");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("doc:lines:0:removedSerials")));
        type("doc:lines:0:removedSerials", removed);
        type("doc:lines:0:failureNote", "绕组烧毁 winding burnt");
        screenshot("replacement-01-entered");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals("Saved", text("doc:status"), text("messages"));
        assertEquals("张保管 Zhang Baoguan", element("doc:lines:0:replacedBy").getAttribute("value"),
                "replaced by the keeper who entered it");
        assertEquals(removed, element("doc:lines:0:removedSerials").getAttribute("value"));
        assertTrue(browser.findElements(By.id("doc:review")).isEmpty(), "a keeper does not review");
        long issue = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        logOut();

        logIn(base, "accountant");
        open(base, "/documents/edit.xhtml?id=" + issue);
        click("doc:review");
        assertEquals("Reviewed", text("doc:status"), text("messages"));
        String intakeNumber = text("doc:removedPartsIntake");
        assertTrue(intakeNumber.startsWith("IN-"), intakeNumber);
        assertFalse(serials(api, GOOD).contains(fitted), "the new unit is on the turbine");
        assertTrue(serials(api, "ZBET-D").contains(removed), "the old unit is in the damaged store");
        screenshot("replacement-02-reviewed");

        // the register shows it waiting in the damaged store, and exports it
        open(base, "/failedparts/register.xhtml");
        choose("register:site", "ZBET");
        waitForPage();
        String register = text("register:entries");
        assertTrue(register.contains(removed) && register.contains(fitted) && register.contains("A03")
                && register.contains("Electrical fault"), register);
        assertTrue(text("register:summary").contains("waiting"), text("register:summary"));
        screenshot("replacement-06-register");
        click("register:exportXlsx");
        Path workbook = downloaded(".xlsx");
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("返修损坏备件清单 Damaged-part register"));
            boolean listed = false;
            for (Row row : sheet) {
                listed |= row.getRowNum() > 1 && removed.equals(row.getCell(12).getStringCellValue())
                        && fitted.equals(row.getCell(11).getStringCellValue());
            }
            assertTrue(listed, "the workbook lists the replacement");
        }
        click("register:packingList");
        Path packingList = downloaded(".pdf");
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(packingList))).getTextFromPage(1);
        // a cell may wrap a long serial at its hyphen
        assertTrue(printed.contains("packing list") && printed.replaceAll("\\s", "").contains(removed)
                && printed.contains("Hub receiver"), printed);
        browser.findElement(By.linkText(removed)).click();
        waitForPage();
        String moves = text("unit:events");
        assertTrue(moves.contains("Damage intake") && moves.contains("ZBET-D") && moves.contains("A03"), moves);
        screenshot("replacement-09-serial-history");
        open(base, "/documents/edit.xhtml?id=" + issue);

        click("doc:removedPartsIntake");
        waitForPage();
        assertTrue(text("doc:generatedFrom").startsWith("OUT-"), text("doc:generatedFrom"));
        assertEquals("Reviewed", text("doc:status"));
        assertTrue(browser.findElements(By.id("doc:unreview")).isEmpty(), "the intake goes with its issue");
        assertEquals("Electrical fault", browser.findElement(By.id("doc:lines:0:failureCause_label")).getText());
        screenshot("replacement-03-intake");
        clickAndLoad("nav:langZh");
        assertEquals("电气故障", browser.findElement(By.id("doc:lines:0:failureCause_label")).getText());
        assertTrue(text("doc").contains("来源出库单"), "the intake names its issue in Chinese");
        screenshot("replacement-04-intake-zh");

        click("doc:generatedFrom");
        waitForPage();
        click("doc:unreview");
        confirm();
        assertEquals("已保存", text("doc:status"), text("messages"));
        assertTrue(browser.findElements(By.id("doc:removedPartsIntake")).isEmpty(), "the intake went with the review");
        assertTrue(serials(api, GOOD).contains(fitted), "the new unit is back in the store");
        screenshot("replacement-05-unreviewed-zh");
        clickAndLoad("nav:langEn");
    }

    @Test
    void aKeeperMovesAPartDamagedInStorageToTheDamagedStoreOnTheScreen() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        String damp = Long.toString(System.nanoTime(), 36).toUpperCase() + "-DAMP";
        long receipt = api.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + GOOD
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\""
                + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + damp + "\"]}]}").object()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());

        logIn(base, "keeper");
        click("nav:menuNew");
        choose("doc:category", "Other outbound · Damaged in storage");
        choose("doc:store", GOOD);
        autoComplete("doc:lines:0:item", PITCH_MOTOR);
        type("doc:lines:0:quantity", "1");
        type("doc:lines:0:serials", damp);
        assertTrue(browser.findElements(By.id("doc:lines:0:turbine")).isEmpty(), "no turbine: it was in the store");
        click("doc:save");
        waitForPage();
        assertTrue(text("messages").contains("give the cause"), text("messages"));
        choose("doc:lines:0:failureCause", "Damaged in storage or transport");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("doc:lines:0:failureNote")));
        assertTrue(browser.findElements(By.id("doc:lines:0:removedSerials")).isEmpty(),
                "the damaged unit is the line's own");
        type("doc:lines:0:failureNote", "库房漏雨受潮 damp from a roof leak");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals("Saved", text("doc:status"), text("messages"));
        long found = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        clickAndLoad("nav:langZh");
        assertEquals("存储或运输损坏", browser.findElement(By.id("doc:lines:0:failureCause_label")).getText());
        screenshot("replacement-11-damaged-in-storage-zh");
        clickAndLoad("nav:langEn");
        logOut();

        assertEquals(200, api.post("api/documents/" + found + "/review", null).status());
        assertFalse(serials(api, GOOD).contains(damp));
        assertTrue(serials(api, "ZBET-D").contains(damp), "the same unit is in the damaged store");
    }

    @Test
    void thePlanningOfficeMakesTheReturnSlipFromTheRegistersChosenLines() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String fitted = run + "-N";
        String removed = run + "-R";
        long receipt = api.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + GOOD
                + "\",\"supplier\":\"SUP-001\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\""
                + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + fitted + "\"]}]}").object()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());
        long issue = api.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + GOOD + "\",\"date\":\""
                + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\""
                + fitted + "\"],\"turbine\":\"A08\",\"replacement\":{\"removedSerials\":[\"" + removed
                + "\"],\"cause\":\"LEAK\"}}]}").object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + issue + "/review", null).status());

        logIn(base, "accountant");
        open(base, "/failedparts/register.xhtml?site=ZBET");
        assertTrue(text("register:entries").contains(removed), text("register:entries"));
        assertTrue(browser.findElements(By.id("register:returnSlip")).isEmpty(),
                "a BU does not make the slip to the hub, which is across BUs");
        // the packing list of the ticked line only, whatever else waits
        browser.findElement(By.xpath("//tr[contains(., '" + removed + "')]//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        waitForPage();
        click("register:packingList");
        String packed = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(downloaded(".pdf")))).getTextFromPage(1);
        assertTrue(packed.replaceAll("\\s", "").contains(removed) && packed.contains("1 line, quantity 1,"), packed);
        logOut();

        logIn(base, "planner");
        open(base, "/failedparts/register.xhtml?site=ZBET");
        browser.findElement(By.xpath("//tr[contains(., '" + removed + "')]//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        waitForPage();
        screenshot("replacement-07-register-chosen");
        click("register:returnSlip");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/transfers/edit"));
        waitForPage();
        assertTrue(text("messages").contains("Return slip"), text("messages"));
        long slipId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        JsonObject slip = ApiClient.as(base, "planner", "demo").get("api/transfers/" + slipId).object();
        assertEquals("ZBET-D", slip.getString("from"));
        assertEquals("PMD-D", slip.getString("to"));
        assertTrue(slip.getJsonArray("lines").getJsonObject(0).getJsonArray("serials").toString().contains(removed),
                slip.toString());
        screenshot("replacement-08-return-slip");

        open(base, "/failedparts/hub.xhtml");
        assertTrue(text("hub").contains("Turnaround"), text("hub"));
        screenshot("replacement-10-hub");
    }

    @Test
    void aScrapOfAUnitRepairedTooOftenShowsTheAdvice() throws Exception {
        ApiClient planner = ApiClient.as(base, "planner", "demo");
        String unitNo = Long.toString(System.nanoTime(), 36).toUpperCase() + "-WORN";
        String unit = "{\"item\":\"" + PITCH_MOTOR + "\",\"quantity\":1,\"serials\":[\"" + unitNo + "\"]}";
        for (int repair = 1; repair <= 3; repair++) {
            reviewed(planner, "DAMAGE_INTAKE", "PMD-D", unit);
            reviewed(planner, "REPAIR_RETURN", "PMD-D", unit);
            reviewed(planner, "REPAIRED", "PMD-G", unit);
            reviewed(planner, "SELF_USE", "PMD-G", unit);
        }
        reviewed(planner, "DAMAGE_INTAKE", "PMD-D", unit);

        logIn(base, "planner");
        click("nav:menuNew");
        choose("doc:category", "Other outbound · Scrap");
        choose("doc:store", "PMD-D");
        autoComplete("doc:lines:0:item", PITCH_MOTOR);
        type("doc:lines:0:quantity", "1");
        type("doc:lines:0:serials", unitNo);
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertTrue(text("doc:lines:0:scrapAdvice").contains(unitNo + " (3×)"), text("doc:lines:0:scrapAdvice"));
        screenshot("replacement-11-scrap-advised");
    }

    private static void reviewed(ApiClient api, String category, String store, String lineJson) {
        ApiClient.Answer made = api.post("api/documents", "{\"deliveryNote\":\"DN-IT\",\"category\":\"" + category + "\",\"store\":\"" + store
                + "\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[" + lineJson + "]}");
        assertEquals(201, made.status(), made.raw());
        ApiClient.Answer review = api.post("api/documents/" + made.object().getJsonNumber("id") + "/review", null);
        assertEquals(200, review.status(), review.raw());
    }

    private static List<String> serials(ApiClient api, String store) {
        JsonObject lots = api.get("api/stores/" + store + "/lots?item=" + PITCH_MOTOR).object();
        return lots.getJsonArray("serials").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
