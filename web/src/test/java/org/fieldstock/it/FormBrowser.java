package org.fieldstock.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The screens as raw HTTP: a cookie-keeping client that does not follow redirects, so that each
 * answer can be looked at, and that logs in through the login form as a browser would.
 */
final class FormBrowser {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieJar())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    FormBrowser(URL base) {
        this.base = base;
    }

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

    /**
     * Posts the login form of a freshly read login page (its view state and all) and answers the
     * login's own answer (a redirect to the first page when the password is right).
     */
    HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
        String page = get("login.xhtml").body();
        return post("login.xhtml", loginForm(user, password, viewState(page).orElse("")));
    }

    /** Whether a protected page opens rather than sending the browser to the login page. */
    boolean signedInAs(String user) throws IOException, InterruptedException {
        HttpResponse<String> page = get("documents/list.xhtml");
        return page.statusCode() == 200 && page.body().contains("Signed in as " + user);
    }

    static Map<String, String> loginForm(String user, String password, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    static Optional<String> viewState(String page) {
        Matcher found = VIEW_STATE.matcher(page);
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }

    /**
     * The address of a path of the application, relative to the root or from it ("/documents/list.xhtml"),
     * or an address as a redirect gives it.
     */
    URI uri(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        String root = base.toString().replaceFirst("/$", "");
        return URI.create(root + (path.startsWith("/") ? path : "/" + path));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * The cookies of the one server, kept and sent back by name as a browser does. Java's own
     * CookieManager takes the single sign-on's {@code JSESSIONIDSSOVERSION=0} for an RFC 2965 cookie
     * (the header contains "version=") and sends it back quoted, which the server cannot read.
     */
    private static final class CookieJar extends CookieHandler {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(header)) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.hasExpired()) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            });
        }
    }
}
