package org.fieldstock.it;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * Two application servers on one database: besides the shared Payara Micro, the test
 * starts a second one with the same WAR and the same database settings, and users on both review
 * and unreview conflicting documents at once. Stock stays exact because every lock is a database
 * row lock and no server caches stock. Needs a database two processes can share, so it runs
 * against PostgreSQL (CI) and is skipped on the default in-memory H2.
 */
@OnSharedServer
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:h2:mem:.*",
        disabledReason = "two servers need a database both can reach; the in-memory H2 lives in one server")
class TwoServersIT {

    @ServerBase
    private URL base;

    @Test
    void usersOnTwoServersReviewingConflictingDocumentsLeaveExactStock() throws Exception {
        try (ExtraServer second = ExtraServer.start("second-server", Map.of())) {
            URL secondBase = second.base();
            ApiClient accountantOnFirst = ApiClient.as(base, "accountant", "demo");
            ApiClient plannerOnSecond = ApiClient.as(secondBase, "planner", "demo");
            ApiClient accountantOnSecond = ApiClient.as(secondBase, "accountant", "demo");
            ApiClient plannerOnFirst = ApiClient.as(base, "planner", "demo");
            StockRace race = StockRace.prepare(accountantOnFirst, "NC-D");
            race.run(List.of(accountantOnFirst, plannerOnSecond, accountantOnSecond, plannerOnFirst),
                    List.of(ApiClient.as(base, "manager", "demo"), plannerOnSecond,
                            ApiClient.as(secondBase, "manager", "demo"), plannerOnFirst));
            race.assertExact(accountantOnSecond, plannerOnFirst);
        }
    }
}
