package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The web tier's security basics, seen as raw HTTP the way an attacker's page would send it: the
 * session cookie is HttpOnly and SameSite, the JSF view state is a server-side key (not the state
 * itself), and a form post without the page's view state — what a cross-site request forgery
 * sends — changes nothing, while the same post with it works. Errors show no stack trace.
 */
@OnSharedServer
class WebSecurityIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");

    @ServerBase
    private URL base;

    @Test
    void sessionCookieAndViewStateAreSafe() throws Exception {
        Browser browser = new Browser();
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
        Browser browser = new Browser();
        String loginPage = browser.get("login.xhtml").body();

        HttpResponse<String> forgedLogin = browser.post("login.xhtml", loginForm("forged-state"));
        assertFalse(forgedLogin.body().contains("\tat "), "no stack trace on the page");
        assertFalse(browser.signedIn(), "a login posted without the page's view state is not carried out");

        HttpResponse<String> login = browser.post("login.xhtml", loginForm(viewState(loginPage)));
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303, "logged in and redirected: "
                + login.statusCode());
        assertTrue(browser.signedIn());

        String listPage = browser.get("documents/list.xhtml").body();
        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("nav", "nav");
        logout.put("nav:logout", "");
        logout.put("jakarta.faces.ViewState", "-1234567890:9876543210");
        HttpResponse<String> forgedLogout = browser.post("documents/list.xhtml", logout);
        assertFalse(forgedLogout.body().contains("\tat "), "no stack trace on the page");
        assertTrue(browser.signedIn(), "a forged post does not log the user out");

        logout.put("jakarta.faces.ViewState", viewState(listPage));
        browser.post("documents/list.xhtml", logout);
        assertFalse(browser.signedIn(), "the same post with the page's view state does");
    }

    @Test
    void apiErrorsShowNoStackTrace() {
        ApiClient.Answer bad = ApiClient.as(base, "accountant", "demo").post("api/documents",
                "{\"category\":\"PURCHASE\",\"lines\":\"not a list\"}");
        assertEquals(400, bad.status(), bad.raw());
        assertFalse(bad.raw().contains("Exception") || bad.raw().contains("\tat "), bad.raw());
    }

    private static Map<String, String> loginForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "accountant");
        form.put("login:password", "demo");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String viewState(String page) {
        Matcher found = VIEW_STATE.matcher(page);
        assertTrue(found.find(), "the page has a view state");
        return found.group(1);
    }

    /** A cookie-keeping client that does not follow redirects, so that each answer can be looked at. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Whether a protected page opens rather than sending the browser to the login page. */
        boolean signedIn() throws IOException, InterruptedException {
            HttpResponse<String> page = get("documents/list.xhtml");
            return page.statusCode() == 200 && page.body().contains("Signed in as accountant");
        }

        private URI uri(String path) {
            String root = base.toString();
            return URI.create((root.endsWith("/") ? root : root + "/") + path);
        }

        private String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
