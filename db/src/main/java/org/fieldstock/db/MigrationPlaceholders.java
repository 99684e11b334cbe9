package org.fieldstock.db;

import java.util.Locale;
import java.util.Map;

/**
 * The few words of SQL that no single type covers on H2, PostgreSQL and Oracle, as Flyway
 * placeholders: the migrations write {@code ${binary_type}} where a column holds bytes.
 */
public final class MigrationPlaceholders {

    private MigrationPlaceholders() {
    }

    /** Placeholders for the database whose JDBC product name is given (DatabaseMetaData#getDatabaseProductName). */
    public static Map<String, String> forDatabase(String productName) {
        boolean postgres = productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres");
        return Map.of("binary_type", postgres ? "BYTEA" : "BLOB");
    }
}
