package org.fieldstock.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.sql.DataSourceDefinition;

import org.fieldstock.infrastructure.startup.DatabaseMigrator;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    /** A driver's DataSource without setters. */
    public abstract static class TestDataSource implements DataSource {
        String url;
        String user;
        String password;
        int loginTimeout;

        @Override
        public Connection getConnection() {
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return null;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
            loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return type.cast(this);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }

    /** As PostgreSQL, H2 and Oracle write them: {@code setURL}, {@code setUser}, {@code setPassword}. */
    public static class DriverDataSource extends TestDataSource {
        public void setURL(String url) {
            this.url = url;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** Only a URL setter, spelt {@code setUrl}. */
    public static class LowerCaseUrlDataSource extends TestDataSource {
        public void setUrl(String url) {
            this.url = url;
        }
    }

    private static ConfiguredDataSource create(Class<?> driver, String url, String user, String password) {
        return new ConfiguredDataSource(" " + driver.getName() + " ", url, user, password,
                ConfiguredDataSourceTest.class.getClassLoader());
    }

    @Test
    void theAnnotationNamesThisClass() {
        DataSourceDefinition definition = DatabaseMigrator.class.getAnnotation(DataSourceDefinition.class);
        assertEquals(ConfiguredDataSource.class.getName(), definition.className());
    }

    @Test
    void setsUrlUserAndPasswordOnTheDriversDataSource() throws Exception {
        ConfiguredDataSource dataSource = create(DriverDataSource.class, "jdbc:test:one", "fieldstock", "secret");
        DriverDataSource driver = dataSource.unwrap(DriverDataSource.class);
        assertEquals("jdbc:test:one", driver.url);
        assertEquals("fieldstock", driver.user);
        assertEquals("secret", driver.password);
        assertSame(dataSource, dataSource.unwrap(ConfiguredDataSource.class));
        assertTrue(dataSource.isWrapperFor(DriverDataSource.class));
        dataSource.setLoginTimeout(7);
        assertEquals(7, driver.loginTimeout);
    }

    @Test
    void leavesAnEmptyUserAndPasswordUnset() throws Exception {
        DriverDataSource driver = create(DriverDataSource.class, "jdbc:test:two", "", "").unwrap(DriverDataSource.class);
        assertNull(driver.user);
        assertNull(driver.password);
    }

    @Test
    void findsTheUrlSetterWhateverItsCase() throws Exception {
        TestDataSource driver = create(LowerCaseUrlDataSource.class, "jdbc:test:three", "", "")
                .unwrap(TestDataSource.class);
        assertEquals("jdbc:test:three", driver.url);
    }

    @Test
    void namesTheSettingWhenTheClassIsWrong() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new ConfiguredDataSource("org.example.NoSuchDataSource", "jdbc:x", "", "", getClass().getClassLoader()));
        assertTrue(missing.getMessage().contains("fieldstock.db.datasource"), missing::getMessage);
        IllegalStateException notADataSource = assertThrows(IllegalStateException.class,
                () -> create(String.class, "jdbc:x", "", ""));
        assertTrue(notADataSource.getMessage().contains("is not a javax.sql.DataSource"), notADataSource::getMessage);
    }

    @Test
    void withoutMicroProfileConfigReadsItsDefaultSourcesInItsOrder() {
        ClassLoader loader = getClass().getClassLoader();
        String key = "fieldstock.db.user";
        // The application's defaults (src/main/resources/META-INF/microprofile-config.properties).
        assertEquals(Optional.of("fieldstock"), ConfiguredDataSource.fromDefaultSources(key, loader, Map.of()));
        assertEquals(Optional.of("upper"), ConfiguredDataSource.fromDefaultSources(key, loader,
                Map.of("FIELDSTOCK_DB_USER", "upper")));
        assertEquals(Optional.of("underscored"), ConfiguredDataSource.fromDefaultSources(key, loader,
                Map.of("FIELDSTOCK_DB_USER", "upper", "fieldstock_db_user", "underscored")));
        assertEquals(Optional.of("exact"), ConfiguredDataSource.fromDefaultSources(key, loader,
                Map.of("fieldstock_db_user", "underscored", key, "exact")));
        assertEquals(Optional.empty(), ConfiguredDataSource.fromDefaultSources(key, loader,
                Map.of("FIELDSTOCK_DB_USER", "")), "an empty value hides the default, as in MicroProfile Config");
        assertEquals(Optional.empty(), ConfiguredDataSource.fromDefaultSources("fieldstock.no-such-setting", loader,
                Map.of()));
        String before = System.getProperty(key);
        System.setProperty(key, "property");
        try {
            assertEquals(Optional.of("property"), ConfiguredDataSource.fromDefaultSources(key, loader,
                    Map.of("FIELDSTOCK_DB_USER", "upper")));
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
