package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Master data on the screens: the planning office creates an item (with a suggested code) and a
 * supplier; a keeper sends an item-code request with an uploaded photo; the planning office opens
 * it, sees the photo and creates the item; the keeper then sees the new code. Screenshots in both
 * languages.
 */
@OnSharedServer
class MasterDataBrowserIT extends BrowserTestBase {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L, 36)
            .toUpperCase(Locale.ROOT);

    @ServerBase
    private URL base;

    @Test
    void planningOfficeMaintainsTheCatalogueAndAnswersAKeepersRequest() throws Exception {
        logIn(base, "planner");
        assertTrue(browser.findElement(By.id("nav:menuMasterData")).isDisplayed(), "the planner has master data");

        open(base, "/masterdata/items.xhtml");
        type("items:group", "hyd");
        click("items:suggest");
        String code = element("items:code").getAttribute("value");
        assertTrue(code.matches("SP-HYD-\\d{4}"), code);
        type("items:nameZh", "液压蓄能器皮囊");
        type("items:nameEn", "Hydraulic accumulator bladder");
        type("items:spec", "10 L NBR");
        type("items:unitZh", "个");
        type("items:unitEn", "pcs");
        choose("items:repairClass", "class II");
        type("items:unitPrice_input", "860");
        click("items:save");
        assertTrue(text("messages").contains(code + " created."), text("messages"));
        type("search:text", code);
        click("search:find");
        assertTrue(text("items:list").contains("Hydraulic accumulator bladder"), text("items:list"));
        screenshot("masterdata-items-en");

        open(base, "/masterdata/suppliers.xhtml");
        String supplier = "SUP-B" + RUN;
        type("suppliers:code", supplier);
        type("suppliers:nameZh", "浏览器测试供应商");
        type("suppliers:nameEn", "Browser Test Supplier");
        click("suppliers:save");
        assertTrue(text("messages").contains(supplier + " created."), text("messages"));
        assertTrue(text("suppliers:list").contains("Browser Test Supplier"));
        screenshot("masterdata-suppliers-en");
        logOut();

        logIn(base, "keeper");
        open(base, "/masterdata/requests.xhtml");
        String name = "测风仪支架 " + RUN;
        type("newRequest:name", name);
        type("newRequest:spec", "铝合金 L=800");
        type("newRequest:unit", "套");
        type("newRequest:reason", "A07 风机测风仪支架断裂");
        Path photo = Files.createTempFile("bracket", ".png");
        Files.write(photo, TestPictures.png(Color.DARK_GRAY));
        browser.findElement(By.id("newRequest:photoUpload_input")).sendKeys(photo.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("newRequest:photoList"), photo.getFileName().toString()));
        waitForPage();
        screenshot("masterdata-request-keeper-en");
        click("newRequest:submit");
        assertTrue(text("messages").contains("sent to the planning office"), text("messages"));
        assertTrue(text("requests:list").contains(name), text("requests:list"));
        logOut();

        logIn(base, "planner");
        open(base, "/masterdata/requests.xhtml");
        browser.findElement(By.xpath("//tr[contains(., '" + name + "')]//button[contains(@id, ':open')]")).click();
        waitForPage();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "var i = document.querySelector('img.fs-photo'); return i != null && i.complete && i.naturalWidth > 0;")));
        assertEquals(name, element("decision:nameZh").getAttribute("value"), "the form comes pre-filled");
        choose("decision:category", "Spare part");
        type("decision:group", "NAC");
        click("decision:suggest");
        String requested = element("decision:code").getAttribute("value");
        type("decision:nameEn", "Anemometer bracket");
        type("decision:unitEn", "set");
        screenshot("masterdata-request-planner-en");
        click("decision:createItem");
        assertTrue(text("messages").contains("Item " + requested + " created for request"), text("messages"));
        logOut();

        logIn(base, "keeper");
        clickAndLoad("nav:langZh");
        open(base, "/masterdata/requests.xhtml");
        String row = browser.findElement(By.xpath("//tr[contains(., '" + name + "')]")).getText();
        assertTrue(row.contains("已建存货") && row.contains("编码 " + requested), row);
        screenshot("masterdata-request-keeper-zh");
        logOut();

        logIn(base, "planner");
        clickAndLoad("nav:langZh");
        open(base, "/masterdata/items.xhtml");
        screenshot("masterdata-items-zh");
        open(base, "/masterdata/orgunits.xhtml");
        screenshot("masterdata-orgunits-zh");
        // the org units are read a page at a time: ten a page, the next page shows the next ten
        new Select(browser.findElement(By.cssSelector("[id='orgUnits:list'] select.ui-paginator-rpp-options")))
                .selectByValue("10");
        waitForPage();
        List<String> firstPage = unitCodes();
        assertEquals(10, firstPage.size(), "ten units a page: " + firstPage);
        assertEquals("PO", firstPage.get(0), "the chart begins with the planning office");
        browser.findElement(By.cssSelector("[id='orgUnits:list'] .ui-paginator-next")).click();
        waitForPage();
        List<String> secondPage = unitCodes();
        assertFalse(secondPage.isEmpty(), "a second page");
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), firstPage + " then " + secondPage);
        clickAndLoad("nav:langEn");
        open(base, "/masterdata/turbines.xhtml");
        screenshot("masterdata-turbines-en");
    }

    /** The codes of the org units the table shows. */
    private List<String> unitCodes() {
        return browser.findElements(By.cssSelector("[id='orgUnits:list_data'] > tr > td:first-child")).stream()
                .map(cell -> cell.getText().trim()).toList();
    }
}
