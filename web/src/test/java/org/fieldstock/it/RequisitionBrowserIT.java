package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A requisition on the screens, as the demo users whose work each step is: the keeper drafts it,
 * the site chief signs it in Chinese, the BU planner finds it on the list with the time it is due
 * by, checks it; the supervisor signs, the manager approves, and the planning office ships it from
 * the central store on a transfer slip. A store below its minimum stock is on the work lists, and
 * the keeper drafts the requisition of its shortfalls in one click. An emergency bought first waits on
 * the BU's list until the accountant links the requisition filed after it; the BU planner reads the
 * week (and prints it), in both languages; the planning office reads the demand plan and an item's page.
 * A purchase entered on the document screen names an approved requisition, and its review closes it.
 */
@OnSharedServer
class RequisitionBrowserIT extends BrowserTestBase {

    @ServerBase
    private URL base;

    @Test
    void aSiteFilesARequisitionOnTheScreensAndTheBuSignsItUntilItIsShipped() throws Exception {
        logIn(base, "keeper");
        open(base, "/requisitions/edit.xhtml");
        autoComplete("req:lines:0:item", "SP-PIT-0001");
        type("req:lines:0:quantity", "2");
        choose("req:lines:0:urgency", "Urgent");
        type("req:lines:0:reason", "A03 变桨电机烧毁 burnt");
        autoComplete("req:lines:1:item", "CS-HYD-0002");
        type("req:lines:1:quantity", "20");
        click("req:save");
        waitForPage();
        assertTrue(text("messages").contains("give the reason"), "the second line has no reason: " + text("messages"));
        type("req:lines:1:reason", "液压站补油 top-up");
        screenshot("requisition-01-draft");
        click("req:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertTrue(text("req:status").startsWith("Draft"), text("req:status"));
        String address = browser.getCurrentUrl().replaceAll(".*(/requisitions/edit\\.xhtml\\?id=\\d+).*", "$1");
        assertTrue(browser.findElements(By.id("req:sign")).isEmpty(), "a keeper drafts, the chief signs");
        logOut();

        logIn(base, "chief");
        open(base, address);
        clickAndLoad("nav:langZh");
        click("req:sign");
        waitForPage();
        assertTrue(text("req:status").startsWith("已报业务部"), text("req:status"));
        assertTrue(text("req:checkDue").length() > 0, "the planner's clock shows");
        screenshot("requisition-02-signed-zh");
        clickAndLoad("nav:langEn");
        logOut();

        logIn(base, "buplanner");
        open(base, "/requisitions/list.xhtml");
        String listed = text("requisitions:list");
        assertTrue(listed.contains("ZBET") && listed.contains("Filed"), listed);
        screenshot("requisition-03-planners-list");
        open(base, address);
        click("req:check");
        waitForPage();
        assertTrue(text("req:status").startsWith("Checked"), text("req:status"));
        logOut();

        logIn(base, "supervisor");
        open(base, address);
        click("req:supervise");
        waitForPage();
        logOut();
        logIn(base, "manager");
        open(base, address);
        click("req:approve");
        waitForPage();
        assertTrue(text("req:status").startsWith("Approved"), text("req:status"));
        assertTrue(text("req:events").contains("Signed by the site chief") && text("req:events").contains("chief"),
                text("req:events"));
        logOut();

        logIn(base, "planner");
        open(base, address);
        assertTrue(text("req:deliveries").contains("SP-PIT-0001"), text("req:deliveries"));
        screenshot("requisition-04-approved");
        click("req:ship");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/transfers/edit"));
        waitForPage();
        assertTrue(text("messages").contains("Transfer slip"), text("messages"));
        screenshot("requisition-05-shipment-slip");
        open(base, address);
        assertEquals("2", browser.findElement(By.xpath("//*[@id='req:deliveries']//tr[td[1][.='SP-PIT-0001']]/td[4]"))
                .getText(), "two pitch motors on their way");
        logOut();
    }

    @Test
    void aStoreBelowItsMinimumIsOnTheWorkListsAndTheKeeperAsksForItsShortfallsInOneClick() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        java.math.BigDecimal onHand = accountant.onHand("ZBET-G", "CS-GBX-0006");
        try {
            logIn(base, "accountant");
            open(base, "/requisitions/minimum.xhtml?store=ZBET-G");
            autoComplete("minimum:item", "CS-GBX-0006");
            type("minimum:minimumQty", onHand.add(java.math.BigDecimal.valueOf(4)).toPlainString());
            click("minimum:set");
            waitForPage();
            String levels = text("minimum:levels");
            assertTrue(levels.contains("CS-GBX-0006"), levels);
            screenshot("requisition-05b-minimum-stock");
            logOut();

            logIn(base, "keeper");
            open(base, "/transfers/list.xhtml");
            browser.findElement(By.xpath("//a[contains(., 'Below minimum stock')]")).click();
            String alert = text("worklists:work:belowMinimumTable");
            assertTrue(alert.contains("CS-GBX-0006") && alert.contains("ZBET-G"), alert);
            screenshot("requisition-06-below-minimum");
            click("worklists:work:draftShortfalls");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/requisitions/edit"));
            waitForPage();
            assertTrue(text("req:status").startsWith("Draft"), text("req:status"));
            int row = 0;
            while (!element("req:lines:" + row + ":item_input").getAttribute("value").equals("CS-GBX-0006")) {
                row++;
            }
            assertEquals("4", element("req:lines:" + row + ":quantity").getAttribute("value"));
            assertTrue(element("req:lines:" + row + ":reason").getAttribute("value").contains("below minimum"));
            clickAndLoad("nav:langZh");
            screenshot("requisition-07-shortfalls-drafted-zh");
            clickAndLoad("nav:langEn");
            logOut();
        } finally {
            accountant.delete("api/minimum-stock/ZBET-G/CS-GBX-0006");
        }
    }

    @Test
    void theBuLinksAnEmergencysRequisitionFollowsTheWeekAndThePlanningOfficeReadsThePlan() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        ApiClient.Answer bought = accountant.post("api/documents", "{\"category\":\"PETTY_PURCHASE\",\"store\":"
                + "\"ZBET-G\",\"emergency\":true,\"date\":\"" + java.time.LocalDate.now() + "\",\"lines\":[{\"item\":"
                + "\"CS-GBX-0006\",\"quantity\":1}]}");
        assertEquals(201, bought.status(), bought.raw());
        String purchase = bought.object().getString("number");
        String requisition = ApprovedRequisitions.filed(base, "{\"site\":\"ZBET\",\"lines\":[{\"item\":"
                + "\"CS-GBX-0006\",\"quantity\":1,\"reason\":\"滤芯堵塞 filter clogged\"}]}").getString("number");

        logIn(base, "accountant");
        open(base, "/requisitions/list.xhtml");
        String row = "//*[@id='shippedFirst:awaiting']//tr[td//a[.='" + purchase + "']]";
        org.openqa.selenium.WebElement emergency = browser.findElement(By.xpath(row));
        assertTrue(emergency.getText().contains("ZBET") && emergency.getText().contains("CS-GBX-0006"),
                emergency.getText());
        org.openqa.selenium.WebElement number = emergency.findElement(By.xpath(".//input[contains(@id,':number')]"));
        number.sendKeys(requisition);
        screenshot("requisition-08-shipped-first");
        emergency.findElement(By.xpath(".//button[contains(@id,':link')]")).click();
        waitForPage();
        assertTrue(text("messages").contains(requisition) && text("messages").contains(purchase), text("messages"));
        assertTrue(browser.findElements(By.xpath(row)).isEmpty(), "linked: off the list");
        logOut();

        logIn(base, "buplanner");
        open(base, "/requisitions/weekly.xhtml");
        String week = text("weekly:rows");
        assertTrue(week.contains(requisition) && week.contains("Signed by the site chief"), week);
        assertTrue(text("weekly:counts").contains("filed"), text("weekly:counts"));
        screenshot("requisition-09-weekly-progress");
        click("weekly:exportPdf");
        keep(downloaded(".pdf"), "requisition-weekly-progress.pdf");
        clickAndLoad("nav:langZh");
        assertTrue(text("weekly:counts").contains("本周"), text("weekly:counts"));
        screenshot("requisition-10-weekly-progress-zh");
        clickAndLoad("nav:langEn");
        logOut();

        logIn(base, "planner");
        open(base, "/requisitions/plan.xhtml");
        choose("plan:bu", "NC");
        waitForPage();
        String plan = text("plan:rows");
        assertTrue(plan.contains("CS-GBX-0006"), "asked for on an open requisition: " + plan);
        assertTrue(browser.findElements(By.id("plan:workbookUpload")).size() == 1, "the planning office imports");
        screenshot("requisition-11-demand-plan");
        open(base, "/stock/item.xhtml?code=CS-GBX-0006");
        assertTrue(text("item").contains("CS-GBX-0006"), text("item"));
        screenshot("requisition-12-item-consumption-and-plan");
        logOut();
    }

    @Test
    void aPurchaseEnteredOnTheScreenNamesTheApprovedRequisitionAndItsReviewClosesIt() throws Exception {
        JsonObject approved = ApprovedRequisitions.approved(base, "{\"site\":\"ZBET\",\"lines\":[{\"item\":"
                + "\"SP-GEN-0004\",\"quantity\":1,\"reason\":\"碳刷磨损 brush worn\"}]}");
        logIn(base, "accountant");
        open(base, "/documents/edit.xhtml");
        choose("doc:store", "ZBET-G");
        choose("doc:supplier", "SUP-004");
        type("doc:deliveryNote", "DN-REQ-IT");
        type("doc:requisition", approved.getString("number"));
        autoComplete("doc:lines:0:item", "SP-GEN-0004");
        type("doc:lines:0:quantity", "1");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals(approved.getString("number"), element("doc:requisition").getAttribute("value"));
        click("doc:review");
        waitForPage();
        assertTrue(text("messages").contains("reviewed"), text("messages"));
        open(base, "/requisitions/edit.xhtml?id=" + approved.getJsonNumber("id"));
        clickAndLoad("nav:langZh");
        assertTrue(text("req:status").startsWith("已关闭"), "the site's receipt closed it: " + text("req:status"));
        screenshot("requisition-13-closed-by-receipt-zh");
        clickAndLoad("nav:langEn");
        logOut();
    }
}
