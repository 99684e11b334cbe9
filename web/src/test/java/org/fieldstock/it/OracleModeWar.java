package org.fieldstock.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The built WAR with EclipseLink told to write Oracle Database 23ai's SQL
 * ({@code eclipselink.target-database}), for CI's pass on H2 in {@code MODE=Oracle}: Oracle cannot run
 * on these machines, and left to itself EclipseLink would see H2 and write H2's SQL (its paging,
 * {@code LIMIT … OFFSET}, which the Oracle mode refuses). Only the test makes this WAR; the one that
 * is shipped detects its database.
 */
final class OracleModeWar {

    static final String PLATFORM = "org.eclipse.persistence.platform.database.Oracle23Platform";
    private static final String PERSISTENCE_XML = "META-INF/persistence.xml";

    private OracleModeWar() {
    }

    /** The WAR the test servers deploy: the built one, or its Oracle-mode copy when {@code -Dit.oracleMode=true}. */
    static File forTests(File built) {
        return Boolean.getBoolean("it.oracleMode") ? of(built) : built;
    }

    /** A copy of the WAR beside it whose persistence unit names the Oracle platform; made once per build. */
    static synchronized File of(File built) {
        Path copy = built.toPath().resolveSibling("fieldstock-oracle-mode.war");
        try {
            if (Files.exists(copy) && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(built.toPath())) > 0) {
                return copy.toFile();
            }
            Path partial = Files.createTempFile(copy.getParent(), "oracle-mode", ".war");
            Files.copy(built.toPath(), partial, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem war = FileSystems.newFileSystem(partial)) {
                Path ejbJar;
                try (var jars = Files.list(war.getPath("WEB-INF", "lib"))) {
                    List<Path> found = jars.filter(j -> j.getFileName().toString().startsWith("fieldstock-ejb")).toList();
                    if (found.size() != 1) {
                        throw new IllegalStateException("expected one fieldstock-ejb jar in " + built + ": " + found);
                    }
                    ejbJar = found.get(0);
                }
                Path extracted = Files.createTempFile("fieldstock-ejb", ".jar");
                Files.copy(ejbJar, extracted, StandardCopyOption.REPLACE_EXISTING);
                try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + extracted.toUri()), Map.of())) {
                    Path unit = jar.getPath(PERSISTENCE_XML);
                    String xml = Files.readString(unit, StandardCharsets.UTF_8);
                    String marker = "<properties>";
                    if (!xml.contains(marker)) {
                        throw new IllegalStateException("no <properties> in the persistence unit:\n" + xml);
                    }
                    Files.writeString(unit, xml.replace(marker, marker
                            + "\n            <property name=\"eclipselink.target-database\" value=\"" + PLATFORM + "\"/>"),
                            StandardCharsets.UTF_8);
                }
                Files.copy(extracted, ejbJar, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(extracted);
            }
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return copy.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the Oracle-mode WAR from " + built, e);
        }
    }
}
