package org.fieldstock.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** An H2 file database of a test's own, in a directory under target/, for the servers it starts. */
final class H2FileDatabase {

    private H2FileDatabase() {
    }

    /** Its JDBC URL: {@code fieldstock} in the directory (with the options, if any, after a semicolon). */
    static String url(Path directory, String options) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("fieldstock") + (options.isEmpty() ? "" : ";" + options);
    }

    /** A server's database settings for it, with the demo data loaded when it is empty. */
    static Map<String, String> environment(String url) {
        Map<String, String> environment = new HashMap<>();
        environment.put("FIELDSTOCK_DB_URL", url);
        environment.put("FIELDSTOCK_DB_USER", "fieldstock");
        environment.put("FIELDSTOCK_DB_PASSWORD", "fieldstock");
        environment.put("FIELDSTOCK_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
        environment.put("FIELDSTOCK_DEMO_DATA", "true");
        return environment;
    }

    /** Deletes the directory and everything in it, if it is there. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
