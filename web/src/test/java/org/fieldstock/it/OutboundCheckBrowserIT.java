package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 出库复核 on screen: the BU accountant requires checks of North China's self-use issues on the
 * outbound-checks page (Chinese); an issue the keeper entered shows it waits for a check, the
 * accountant checks it (the checker is shown) and only then reviews it (English); the rule is removed
 * after a confirmation.
 */
@OnSharedServer
class OutboundCheckBrowserIT extends BrowserTestBase {

    @ServerBase
    private URL base;

    @Test
    void theAccountantChecksTheKeepersIssueBeforeReviewingIt() throws Exception {
        ApiClient accountant = ApiClient.as(base, "accountant", "demo");
        accountant.receive("ZBET-G", "SP-GBX-0006", 1);
        try {
            logIn(base, "accountant");
            clickAndLoad("nav:langZh");
            open(base, "/documents/checks.xhtml");
            choose("checks:bu", "NC");
            choose("checks:category", "自用领用");
            screenshot("checks-01-rule-zh");
            click("checks:add");
            assertTrue(text("checks:rules").contains("自用领用"), text("checks:rules"));

            ApiClient.Answer entered = ApiClient.as(base, "keeper", "demo").post("api/documents",
                    "{\"category\":\"SELF_USE\",\"store\":\"ZBET-G\",\"date\":\"" + LocalDate.now()
                            + "\",\"lines\":[{\"item\":\"SP-GBX-0006\",\"quantity\":1}]}");
            assertEquals(201, entered.status(), entered.raw());
            clickAndLoad("nav:langEn");
            open(base, "/documents/edit.xhtml?id=" + entered.object().getJsonNumber("id"));
            assertTrue(text("doc:checkWaiting").contains("second person"), text("doc:checkWaiting"));
            assertTrue(browser.findElements(By.id("doc:review")).isEmpty(), "no review before the check");
            screenshot("checks-02-waiting-en");
            click("doc:check");
            assertTrue(text("doc:checkedBy").contains("accountant"), text("doc:checkedBy"));
            click("doc:review");
            assertEquals("Reviewed", text("doc:status"), text("messages"));
            screenshot("checks-03-checked-and-reviewed-en");

            open(base, "/documents/checks.xhtml");
            click("checks:rules:0:remove");
            confirm();
            assertTrue(text("checks:rules").contains("No outbound needs"), text("checks:rules"));
        } finally {
            accountant.get("api/outbound-checks").array().stream().map(JsonValue::asJsonObject)
                    .forEach(rule -> accountant.delete("api/outbound-checks/" + rule.getJsonNumber("id")));
        }
    }
}
