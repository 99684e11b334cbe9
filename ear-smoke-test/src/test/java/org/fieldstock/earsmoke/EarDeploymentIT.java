package org.fieldstock.earsmoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR as built by the ear module, deployed unchanged on GlassFish 8 (a full Jakarta EE 11 server)
 * with an in-memory H2 database and the demo data: the login page, the REST API with and without
 * credentials.
 */
@ExtendWith(ArquillianExtension.class)
class EarDeploymentIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Some URL of the deployment; for an EAR Arquillian may name a module path, so only its host and port count. */
    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        String path = System.getProperty("fieldstock.ear");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property fieldstock.ear (path of the EAR to test) is not set");
        }
        File ear = new File(path);
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": build the ear module first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The server root: the web module's context root is "/". */
    private URI root() {
        return URI.create(deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/");
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void serverListensOnTheReservedPortNotOnADefaultOne() {
        String expected = System.getProperty("glassfish.httpPort");
        if (expected != null) {
            assertEquals(Integer.parseInt(expected), deployment.getPort(), "HTTP port of the server: " + deployment);
        }
    }

    /**
     * The server JVM's user.home is a directory of the build (see pom.xml): had the database settings not
     * reached the server, the application would have created its default H2 file there.
     */
    @Test
    void serverUsesTheInMemoryDatabaseNotTheDefaultH2File() {
        String userHome = System.getProperty("glassfish.userHome");
        if (userHome != null) {
            File defaultDatabase = new File(userHome, ".fieldstock");
            assertFalse(defaultDatabase.exists(), () -> "the application fell back to its default database: "
                    + defaultDatabase + " exists, so FIELDSTOCK_DB_* did not reach the server");
        }
    }

    @Test
    void loginPageAnswers() throws Exception {
        HttpResponse<String> page = get("login.xhtml", null);
        assertEquals(200, page.statusCode(), () -> "GET /login.xhtml: " + page.body());
        assertTrue(page.body().contains("Fieldstock"), () -> "login page without \"Fieldstock\": " + page.body());
    }

    @Test
    void storesApiAnswersWithTheDemoStoresForAnAccountant() throws Exception {
        HttpResponse<String> stores = get("api/stores", basic("accountant", "demo"));
        assertEquals(200, stores.statusCode(), () -> "GET /api/stores as accountant: " + stores.body());
        assertTrue(stores.body().contains("ZBET-G"), () -> "no demo store ZBET-G in " + stores.body());
    }

    @Test
    void storesApiRefusesACallWithoutCredentials() throws Exception {
        HttpResponse<String> stores = get("api/stores", null);
        assertEquals(401, stores.statusCode(), () -> "GET /api/stores without credentials: " + stores.body());
    }
}
