package org.fieldstock.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations apply cleanly to an empty H2 database and keep their constraints. */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations-test;DB_CLOSE_DELAY=-1";

    @Test
    void migrationsApplyAndRejectANegativeBalance() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(URL, "sa", "")
                .placeholders(MigrationPlaceholders.forDatabase("H2")).load();
        int known = flyway.info().all().length;
        var result = flyway.migrate();
        assertTrue(known >= 2);
        assertEquals(known, result.migrationsExecuted, "every migration runs on an empty database");

        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org_unit (id, code, kind, name_zh, name_en) VALUES (1, 'PO', 'PLANNING_OFFICE', '计划室', 'PO')");
            s.executeUpdate("INSERT INTO store (id, code, kind, owner_id, name_zh, name_en) VALUES (2, 'PO-G', 'GOOD', 1, '完好品库', 'Good')");
            s.executeUpdate("INSERT INTO item (id, code, name_zh, name_en, unit_zh, unit_en, category, repair_class, serial_tracked, decimal_quantity)"
                    + " VALUES (3, 'SP-GBX-0001', '电机', 'Motor', '台', 'unit', 'SPARE', 'II', TRUE, FALSE)");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO stock_balance (id, store_id, item_id, on_hand, version) VALUES (4, 2, 3, -1, 0)"));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM stock_balance")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    /**
     * Oracle cannot run on these machines: H2's Oracle mode, with the placeholders Oracle gets, is the
     * proxy that catches a migration written in another dialect (a type, a keyword, a default).
     */
    @Test
    void migrationsApplyInH2sOracleModeAsTheyWouldOnOracle() throws SQLException {
        String oracle = "jdbc:h2:mem:migrations-oracle;MODE=Oracle;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(oracle, "sa", "")
                .placeholders(MigrationPlaceholders.forDatabase("Oracle")).load();
        int known = flyway.info().all().length;
        assertEquals(known, flyway.migrate().migrationsExecuted, "every migration runs in Oracle mode");
        try (Connection c = DriverManager.getConnection(oracle, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM requisition_photo")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the newest tables are there");
        }
    }

    @Test
    void bytesGetTheTypeEachDatabaseHas() {
        assertEquals("BYTEA", MigrationPlaceholders.forDatabase("PostgreSQL").get("binary_type"));
        assertEquals("BLOB", MigrationPlaceholders.forDatabase("Oracle").get("binary_type"));
        assertEquals("BLOB", MigrationPlaceholders.forDatabase("H2").get("binary_type"));
    }
}
