package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The web tier's security basics, seen as raw HTTP the way an attacker's page would send it: the
 * session cookie is HttpOnly and SameSite, the JSF view state is a server-side key (not the state
 * itself), and a form post without the page's view state — what a cross-site request forgery
 * sends — changes nothing, while the same post with it works. Errors show no stack trace.
 */
@OnSharedServer
class WebSecurityIT {

    @ServerBase
    private URL base;

    @Test
    void sessionCookieAndViewStateAreSafe() throws Exception {
        FormBrowser browser = new FormBrowser(base);
        HttpResponse<String> login = browser.get("login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        String viewState = viewState(login.body());
        assertTrue(viewState.length() < 64, "a key to state kept on the server, not the state: " + viewState);
    }

    @Test
    void aFormPostWithoutThePagesViewStateChangesNothing() throws Exception {
        FormBrowser browser = new FormBrowser(base);
        String loginPage = browser.get("login.xhtml").body();

        HttpResponse<String> forgedLogin = browser.post("login.xhtml", loginForm("forged-state"));
        assertFalse(forgedLogin.body().contains("\tat "), "no stack trace on the page");
        assertFalse(browser.signedInAs("accountant"),
                "a login posted without the page's view state is not carried out");

        HttpResponse<String> login = browser.post("login.xhtml", loginForm(viewState(loginPage)));
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "logged in and redirected: "
                + login.statusCode());
        assertTrue(browser.signedInAs("accountant"));

        String listPage = browser.get("documents/list.xhtml").body();
        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("nav", "nav");
        logout.put("nav:logout", "");
        logout.put("jakarta.faces.ViewState", "-1234567890:9876543210");
        HttpResponse<String> forgedLogout = browser.post("documents/list.xhtml", logout);
        assertFalse(forgedLogout.body().contains("\tat "), "no stack trace on the page");
        assertTrue(browser.signedInAs("accountant"), "a forged post does not log the user out");

        logout.put("jakarta.faces.ViewState", viewState(listPage));
        browser.post("documents/list.xhtml", logout);
        assertFalse(browser.signedInAs("accountant"), "the same post with the page's view state does");
    }

    @Test
    void apiErrorsShowNoStackTrace() {
        ApiClient.Answer bad = ApiClient.as(base, "accountant", "demo").post("api/documents",
                "{\"category\":\"PURCHASE\",\"deliveryNote\":\"DN-IT\",\"lines\":\"not a list\"}");
        assertEquals(400, bad.status(), bad.raw());
        assertFalse(bad.raw().contains("Exception") || bad.raw().contains("\tat "), bad.raw());
    }

    private static Map<String, String> loginForm(String viewState) {
        return FormBrowser.loginForm("accountant", "demo", viewState);
    }

    private static String viewState(String page) {
        return FormBrowser.viewState(page).orElseThrow(() -> new AssertionError("the page has no view state"));
    }
}
