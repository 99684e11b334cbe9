package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Freight on screen: the keeper files an express shipment above what the site decides for a material
 * return (Chinese); the BU accountant finds it waiting on the month's list and approves it (English).
 */
@OnSharedServer
class FreightBrowserIT extends BrowserTestBase {

    @ServerBase
    private URL base;

    @Test
    void theKeeperFilesExpressAboveTheSitesLimitAndTheBuApprovesIt() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        String purchase = accountant.receive("ZBET-G", "SP-GBX-0006", 1);
        String carried = ApiClient.as(base, "keeper", "demo").post("api/documents", "{\"category\":\"MATERIAL_RETURN\","
                + "\"store\":\"ZBET-G\",\"reverses\":\"" + purchase + "\",\"date\":\"" + LocalDate.now()
                + "\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":-1}]}").object().getString("number");
        String carrier = "EMS " + Long.toString(System.nanoTime(), 36).toUpperCase();

        logIn(base, "keeper");
        clickAndLoad("nav:langZh");
        open(base, "/freight/list.xhtml");
        choose("freight:store", "ZBET-G");
        choose("freight:mode", "快递");
        type("freight:amount", "350");
        type("freight:carrier", carrier);
        type("freight:document", carried);
        screenshot("freight-01-file-zh");
        click("freight:file");
        assertTrue(text("messages").contains("报事业部申请"), text("messages"));
        logOut();

        logIn(base, "accountant");
        open(base, "/freight/list.xhtml");
        int row = Integer.parseInt(browser.findElement(By.xpath("//tr[td[contains(normalize-space(), '" + carrier
                + "')]]")).getAttribute("data-ri"));
        assertTrue(text("freight:list:" + row + ":status").contains("Waiting"), text("freight:list:" + row + ":status"));
        type("freight:list:" + row + ":note", "urgent part");
        screenshot("freight-02-waiting-en");
        click("freight:list:" + row + ":approve");
        assertTrue(text("messages").contains("Approved"), text("messages"));
        String status = accountant.get("api/freight").object().getJsonArray("requests").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("carrier").equals(carrier)).findFirst()
                .orElseThrow().getString("status");
        assertEquals("APPROVED", status);
        screenshot("freight-03-approved-en");
    }
}
