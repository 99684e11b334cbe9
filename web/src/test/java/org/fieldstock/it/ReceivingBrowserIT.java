package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Receiving on screen: a delivery that came without papers is booked on the shipper's word and shows
 * its flag until the keeper attaches the papers (English); the receiving page lists the late counts
 * marked, and the keeper reports a damaged delivery with a photo and settles it (Chinese).
 */
@OnSharedServer
class ReceivingBrowserIT extends BrowserTestBase {

    private static final String STORE = "ZBET-G";
    private static final String ITEM = "SP-GBX-0006";

    @ServerBase
    private URL base;

    private static String delivery(String papers, LocalDate arrivedOn) {
        return "{\"category\":\"PURCHASE\",\"store\":\"" + STORE + "\",\"supplier\":\"SUP-002\",\"date\":\""
                + LocalDate.now() + "\"," + papers + "\"arrivedOn\":\"" + arrivedOn + "\",\"lines\":[{\"item\":\"" + ITEM
                + "\",\"quantity\":2}]}";
    }

    @Test
    void goodsBookedOnTheShippersWordWaitForTheirPapers() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        JsonObject saved = accountant.post("api/documents", delivery("\"shipperConfirmation\":\"driver Li, by phone\",",
                LocalDate.now())).object();
        long id = saved.getJsonNumber("id").longValue();
        assertEquals(200, accountant.post("api/documents/" + id + "/review", null).status());

        logIn(base, "keeper");
        open(base, "/documents/edit.xhtml?id=" + id);
        assertTrue(text("doc:provisional").contains("shipper's word"), text("doc:provisional"));
        screenshot("receiving-01-without-papers-en");
        type("doc:papers", "DN-20261204-9");
        click("doc:attachPapers");
        assertTrue(text("messages").contains("DN-20261204-9"), text("messages"));
        assertTrue(browser.findElements(By.id("doc:provisional")).isEmpty(), "the flag is gone");
        assertEquals("DN-20261204-9", accountant.get("api/documents/" + id).object().getString("deliveryNote"));
    }

    @Test
    void theKeeperSeesTheLateCountsAndReportsADamagedDeliveryWithAPhoto() throws Exception {
        ApiClient keeper = ApiClient.as(base, "keeper", "demo");
        JsonObject late = keeper.post("api/documents", delivery("\"deliveryNote\":\"DN-OLD\",",
                LocalDate.now().minusDays(14))).object();
        JsonObject damaged = keeper.post("api/documents", delivery("\"deliveryNote\":\"DN-DMG\",", LocalDate.now()))
                .object();

        logIn(base, "keeper");
        clickAndLoad("nav:langZh");
        open(base, "/receiving/list.xhtml");
        String lateRow = browser.findElement(By.xpath("//tr[td[contains(normalize-space(), '"
                + late.getString("number") + "')]]")).getText();
        assertTrue(lateRow.contains("逾期"), lateRow);
        screenshot("receiving-02-to-count-zh");

        type("receiving:receipt", damaged.getString("number"));
        choose("receiving:kind", "包装破损");
        type("receiving:description", "外箱一角压扁 one corner of the box crushed");
        click("receiving:report");
        assertTrue(text("messages").contains("DIS-"), text("messages"));
        Path photo = Files.createTempFile("discrepancy", ".png");
        Files.write(photo, TestPictures.png(Color.ORANGE));
        browser.findElement(By.id("receiving:photoUpload_input")).sendKeys(photo.toString());
        waitForPage();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("[id='receiving:detail'] img.fs-photo")).isEmpty());
        screenshot("receiving-03-report-with-photo-zh");

        JsonObject intake = keeper.post("api/documents", "{\"category\":\"DAMAGE_INTAKE\",\"store\":\"ZBET-D\",\"date\":\""
                + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + ITEM + "\",\"quantity\":1}]}").object();
        type("receiving:settling", intake.getString("number"));
        click("receiving:settle");
        assertTrue(text("messages").contains(intake.getString("number")), text("messages"));
        screenshot("receiving-04-settled-zh");
    }
}
