package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A stock keeper makes an API token on screen, a script uses it, and the keeper revokes it. */
@OnSharedServer
class ApiTokenBrowserIT extends BrowserTestBase {

    @ServerBase
    private URL base;

    @Test
    void makeUseAndRevokeAToken() throws Exception {
        logIn(base, "keeper");
        click("nav:tokens");
        type("tokens:label", "Excel sync");
        click("tokens:issue");
        String secret = element("tokens:secretValue").getAttribute("value");
        assertTrue(secret.startsWith("fst_"), secret);
        assertTrue(text("tokens:list").contains("Excel sync"), text("tokens:list"));
        screenshot("token-01-made");

        ApiClient script = ApiClient.withToken(base, secret);
        assertEquals(200, script.get("api/stores").status(), "a script gets in with the token");

        // the keeper may have older tokens (other tests use the same server): the newest, listed first, is this one
        assertTrue(newestToken().startsWith("Excel sync"), newestToken());
        click("tokens:list:0:revoke");
        confirm();
        assertTrue(newestToken().startsWith("Excel sync") && newestToken().contains("Revoked by keeper"), newestToken());
        assertTrue(browser.findElements(By.id("tokens:secretValue")).isEmpty(),
                "the secret is gone from the screen");
        assertEquals(401, script.get("api/stores").status(), "and the script is shut out");
        screenshot("token-02-revoked");
    }

    private String newestToken() {
        return browser.findElement(By.cssSelector("[id='tokens:list_data'] > tr")).getText();
    }
}
