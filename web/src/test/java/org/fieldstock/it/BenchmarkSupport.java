package org.fieldstock.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the benchmarks share: plain JDBC updates and counts, an empty schema, the machine's load, the
 * database's name, elapsed time.
 */
final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    static int update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        }
    }

    /** The single number a query answers (a count, a maximum). */
    static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** An empty schema for the server's migrations. */
    static void emptySchema(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public AUTHORIZATION CURRENT_USER");
        }
    }

    /** 1, 5 and 15 minute load averages: other work on the machine shows in the figures. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (" + Runtime.getRuntime().availableProcessors()
                    + " CPUs)";
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    /** The database a PostgreSQL JDBC URL names. */
    static String databaseName(String url) {
        String path = url.replaceFirst("^jdbc:postgresql://[^/]*/", "");
        int end = path.indexOf('?');
        return end < 0 ? path : path.substring(0, end);
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
