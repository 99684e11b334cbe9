package org.fieldstock.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.h2.tools.RunScript;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upgrading by starting the new build: each fixture under {@code src/test/resources/upgrade} is the
 * database a tagged release made with its demo data (written by {@code src/test/upgrade/make-fixture.sh
 * <tag>}); the current build starts on it, migrates it, reads back what that release answered (the
 * on-hand of a store, its documents, a clean stock check) and works on (a receipt, this release's import).
 */
@DisabledIfEnvironmentVariable(named = "FIELDSTOCK_DB_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "the fixtures are H2 databases; starts its own servers whatever the suite runs on")
class UpgradeIT {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "upgrade");

    static List<String> releases() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".sql.zip"))
                    .map(name -> name.substring(0, name.length() - ".sql.zip".length())).sorted().toList();
        }
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("releases")
    void theCurrentBuildStartsOnTheDatabaseOfAnEarlierRelease(String release) throws Exception {
        Properties answered = new Properties();
        try (InputStream in = Files.newInputStream(FIXTURES.resolve(release + ".properties"))) {
            answered.load(in);
        }
        Path directory = Path.of("target", "upgrade", release).toAbsolutePath();
        H2FileDatabase.delete(directory);
        String url = H2FileDatabase.url(directory, "");
        RunScript.main("-url", url, "-user", "fieldstock", "-password", "fieldstock", "-script",
                FIXTURES.resolve(release + ".sql.zip").toString(), "-options", "compression", "zip");

        Map<String, String> environment = H2FileDatabase.environment(url);
        try (ExtraServer server = ExtraServer.start("upgrade-from-" + release, environment)) {
            assertTrue(server.log().contains("migrations applied now"), "the migrations ran");
            assertTrue(server.log().contains("no demo data loaded"), "a database with data gets no demo data");
            ApiClient planner = ApiClient.as(server.base(), "planner", "demo");
            assertEquals(onHand(answered.getProperty("onHand.ZBET-G")), onHand(planner.get("api/stores/ZBET-G/on-hand")
                    .raw()), "the on-hand " + release + " answered");
            assertEquals(Long.parseLong(answered.getProperty("documents.ZBET-G")),
                    planner.getPage("api/documents?store=ZBET-G&size=1").total().longValue(), "the documents it had");
            assertEquals(0, planner.getPage("api/stock-check").rows().size(), "the books agree after the upgrade");
            assertEquals("[]", answered.getProperty("stockCheck"), "and agreed before it");

            planner.receive("ZBET-G", "SP-GBX-0006", 1);
            assertEquals(200, planner.get("api/imports").status(), "this release's own tables are there");
            assertEquals(0, planner.getPage("api/stock-check").rows().size());
        }
        H2FileDatabase.delete(directory);
    }

    /** A store's on-hand as item → quantity (without trailing zeros), from the JSON the release answered. */
    private static Map<String, BigDecimal> onHand(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                    o -> o.getString("item"), o -> o.getJsonNumber("onHand").bigDecimalValue().stripTrailingZeros()));
        }
    }
}
