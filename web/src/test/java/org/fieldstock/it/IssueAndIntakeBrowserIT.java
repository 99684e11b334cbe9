package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A BU accountant issues hydraulic oil for self use on a turbine, taking the batch the editor
 * suggests (nearest expiry first), and books a failed pitch motor into the damaged store by its
 * serial; each is saved, reviewed and unreviewed from the screen, and the stock follows.
 */
@OnSharedServer
class IssueAndIntakeBrowserIT extends BrowserTestBase {

    private static final String GOOD_STORE = "SZHG-G";
    private static final String DAMAGED_STORE = "SZHG-D";
    private static final String OIL = "CS-HYD-0002";
    private static final String PITCH_MOTOR = "SP-PIT-0002";

    @ServerBase
    private URL base;

    @Test
    void selfUseTakesTheSuggestedBatchAndNamesTheTurbine() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        long receipt = api.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + GOOD_STORE
                + "\",\"supplier\":\"SUP-002\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + OIL
                + "\",\"quantity\":20,\"batch\":\"" + run + "\",\"expiry\":\"" + LocalDate.now().plusDays(10)
                + "\"}]}").object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());
        String firstBatch = firstUnexpiredBatch(api);
        BigDecimal before = api.onHand(GOOD_STORE, OIL);

        logIn(base, "accountant");
        click("nav:menuNew");
        choose("doc:category", "Other outbound · Self use");
        choose("doc:store", GOOD_STORE);
        autoComplete("doc:lines:0:item", OIL, "issue-00-item-lookup");
        type("doc:lines:0:quantity", "2");
        choose("doc:lines:0:turbine", "A03");
        click("doc:lines:0:suggest");
        assertEquals(firstBatch, element("doc:lines:0:batch").getAttribute("value"),
                "the suggestion is the batch that expires first");
        assertFalse(browser.findElements(org.openqa.selenium.By.id("doc:lines:0:expiry")).stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed), "an issue takes the batch's expiry, not a new one");
        screenshot("issue-01-suggested");

        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals("Saved", text("doc:status"));
        click("doc:review");
        assertEquals("Reviewed", text("doc:status"), text("messages"));
        assertEquals(0, before.subtract(BigDecimal.valueOf(2)).compareTo(api.onHand(GOOD_STORE, OIL)));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        JsonObject line = api.get("api/documents/" + id).object().getJsonArray("lines").getJsonObject(0);
        assertEquals("A03", line.getString("turbine"));
        assertEquals(firstBatch, line.getString("batch"));
        screenshot("issue-02-reviewed");

        click("doc:unreview");
        confirm();
        assertEquals("Saved", text("doc:status"), text("messages"));
        assertEquals(0, before.compareTo(api.onHand(GOOD_STORE, OIL)), "unreview puts the oil back");
        screenshot("issue-03-unreviewed");
    }

    @Test
    void aFailedPartIsBookedIntoTheDamagedStoreBySerial() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        String serial = "FAIL" + Long.toString(System.nanoTime(), 36).toUpperCase();
        BigDecimal before = api.onHand(DAMAGED_STORE, PITCH_MOTOR);

        logIn(base, "accountant");
        click("nav:menuNew");
        choose("doc:category", "Other inbound · Damage intake");
        choose("doc:store", DAMAGED_STORE);
        autoComplete("doc:lines:0:item", PITCH_MOTOR);
        type("doc:lines:0:quantity", "1");
        choose("doc:lines:0:turbine", "A05");
        type("doc:lines:0:lineRemark", "变桨电机绕组烧毁 winding burnt");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        assertEquals("Saved", text("doc:status"), "a draft may wait for its serial");
        click("doc:review");
        assertTrue(text("messages").contains("serial"), "review asks for the serial: " + text("messages"));
        screenshot("intake-01-serial-missing");

        // meanwhile a colleague corrects the draft: the screen must not overwrite that with its stale copy
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        JsonObject draft = api.get("api/documents/" + id).object();
        ApiClient.Answer corrected = api.put("api/documents/" + id, "{\"version\":" + draft.getInt("version")
                + ",\"date\":\"" + draft.getString("date") + "\",\"remark\":\"checked by the BU\",\"lines\":[{\"item\":\""
                + PITCH_MOTOR + "\",\"quantity\":1,\"turbine\":\"A05\",\"serials\":[\"" + serial + "\"]}]}");
        assertEquals(200, corrected.status(), corrected.raw());
        type("doc:lines:0:serials", serial + "-STALE");
        click("doc:review");
        assertTrue(text("messages").contains("changed by someone else"), text("messages"));
        assertEquals("checked by the BU", element("doc:remark").getAttribute("value"), "the current version is shown");
        assertEquals(serial, element("doc:lines:0:serials").getAttribute("value"));
        assertEquals("Saved", text("doc:status"));
        screenshot("intake-02-changed-meanwhile");

        click("doc:review");
        assertEquals("Reviewed", text("doc:status"), text("messages"));
        assertEquals(0, before.add(BigDecimal.ONE).compareTo(api.onHand(DAMAGED_STORE, PITCH_MOTOR)));
        assertTrue(serials(api).contains(serial), "the failed unit is in the damaged store by its serial");
        screenshot("intake-03-reviewed");

        click("doc:unreview");
        confirm();
        assertEquals("Saved", text("doc:status"), text("messages"));
        assertEquals(0, before.compareTo(api.onHand(DAMAGED_STORE, PITCH_MOTOR)));
        assertFalse(serials(api).contains(serial), "unreview takes the unit out again");
        screenshot("intake-04-unreviewed");

        clickAndLoad("nav:langZh");
        assertEquals("批次 / 序列号", browser.findElement(org.openqa.selenium.By.xpath(
                "//th[.//span[normalize-space()='批次 / 序列号']]")).getText().trim());
        screenshot("intake-05-zh");
    }

    @Test
    void aKeeperGivesBackTheLeftoversOfAReviewedIssueFromTheIssueItself() throws Exception {
        ApiClient api = ApiClient.as(base, "accountant", "demo");
        String store = "ZBET-G";
        String item = "SP-GBX-0006";
        long receipt = api.post("api/documents", "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"store\":\"" + store
                + "\",\"supplier\":\"SUP-002\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + item
                + "\",\"quantity\":5}]}").object().getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + receipt + "/review", null).status());
        JsonObject issue = api.post("api/documents", "{\"category\":\"SELF_USE\",\"store\":\"" + store
                + "\",\"date\":\"" + LocalDate.now() + "\",\"lines\":[{\"item\":\"" + item + "\",\"quantity\":3}]}")
                .object();
        long issueId = issue.getJsonNumber("id").longValue();
        assertEquals(200, api.post("api/documents/" + issueId + "/review", null).status());

        logIn(base, "keeper");
        clickAndLoad("nav:langZh");
        open(base, "/documents/edit.xhtml?id=" + issueId);
        assertTrue(browser.findElements(org.openqa.selenium.By.id("doc:unreview")).isEmpty(), "a keeper does not unreview");
        click("doc:returnToStock");
        waitForPage();
        assertEquals(issue.getString("number"), element("doc:reverses").getAttribute("value"));
        assertEquals("-3", element("doc:lines:0:quantity").getAttribute("value"), "all that is left to give back");
        assertTrue(text("doc").contains("退自出库单"), "the field says it names the issue");
        type("doc:lines:0:quantity", "-1");
        screenshot("issue-return-01-zh");
        click("doc:save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("id="));
        waitForPage();
        long returnId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        JsonObject saved = api.get("api/documents/" + returnId).object();
        assertEquals("ISSUE_RETURN", saved.getString("category"));
        assertEquals(issue.getString("number"), saved.getString("reverses"));
        assertEquals(-1, saved.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        screenshot("issue-return-02-saved-zh");
    }

    private static String firstUnexpiredBatch(ApiClient api) {
        return api.get("api/stores/" + GOOD_STORE + "/lots?item=" + OIL).object().getJsonArray("batches")
                .getValuesAs(JsonObject.class).stream()
                .filter(b -> !LocalDate.parse(b.getString("expiry")).isBefore(LocalDate.now()))
                .map(b -> b.getString("batch")).findFirst().orElseThrow();
    }

    private static List<String> serials(ApiClient api) {
        return api.get("api/stores/" + DAMAGED_STORE + "/lots?item=" + PITCH_MOTOR).object().getJsonArray("serials")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
