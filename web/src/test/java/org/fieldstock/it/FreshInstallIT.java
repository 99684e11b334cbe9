package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * A new installation on a database of its own without demo data: the only way in is the first
 * administrator, whose temporary password the server logs once and who must choose a new one
 * before doing anything.
 */
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "starts its own server on an in-memory H2 database whatever the suite runs on; once is enough")
class FreshInstallIT {

    private static final Pattern TEMPORARY_PASSWORD =
            Pattern.compile("created the administrator 'admin' with the temporary password (\\S+)");

    @Test
    void anEmptyDatabaseGetsOneAdministratorWhoMustChooseAPassword() throws Exception {
        Map<String, String> emptyDatabase = Map.of(
                "FIELDSTOCK_DB_URL", "jdbc:h2:mem:fresh-install;DB_CLOSE_DELAY=-1",
                "FIELDSTOCK_DB_USER", "fieldstock", "FIELDSTOCK_DB_PASSWORD", "fieldstock",
                "FIELDSTOCK_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource",
                "FIELDSTOCK_DEMO_DATA", "false");
        try (ExtraServer server = ExtraServer.start("fresh-install-server", emptyDatabase)) {
            Matcher logged = TEMPORARY_PASSWORD.matcher(server.log());
            assertTrue(logged.find(), "the server logs the administrator's temporary password");
            String temporary = logged.group(1);
            assertEquals(1, TEMPORARY_PASSWORD.matcher(server.log()).results().count(), "logged once");
            ApiClient.Answer ready = ApiClient.as(server.base(), null, null).get("health/ready");
            assertEquals(200, ready.status(), ready.raw());
            assertTrue(ready.raw().contains("\"outcome\":\"not-wanted\""), "no demo data wanted: " + ready.raw());

            assertEquals(401, ApiClient.as(server.base(), "keeper", "demo").get("api/tokens").status(),
                    "no demo users");
            assertEquals(401, ApiClient.as(server.base(), "admin", "demo").get("api/users").status());
            ApiClient.Answer first = ApiClient.as(server.base(), "admin", temporary).get("api/users");
            assertEquals(403, first.status(), first.raw());
            assertTrue(first.raw().contains("password.mustChange"), first.raw());
        }
    }
}
