package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A stock keeper makes an API token on screen, a script uses it, and the keeper revokes it. */
@ExtendWith(ArquillianExtension.class)
class ApiTokenBrowserIT extends BrowserTestBase {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fieldstockWar();
    }

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

        click("tokens:list:0:revoke");
        confirm();
        assertTrue(text("tokens:list").contains("Revoked by keeper"), text("tokens:list"));
        assertTrue(browser.findElements(org.openqa.selenium.By.id("tokens:secretValue")).isEmpty(),
                "the secret is gone from the screen");
        assertEquals(401, script.get("api/stores").status(), "and the script is shut out");
        screenshot("token-02-revoked");
    }
}
