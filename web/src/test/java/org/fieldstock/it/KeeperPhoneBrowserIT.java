package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The keeper's pages on a 390 px wide phone screen: what a scanned bin card opens (the item's place,
 * on-hand and latest movements), the tool loans and receiving pages; nothing is wider than the screen
 * and the buttons are large enough to touch.
 */
@OnSharedServer
class KeeperPhoneBrowserIT extends BrowserTestBase {

    private static final String STORE = "ZBET-G";
    private static final String ITEM = "SP-GBX-0006";

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
