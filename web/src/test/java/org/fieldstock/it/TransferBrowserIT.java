package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Transfers from the screens, each step by the demo user whose work it is: an intra-BU slip made,
 * reviewed and shipped by the NC accountant, counted on arrival by the ZBET keeper (one unit damaged)
 * and booked in by the accountant; a cross-BU slip
 * made and reviewed by the planning office, shipped by NC, received short by NW, the loss approved
 * by the planning office and the slip on the month-end report. The goods in transit are read off
 * the screens after every step.
 */
@OnSharedServer
class TransferBrowserIT extends BrowserTestBase {

    /** Counted in whole pieces, kept neither by serial nor in batches. */
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    @Test
    void intraBuTransferByTheBuAccountant() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        api.receive("WCYD-G", ITEM, 4);
        BigDecimal fromBefore = api.onHand("WCYD-G", ITEM);
        BigDecimal goodBefore = api.onHand("ZBET-G", ITEM);
        BigDecimal damagedBefore = api.onHand("ZBET-D", ITEM);

        logIn(base, "accountant");
        open(base, "/transfers/list.xhtml");
        click("filters:newSlip");
        choose("slip:from", "WCYD-G");
        choose("slip:to", "ZBET-G");
        type("slip:packingList", "PL-" + System.nanoTime() % 100000);
        autoComplete("slip:lines:0:item", ITEM);
        assertEquals(fromBefore.stripTrailingZeros().toPlainString(), text("slip:lines:0:onHand"),
                "the sending store's on-hand is shown while entering");
        type("slip:lines:0:quantity", "3");
        assertTrue(browser.findElements(By.id("slip:agreedBySending")).isEmpty(),
                "a slip within one BU records no agreement");
        screenshot("transfer-01-intra-new");
        click("slip:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertTrue(text("messages").contains("saved"), text("messages"));
        String number = browser.getTitle().replaceAll(".*(TR-\\d{4}-\\d{6}).*", "$1");
        assertTrue(number.startsWith("TR-"), browser.getTitle());
        String slipUrl = browser.getCurrentUrl();

        click("slip:review");
        waitForPage();
        assertTrue(text("messages").contains("generated"), text("messages"));
        assertEquals("Saved", text("flow:outboundStatus"));
        assertEquals("Saved", text("flow:inboundStatus"));
        assertTrue(browser.findElements(By.id("flow:inTransit")).isEmpty(), "nothing in transit before shipping");
        screenshot("transfer-02-intra-reviewed");

        click("flow:ship");
        waitForPage();
        assertEquals("Reviewed", text("flow:outboundStatus"));
        assertEquals("3", text("flow:inTransit:0:quantity"));
        assertEquals(0, fromBefore.subtract(BigDecimal.valueOf(3)).compareTo(api.onHand("WCYD-G", ITEM)));
        assertTrue(browser.findElements(By.id("slip:unreview")).isEmpty(), "no unreview once the goods have left");

        open(base, "/transfers/transit.xhtml?store=ZBET-G");
        String transit = text("results:transit");
        assertTrue(transit.contains(number) && transit.contains(ITEM) && transit.contains("On the way"), transit);
        screenshot("transfer-03-in-transit");

        logOut();

        // the receiving site's keeper counts what came: one unit damaged; the keeper does not review
        logIn(base, "keeper");
        open(base, "/transfers/list.xhtml");
        browser.findElement(By.cssSelector("a[href='#worklists:work:toReceive']")).click();
        assertTrue(text("worklists:work:toReceiveTable").contains(number), text("worklists:work:toReceiveTable"));
        browser.findElement(By.linkText(number)).click();
        waitForPage();
        type("flow:arrival:0:damaged", "1");
        screenshot("transfer-04-arrival-by-keeper");
        assertTrue(browser.findElements(By.id("flow:receive")).isEmpty(), "a keeper does not review");
        click("flow:recordArrival");
        assertTrue(text("messages").contains("Arrival recorded"), text("messages"));
        logOut();

        // the BU accountant books it in
        logIn(base, "accountant");
        browser.get(slipUrl);
        waitForPage();
        assertEquals("1", element("flow:arrival:0:damaged").getAttribute("value"), "the keeper's count is kept");
        click("flow:receive");
        confirm();
        waitForPage();
        assertTrue(text("messages").contains("booked in"), text("messages"));
        assertEquals("Reviewed", text("flow:inboundStatus"));
        assertTrue(browser.findElements(By.id("flow:inTransit")).isEmpty(), "everything arrived");
        assertTrue(text("flow:receivedLines").contains("2"), text("flow:receivedLines"));
        assertEquals(0, goodBefore.add(BigDecimal.valueOf(2)).compareTo(api.onHand("ZBET-G", ITEM)));
        assertEquals(0, damagedBefore.add(BigDecimal.ONE).compareTo(api.onHand("ZBET-D", ITEM)));
        screenshot("transfer-05-received");

        // drill down to the transfer-in and back up to the slip
        click("flow:inbound");
        assertEquals(number, text("doc:transferSlip"));
        assertTrue(browser.findElements(By.id("doc:save")).isEmpty(), "a generated document is not edited directly");
        screenshot("transfer-06-generated-inbound");
        click("doc:transferSlip");
        assertTrue(browser.getTitle().contains(number), browser.getTitle());
    }

    @Test
    void crossBuTransferByThePlanningOfficeShippedByOneBuReceivedShortByTheOther() throws Exception {
        ApiClient accountantApi = ApiClient.as(base, "accountant", "demo");
        accountantApi.receive("ZBET-G", ITEM, 3);
        BigDecimal northwestBefore = accountantApi.onHand("NW-G", ITEM);

        logIn(base, "planner");
        open(base, "/transfers/edit.xhtml");
        choose("slip:from", "ZBET-G");
        choose("slip:to", "NW-G");
        type("slip:agreedBySending", "周经理 Zhou Jingli");
        type("slip:agreedByReceiving", "西北经理 NW manager");
        autoComplete("slip:lines:0:item", ITEM);
        type("slip:lines:0:quantity", "2");
        screenshot("transfer-10-cross-new");
        click("slip:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        String slipUrl = browser.getCurrentUrl();
        String number = browser.getTitle().replaceAll(".*(TR-\\d{4}-\\d{6}).*", "$1");
        click("slip:review");
        waitForPage();
        assertEquals("Saved", text("flow:outboundStatus"));
        logOut();

        // the sending BU ships; it cannot change or review the slip itself
        logIn(base, "accountant");
        browser.get(slipUrl);
        waitForPage();
        assertTrue(browser.findElements(By.id("slip:save")).isEmpty() && browser.findElements(By.id("slip:unreview"))
                .isEmpty(), "a BU has no right to a cross-BU slip");
        click("flow:ship");
        waitForPage();
        assertEquals("Reviewed", text("flow:outboundStatus"));
        assertEquals("2", text("flow:inTransit:0:quantity"));
        assertTrue(browser.findElements(By.id("flow:receive")).isEmpty(), "NC does not receive into NW");
        logOut();

        // the receiving BU books what arrived: one of two is missing
        logIn(base, "accountant.nw");
        browser.get(slipUrl);
        waitForPage();
        type("flow:arrival:0:missing", "1");
        click("flow:receive");
        confirm();
        waitForPage();
        assertEquals("Reviewed", text("flow:inboundStatus"));
        assertEquals("1", text("flow:inTransit:0:quantity"));
        assertTrue(text("flow:inTransit").contains("loss awaiting approval"), text("flow:inTransit"));
        assertEquals(0, northwestBefore.add(BigDecimal.ONE).compareTo(accountantApi.onHand("NW-G", ITEM)));
        assertTrue(browser.findElements(By.id("flow:approveLoss")).isEmpty(), "only the planning office writes off");
        screenshot("transfer-11-cross-received-short");
        logOut();

        // the planning office approves the loss and finds the slip on the month-end report
        logIn(base, "planner");
        open(base, "/transfers/list.xhtml");
        browser.findElement(By.cssSelector("a[href='#worklists:work:losses']")).click();
        assertTrue(text("worklists:work:lossesTable").contains(number), text("worklists:work:lossesTable"));
        browser.get(slipUrl);
        waitForPage();
        click("flow:approveLoss");
        confirm();
        waitForPage();
        assertTrue(text("flow:lossApproved").contains("planner"), text("flow:lossApproved"));
        assertTrue(browser.findElements(By.id("flow:inTransit")).isEmpty(), "written off, nothing in transit");
        open(base, "/transfers/transit.xhtml");
        assertTrue(!text("results:transit").contains(number), "not in transit any more");

        open(base, "/transfers/report.xhtml");
        String report = text("report");
        assertTrue(report.contains(number) && report.contains("周经理 Zhou Jingli") && report.contains("NW-G"), report);
        assertTrue(report.contains(java.time.YearMonth.now().toString()), "the heading names the month");
        screenshot("transfer-12-cross-bu-report");
        clickAndLoad("nav:langZh");
        assertTrue(text("report").contains("业务部之间协商的跨业务部调拨") && text("report").contains(number),
                "the report in Chinese: " + text("report"));
        screenshot("transfer-13-cross-bu-report-zh");
        browser.get(slipUrl);
        waitForPage();
        assertTrue(text("flow").contains("调拨出库单") && text("flow").contains("已审核"), text("flow"));
        screenshot("transfer-14-slip-zh");
    }
}
