package org.fieldstock.interfaces.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.fieldstock.infrastructure.startup.DatabaseMigrator;

/**
 * Ready while the database answers and holds the schema this application migrated it to: a
 * database that went away, or one that was replaced by an empty or older one, takes the server
 * out of the load balancer's rotation (503) until it is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 5;

    /** Flyway's own table; its quoted lower-case names are the same on H2, PostgreSQL and Oracle. */
    private static final String MIGRATION_APPLIED =
            "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = ?";

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private DatabaseMigrator migrator;

    /** Whether the last check was up, so that a change is logged once and not at every probe. */
    private volatile boolean wasUp = true;

    @Override
    public HealthCheckResponse call() {
        String expected = migrator.schemaVersion();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("schemaVersion",
                expected == null ? "none" : expected);
        String problem;
        String detail = null;
        try (Connection connection = dataSource.getConnection()) {
            problem = connection.isValid(TIMEOUT_SECONDS) ? schemaProblem(connection, expected)
                    : "unreachable (connection not valid)";
        } catch (SQLException e) {
            problem = "unreachable (" + describe(e) + ")";
            detail = e.getMessage();
        }
        logChange(problem, detail);
        return problem == null ? response.up().build() : response.down().withData("problem", problem).build();
    }

    /** Null when the database has the migration this application needs, else what is wrong. */
    private static String schemaProblem(Connection connection, String expected) {
        try (PreparedStatement applied = connection.prepareStatement(MIGRATION_APPLIED)) {
            applied.setQueryTimeout(TIMEOUT_SECONDS);
            applied.setString(1, expected);
            try (ResultSet row = applied.executeQuery()) {
                return row.next() && row.getBoolean(1) ? null : "schema version " + expected + " not applied";
            }
        } catch (SQLException e) {
            return "schema version " + expected + " not applied (" + describe(e) + ")";
        }
    }

    private static String describe(SQLException e) {
        // the driver's message may name hosts and users: it goes to the log, not to the public answer
        return e.getClass().getSimpleName() + (e.getSQLState() == null ? "" : ", SQLState " + e.getSQLState());
    }

    private void logChange(String problem, String detail) {
        boolean up = problem == null;
        if (up != wasUp) {
            wasUp = up;
            if (up) {
                LOG.info("Ready again: the database answers with the expected schema");
            } else {
                LOG.warning(() -> "Not ready: database " + problem + (detail == null ? "" : ": " + detail));
            }
        }
    }
}
