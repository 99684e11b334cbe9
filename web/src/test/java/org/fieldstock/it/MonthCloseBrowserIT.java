package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Month close on screen: the NC accountant closes an ended month (after confirming) and finds no
 * way to reopen it; the planning office reopens it with a reason in the dialog.
 */
@OnSharedServer
class MonthCloseBrowserIT extends BrowserTestBase {

    /** Long ended, and not the month MonthCloseApiIT closes. */
    private static final YearMonth MONTH = YearMonth.now().minusMonths(4);

    @ServerBase
    private URL base;

    @Test
    void theAccountantClosesAMonthAndThePlanningOfficeReopensIt() throws Exception {
        try {
            logIn(base, "accountant");
            open(base, "/closing/months.xhtml");
            int row = rowOf(MONTH);
            assertEquals("Open", text("months:table:" + row + ":state"));
            assertTrue(browser.findElements(By.id("months:table:0:close")).isEmpty(), "this month has not ended");
            click("months:table:" + row + ":close");
            confirm();
            waitForPage();
            assertTrue(text("messages").contains("is closed"), text("messages"));
            assertEquals("Closed", text("months:table:" + row + ":state"));
            assertTrue(browser.findElements(By.id("months:table:" + row + ":reopen")).isEmpty(),
                    "a BU does not reopen its months");
            screenshot("month-close-01-closed");
            logOut();

            logIn(base, "planner");
            open(base, "/closing/months.xhtml?bu=NC");
            click("months:table:" + row + ":reopen");
            element("reopenForm:reason").sendKeys("补录漏记的报废单 a scrap document was missed");
            screenshot("month-close-02-reopen-dialog");
            click("reopenForm:confirmReopen");
            waitForPage();
            assertEquals("Reopened", text("months:table:" + row + ":state"), text("messages"));
            assertTrue(text("months:table").contains("a scrap document was missed"), text("months:table"));
            clickAndLoad("nav:langZh");
            assertEquals("已反月结", text("months:table:" + row + ":state"));
            screenshot("month-close-03-reopened-zh");
        } finally {
            ApiClient.as(base, "planner", "demo").post("api/month-closes/NC/" + MONTH + "/reopen",
                    "{\"reason\":\"end of test\"}");
        }
    }

    private int rowOf(YearMonth month) {
        List<WebElement> months = browser.findElements(By.cssSelector("[id$=':month']"));
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).getText().equals(month.toString())) {
                return i;
            }
        }
        throw new AssertionError("no row of " + month);
    }
}
