package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The keeper lends a tool from the loans page, in Chinese, and takes it back damaged (which saves a
 * storage-damage document for the BU); the BU accountant finds an overdue loan marked on the list, in
 * English, and the on-hand page shows the tools lent.
 */
@OnSharedServer
class ToolLoanBrowserIT extends BrowserTestBase {

    private static final String STORE = "ZBET-G";
    private static final String THERMOMETER = "TL-GNL-0012";

    @ServerBase
    private URL base;

    @Test
    void aKeeperLendsAToolAndTakesItBackDamaged() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        accountant.receive(STORE, THERMOMETER, 3);
        String borrower = "检修二班 " + Long.toString(System.nanoTime(), 36).toUpperCase();

        logIn(base, "keeper");
        clickAndLoad("nav:langZh");
        open(base, "/tools/loans.xhtml");
        choose("loans:lendStore", STORE);
        autoComplete("loans:tool", THERMOMETER);
        type("loans:quantity", "1");
        type("loans:borrower", borrower);
        type("loans:purpose", "A05 变桨检查");
        screenshot("loans-01-lend-zh");
        click("loans:lend");
        assertTrue(text("messages").contains(borrower), text("messages"));
        JsonObject loan = loanOf(accountant, borrower);
        assertEquals("keeper", loan.getString("lentBy"));
        String row = rowText(loan.getString("number"));
        assertTrue(row.contains("借出中"), row);

        int index = rowIndex(loan.getString("number"));
        click("loans:list:" + index + ":takeBack");
        element("loans:returnDialog");
        browser.findElement(By.cssSelector("[id='loans:condition'] input[value='DAMAGED'] + label, "
                + "label[for='loans:condition:1']")).click();
        type("loans:note", "镜头碎裂 lens cracked");
        screenshot("loans-02-take-back-zh");
        click("loans:confirmReturn");
        assertTrue(text("messages").contains("库存损坏单"), text("messages"));
        JsonObject back = accountant.get("api/tool-loans/" + loan.getJsonNumber("id")).object();
        assertEquals("DAMAGED", back.getString("condition"));
        assertEquals("STORAGE_DAMAGE", accountant.get("api/documents/" + back.getJsonNumber("damageDocumentId"))
                .object().getString("category"));
        screenshot("loans-03-taken-back-zh");
    }

    @Test
    void theBuSeesItsOverdueLoansMarkedAndTheToolsLentOnHand() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        accountant.receive(STORE, THERMOMETER, 1);
        String borrower = "Team " + Long.toString(System.nanoTime(), 36).toUpperCase();
        ApiClient.Answer lent = ApiClient.as(base, "keeper", "demo").post("api/tool-loans", "{\"store\":\"" + STORE
                + "\",\"item\":\"" + THERMOMETER + "\",\"quantity\":1,\"borrower\":\"" + borrower + "\",\"lentOn\":\""
                + LocalDate.now().minusDays(9) + "\",\"dueOn\":\"" + LocalDate.now().minusDays(2) + "\"}");
        assertEquals(201, lent.status(), lent.raw());
        String number = lent.object().getString("number");

        logIn(base, "accountant");
        open(base, "/tools/loans.xhtml?overdue=true");
        String row = rowText(number);
        assertTrue(row.contains("Overdue 2 d"), row);
        assertTrue(browser.findElement(By.xpath("//tr[td[contains(normalize-space(), '" + number + "')]]")).getAttribute("class")
                .contains("fs-row-late"), "the overdue row is marked");
        assertTrue(text("loans:overdueCount").contains("overdue"), text("loans:overdueCount"));
        screenshot("loans-04-overdue-en");

        open(base, "/stock/onhand.xhtml?store=" + STORE);
        String lentShown = browser.findElement(By.xpath("//tr[td//a[normalize-space()='" + THERMOMETER + "']]"
                + "//a[contains(@id,'lent')]")).getText().trim();
        assertTrue(Integer.parseInt(lentShown) >= 1, lentShown);
        screenshot("loans-05-on-hand-en");
    }

    private static JsonObject loanOf(ApiClient api, String borrower) {
        return api.get("api/tool-loans?store=" + STORE).array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("borrower").equals(borrower)).findFirst()
                .orElseThrow(() -> new AssertionError("no loan to " + borrower));
    }

    private String rowText(String number) {
        return browser.findElement(By.xpath("//tr[td[contains(normalize-space(), '" + number + "')]]")).getText();
    }

    private int rowIndex(String number) {
        return Integer.parseInt(browser.findElement(By.xpath("//tr[td[contains(normalize-space(), '" + number + "')]]"))
                .getAttribute("data-ri"));
    }
}
