package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The keeper's pages on a 390 px wide phone screen: what a scanned bin card opens (the item's place,
 * on-hand and latest movements), the tool loans and receiving pages; nothing is wider than the screen
 * and the buttons are large enough to touch.
 */
@OnSharedServer
class KeeperPhoneBrowserIT extends BrowserTestBase {

    private static final String STORE = "ZBET-G";
    private static final String ITEM = "SP-GBX-0006";
    private static final String THERMOMETER = "TL-GNL-0012";
    private static final String PITCH_MOTOR = "SP-PIT-0001";
    /** A day only this test reports for ZBET (the daily-report tests use 8 and 10 days ago). */
    private static final LocalDate REPORTED_DAY = LocalDate.now().minusDays(12);

    @ServerBase
    private URL base;

    @Test
    void aScannedBinCardAndTheKeepersPagesFitAPhone() throws Exception {
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        ApiClient.as(base, "accountant", "demo").receive(STORE, ITEM, 1);
        assertEquals(200, keeper.put("api/stores/" + STORE + "/bins/" + ITEM, "{\"zone\":\"B07\",\"level\":\"1\"}")
                .status());
        logIn(base, "keeper");
        clickAndLoad("nav:langZh");
        browser.manage().window().setSize(new Dimension(390, 844));
        open(base, "/stock/bin.xhtml?store=" + STORE + "&item=" + ITEM);
        assertTrue(browser.findElements(By.id("nav:menuToolLoans")).stream().noneMatch(WebElement::isDisplayed),
                "the menu is folded away on a phone");
        assertEquals("B07-1", text("binPlace"));
        assertTrue(text("binOnHand").matches("\\d+ .+"), text("binOnHand"));
        assertFitsTheScreen("the scanned bin card");
        assertTouchable(element("ledger"));
        screenshot("phone-01-bin-card-zh");

        for (String page : List.of("/tools/loans.xhtml", "/receiving/list.xhtml", "/stock/onhand.xhtml?store=" + STORE)) {
            open(base, page);
            assertFitsTheScreen(page);
            screenshot("phone-" + page.replaceAll("[^a-z]+", "-") + "zh");
        }
        assertTouchable(element("menuToggle"));
        click("menuToggle");
        click("nav:menuToolLoans");
        assertTrue(browser.getCurrentUrl().contains("/tools/loans.xhtml"), "the menu opens with a touch");
        assertTouchable(element("loans:lend"));
        screenshot("phone-05-loans-from-menu-zh");

        String borrower = "检修一班 " + Long.toString(System.nanoTime(), 36).toUpperCase();
        ApiClient.as(base, "accountant", "demo").receive(STORE, THERMOMETER, 1);
        choose("loans:lendStore", STORE);
        autoComplete("loans:tool", THERMOMETER);
        type("loans:quantity", "1");
        type("loans:borrower", borrower);
        click("loans:lend");
        assertTrue(text("messages").contains(borrower), text("messages"));
        WebElement takeBack = browser.findElement(By.xpath("//tr[td[contains(normalize-space(), '" + borrower
                + "')]]//button[contains(@id, ':takeBack')]"));
        assertTouchable(takeBack);
        click(takeBack.getAttribute("id"));
        assertTouchable(element("loans:confirmReturn"));
        WebElement dialog = element("loans:returnDialog");
        assertTrue(dialog.getRect().getX() >= 0 && dialog.getRect().getX() + dialog.getRect().getWidth() <= 390,
                "the take-back dialog fits the screen: " + dialog.getRect().getX() + " + " + dialog.getRect().getWidth());
        screenshot("phone-06-take-back-zh");
        click("loans:confirmReturn");
        List<String> conditions = keeper.get("api/tool-loans?out=false&store=" + STORE).array().stream()
                .map(JsonValue::asJsonObject).filter(loan -> loan.getString("borrower").equals(borrower))
                .map(loan -> loan.getString("condition", "still lent")).toList();
        assertEquals(List.of("FINE"), conditions, "taken back in good order");
    }

    @Test
    void theReceiptEditorFitsAPhone() throws Exception {
        logIn(base, "keeper");
        browser.manage().window().setSize(new Dimension(390, 844));
        open(base, "/documents/edit.xhtml");
        assertFitsTheScreen("a new receipt");
        assertTouchable(element("doc:save"));
        screenshot("phone-06-receipt-en");
    }

    /**
     * The keeper's day on the phone, end to end: a delivery received, a failed pitch motor replaced on
     * turbine A03 (the new unit issued, the old one recorded), and the day's report sent; each page no
     * wider than the screen, each line stacked into a card.
     */
    @Test
    void aKeeperReceivesReplacesAPartAndReportsTheDayOnAPhone() throws Exception {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String fitted = run + "-NEW";
        String removed = run + "-OLD";
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        browser.manage().window().setSize(new Dimension(390, 844));
        logIn(base, "keeper");

        open(base, "/documents/edit.xhtml");
        choose("doc:store", STORE);
        click("doc:supplier");
        WebElement suppliers = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("doc:supplier_panel")));
        assertTrue(suppliers.getRect().getX() + suppliers.getRect().getWidth() <= 390,
                "the open list of suppliers fits the screen: " + suppliers.getRect().getX() + " + " + suppliers.getRect().getWidth());
        screenshot("phone-07-suppliers-open-en");
        choose("doc:supplier", "SUP-004");
        type("doc:deliveryNote", "DN-" + run);
        autoComplete("doc:lines:0:item", PITCH_MOTOR);
        type("doc:lines:0:quantity", "1");
        type("doc:lines:0:serials", fitted);
        assertFitsTheScreen("a receipt being entered");
        assertTrue(element("doc:lines:0:quantity").getSize().getWidth() > 200, "a line is a card as wide as the screen");
        screenshot("phone-07-receipt-entered-en");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals("Saved", text("doc:status"), text("messages"));
        long receipt = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(200, accountant.post("api/documents/" + receipt + "/review", null).status());

        open(base, "/documents/edit.xhtml");
        choose("doc:category", "Other outbound · Self use");
        choose("doc:store", STORE);
        autoComplete("doc:lines:0:item", PITCH_MOTOR);
        type("doc:lines:0:quantity", "1");
        choose("doc:lines:0:turbine", "A03");
        type("doc:lines:0:serials", fitted);
        choose("doc:lines:0:failureCause", "Electrical");
        type("doc:lines:0:removedSerials", removed);
        type("doc:lines:0:failureNote", "winding burnt");
        assertFitsTheScreen("a replacement being entered");
        screenshot("phone-08-replacement-entered-en");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals("Saved", text("doc:status"), text("messages"));
        assertEquals(removed, element("doc:lines:0:removedSerials").getAttribute("value"));
        long issue = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(200, accountant.post("api/documents/" + issue + "/review", null).status());
        assertTrue(accountant.get("api/stores/ZBET-D/lots?item=" + PITCH_MOTOR).raw().contains(removed),
                "the removed unit is in the damaged store");

        open(base, "/dailyreport/report.xhtml?site=ZBET&date=" + REPORTED_DAY);
        type("report:rows:0:item", PITCH_MOTOR);
        type("report:rows:0:out", "1");
        type("report:rows:0:remark", "A03 " + fitted);
        type("report:lateReason", "no signal on the mountain");
        assertFitsTheScreen("the day's report");
        screenshot("phone-09-daily-report-en");
        click("report:submit");
        assertTrue(text("messages").contains("is in"), text("messages"));
        assertEquals("Late", text("report:punctuality"));
        assertTouchable(element("report:submit"));
        assertFitsTheScreen("the day's report, sent");
    }

    private void assertFitsTheScreen(String what) {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
        Object sticking = overflow.intValue() <= 1 ? "" : ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                        + " > window.innerWidth + 1 && e.children.length === 0).slice(0, 5)"
                        + ".map(e => (e.id || e.className || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().right))"
                        + ".join(', ')");
        assertTrue(overflow.intValue() <= 1, what + " is " + overflow + " px wider than the phone's screen: " + sticking);
    }

    private static void assertTouchable(WebElement button) {
        assertTrue(button.getSize().getHeight() >= 40, "a button to touch is at least 40 px high: "
                + button.getSize());
    }
}
