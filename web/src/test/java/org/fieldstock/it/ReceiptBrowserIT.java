package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A BU accountant logs in, enters a two-line purchase receipt (serial numbers for the motors),
 * reviews it and sees the stock in the on-hand view.
 */
@OnSharedServer
class ReceiptBrowserIT extends BrowserTestBase {

    private static final String STORE = "SZHG-G";
    private static final String MOTOR = "SP-PIT-0002";
    /** Weighed in kg, kept neither by serial nor in batches. */
    private static final String RAGS = "CS-GNL-0013";

    @ServerBase
    private URL base;

    @Test
    void enterReviewAndSeeOnHand() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        BigDecimal motorsBefore = api.onHand(STORE, MOTOR);
        BigDecimal ragsBefore = api.onHand(STORE, RAGS);

        open(base, "/documents/list.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "a protected page asks for a login first");
        screenshot("01-login");
        type("login:username", "accountant");
        type("login:password", "demo");
        click("login:submit");
        assertTrue(browser.getCurrentUrl().contains("/documents/list.xhtml"), browser.getCurrentUrl());
        screenshot("02-document-list");
        pageTheDocumentList();

        click("nav:menuNew");
        choose("doc:store", STORE);
        choose("doc:supplier", "SUP-004");
        type("doc:deliveryNote", "DN-RECEIPT-IT");
        autoComplete("doc:lines:0:item", MOTOR);
        type("doc:lines:0:quantity", "abc");
        autoComplete("doc:lines:1:item", RAGS);
        type("doc:lines:1:quantity", "2.5");
        click("doc:save");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("is not a number"),
                "text in a number field is refused on screen");
        assertTrue(browser.getCurrentUrl().endsWith("/documents/edit.xhtml"), "nothing was saved");
        assertTrue(text("doc:supplier_label").startsWith("SUP-004"), "what was entered is kept");
        assertEquals("2.5", element("doc:lines:1:quantity").getAttribute("value"));
        screenshot("03-bad-quantity");

        assertEquals(motorsBefore.stripTrailingZeros().toPlainString(), text("doc:lines:0:onHand"),
                "the store's on-hand is shown while entering");
        type("doc:lines:0:quantity", "2");
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        type("doc:lines:0:serials", "PM" + run + "-1, PM" + run + "-2");
        element("doc:lines:0:quantity").sendKeys(Keys.ENTER);
        waitForPage();
        assertEquals(3, browser.findElements(By.cssSelector("[id='doc:lines_data'] > tr")).size(), "Enter adds a line");
        assertEquals("doc:lines:2:item_input", browser.switchTo().activeElement().getAttribute("id"),
                "and the cursor waits in its item field");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertTrue(text("messages").contains("saved"), text("messages"));
        assertEquals("Saved", text("doc:status"));
        assertEquals(0, motorsBefore.compareTo(api.onHand(STORE, MOTOR)), "saving moves no stock");
        screenshot("04-saved");

        // only the store is fixed: a saved purchase may become a petty purchase, never an issue
        List<String> offered = browser.findElements(By.cssSelector("[id='doc:category_items'] li"))
                .stream().map(li -> li.getDomAttribute("data-label")).toList();
        assertTrue(offered.stream().allMatch(label -> label.startsWith("Other inbound")), offered.toString());
        choose("doc:category", "Other inbound · Petty purchase");
        click("doc:save");
        waitForPage();
        assertTrue(text("messages").contains("names no approved requisition"), "a petty purchase needs its request: "
                + text("messages"));
        // bought first in an emergency: its requisition follows
        browser.findElement(By.cssSelector("[id='doc:emergency'] .ui-chkbox-box")).click();
        click("doc:save");
        waitForPage();
        assertTrue(text("messages").contains("saved"), text("messages"));
        assertTrue(browser.findElement(By.cssSelector("[id='doc:emergency'] .ui-chkbox-box")).getDomAttribute("class")
                .contains("ui-state-active"), "kept as an emergency");
        assertTrue(text("doc:category_label").endsWith("Petty purchase"), text("doc:category_label"));

        click("doc:review");
        waitForPage();
        assertTrue(text("messages").contains("reviewed"), text("messages"));
        assertEquals("Reviewed", text("doc:status"));
        String history = text("doc:history");
        assertTrue(history.contains("Entered") && history.contains("Reviewed") && history.contains("accountant"), history);
        screenshot("05-reviewed");

        open(base, "/stock/onhand.xhtml?store=" + STORE);
        String expectedMotors = motorsBefore.add(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
        String expectedRags = ragsBefore.add(new BigDecimal("2.5")).stripTrailingZeros().toPlainString();
        assertEquals(expectedMotors, onHandCell(MOTOR));
        assertTrue(api.get("api/stores/" + STORE + "/lots?item=" + MOTOR).raw().contains("PM" + run + "-2"),
                "the serials typed are in the store");
        assertEquals(expectedRags, onHandCell(RAGS));
        screenshot("06-on-hand");

        clickAndLoad("nav:langZh");
        assertEquals("现存量", browser.findElement(By.cssSelector("h1.fs-title")).getText());
        screenshot("07-on-hand-zh");
    }

    /**
     * The planning office follows an item (the first the store holds) from the on-hand view into its stock ledger, whose last
     * running balance is the on-hand figure, and runs the stock check, which finds the books agree.
     */
    @Test
    void plannerFollowsAnItemIntoItsLedgerAndRunsTheStockCheck() throws Exception {
        logIn(base, "planner");
        open(base, "/stock/onhand.xhtml?store=" + STORE);
        WebElement firstItem = browser.findElement(By.cssSelector("[id='onhand:balances_data'] > tr td:first-child a"));
        String onHand = onHandCell(firstItem.getText().trim());
        firstItem.click();
        waitForPage();
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='ledger:entries_data'] > tr"));
        assertTrue(rows.size() >= 1, "the item has movements");
        List<WebElement> lastCells = rows.get(rows.size() - 1).findElements(By.tagName("td"));
        assertTrue(lastCells.stream().anyMatch(cell -> cell.getText().trim().equals(onHand)),
                "the last running balance is the on-hand " + onHand + ": " + rows.get(rows.size() - 1).getText());
        screenshot("08-stock-ledger");

        click("nav:menuStockCheck");
        click("check:run");
        assertTrue(text("messages").contains("Every balance equals"), text("messages"));
        assertTrue(text("check:discrepancies").contains("Compared with"), "the table says what was compared");
        screenshot("09-stock-check");
    }

    private String onHandCell(String itemCode) {
        return browser.findElement(By.xpath("//tbody[@id='onhand:balances_data']/tr[td[1][normalize-space()='"
                + itemCode + "']]/td[5]")).getText().trim();
    }

    /**
     * The list is read a page at a time in the database (a lazy table): the next page shows other
     * documents than the first, newest first, and the paginator counts the whole list.
     */
    private void pageTheDocumentList() throws java.io.IOException {
        List<String> first = shownNumbers();
        assertTrue(!first.isEmpty(), "the demo's documents are listed");
        WebElement next = browser.findElement(By.cssSelector("[id='results:documents'] .ui-paginator-next"));
        if (next.getAttribute("class").contains("ui-state-disabled")) {
            assertTrue(first.size() <= 50, "one page holds at most 50 rows: " + first.size());
            return;
        }
        assertEquals(50, first.size(), "a full first page");
        next.click();
        waitForPage();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !shownNumbers().equals(first));
        List<String> second = shownNumbers();
        assertTrue(second.stream().noneMatch(first::contains), "the second page shows other documents: " + second);
        screenshot("02b-document-list-second-page");
        browser.findElement(By.cssSelector("[id='results:documents'] .ui-paginator-first")).click();
        waitForPage();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> shownNumbers().equals(first));
    }

    private List<String> shownNumbers() {
        return browser.findElements(By.cssSelector("[id='results:documents_data'] a[id$=':open']")).stream()
                .map(WebElement::getText).toList();
    }
}
