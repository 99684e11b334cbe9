package org.fieldstock.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The class named by the application's {@code @DataSourceDefinition} (see {@code DatabaseMigrator}): the
 * server creates it, pools its connections and enlists them in transactions; it creates the database
 * driver's own {@code DataSource} from MicroProfile Config, so that the database is chosen when the
 * server starts (environment variables {@code FIELDSTOCK_DB_*}, system properties, or the defaults in
 * {@code META-INF/microprofile-config.properties}):
 * <ul>
 * <li>{@value #DATASOURCE_CLASS}: the driver's {@code javax.sql.DataSource} class;</li>
 * <li>{@value #URL}, {@value #USER}, {@value #PASSWORD}: set on it as bean properties.</li>
 * </ul>
 * Placeholders in the annotation itself are not portable: {@code ${MPCONFIG=...}} is Payara's, and
 * GlassFish expands none in a datasource definition.
 * <p>
 * GlassFish connects while it deploys the application (to check the persistence unit), before it has
 * set up MicroProfile Config for the first application; until then the settings come from the sources
 * MicroProfile Config reads by default, in its order: system property, environment variable (same name
 * mapping), the application's {@code META-INF/microprofile-config.properties}.
 */
public class ConfiguredDataSource implements DataSource {

    static final String DATASOURCE_CLASS = "fieldstock.db.datasource";
    static final String URL = "fieldstock.db.url";
    static final String USER = "fieldstock.db.user";
    static final String PASSWORD = "fieldstock.db.password";

    private static final String DEFAULTS = "META-INF/microprofile-config.properties";

    private final DataSource driver;

    /** What the server calls: the settings of the application this class belongs to. */
    public ConfiguredDataSource() {
        this(settings(ConfiguredDataSource.class.getClassLoader()), ConfiguredDataSource.class.getClassLoader());
    }

    private ConfiguredDataSource(Function<String, Optional<String>> settings, ClassLoader loader) {
        this(required(settings, DATASOURCE_CLASS), required(settings, URL), settings.apply(USER).orElse(""),
                settings.apply(PASSWORD).orElse(""), loader);
    }

    ConfiguredDataSource(String className, String url, String user, String password, ClassLoader loader) {
        Object created;
        try {
            created = Class.forName(className.strip(), true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Cannot create the database's DataSource class '" + className + "' ("
                    + DATASOURCE_CLASS + "): " + e, e);
        }
        if (!(created instanceof DataSource dataSource)) {
            throw new IllegalStateException("'" + className + "' (" + DATASOURCE_CLASS + ") is not a javax.sql.DataSource");
        }
        set(dataSource, "url", url, URL);
        if (!user.isEmpty()) {
            set(dataSource, "user", user, USER);
        }
        if (!password.isEmpty()) {
            set(dataSource, "password", password, PASSWORD);
        }
        this.driver = dataSource;
    }

    private static Function<String, Optional<String>> settings(ClassLoader loader) {
        Config config;
        try {
            config = ConfigProvider.getConfig(loader);
        } catch (IllegalStateException noConfigYet) {
            return key -> fromDefaultSources(key, loader, System.getenv());
        }
        return key -> config.getOptionalValue(key, String.class);
    }

    private static String required(Function<String, Optional<String>> settings, String key) {
        return settings.apply(key).orElseThrow(() -> new IllegalStateException("No database setting " + key
                + " (environment variable " + environmentName(key) + ")"));
    }

    /** A setting as MicroProfile Config finds it in its default sources; empty counts as missing, as there. */
    static Optional<String> fromDefaultSources(String key, ClassLoader loader, Map<String, String> environment) {
        String value = System.getProperty(key);
        if (value == null) {
            value = environment.get(key);
        }
        String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
        if (value == null) {
            value = environment.get(underscored);
        }
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        if (value == null) {
            value = fromDefaults(key, loader);
        }
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String fromDefaults(String key, ClassLoader loader) {
        try {
            for (var file : Collections.list(loader.getResources(DEFAULTS))) {
                Properties properties = new Properties();
                try (InputStream in = file.openStream()) {
                    properties.load(in);
                }
                String value = properties.getProperty(key);
                if (value != null) {
                    return value;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }

    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Calls the String setter of a bean property, whatever its case ({@code setURL} or {@code setUrl}). */
    private static void set(Object bean, String property, String value, String key) {
        for (Method method : bean.getClass().getMethods()) {
            if (method.getName().equalsIgnoreCase("set" + property) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == String.class) {
                try {
                    method.invoke(bean, value);
                    return;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot set " + key + " on " + bean.getClass().getName(), e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("Cannot set " + key + " on " + bean.getClass().getName() + ": "
                            + e.getCause(), e.getCause());
                }
            }
        }
        throw new IllegalStateException(bean.getClass().getName() + " (" + DATASOURCE_CLASS + ") has no property '"
                + property + "' for " + key);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return driver.getConnection(username, password);
    }

    @Override
    public ConnectionBuilder createConnectionBuilder() throws SQLException {
        return driver.createConnectionBuilder();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : driver.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "ConfiguredDataSource[" + driver.getClass().getName() + "]";
    }
}
