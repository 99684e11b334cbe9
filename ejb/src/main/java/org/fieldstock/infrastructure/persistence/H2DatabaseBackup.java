package org.fieldstock.infrastructure.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.fieldstock.application.backup.DatabaseBackup;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.infrastructure.startup.DatabaseMigrator;

/**
 * H2's online {@code BACKUP TO}: a zip of the database files, written while everyone goes on working,
 * transactionally consistent (H2 copies the transaction log with them). Native SQL, H2 only: a
 * database server (PostgreSQL, Oracle) is refused and backed up with its own tools.
 */
@ApplicationScoped
public class H2DatabaseBackup implements DatabaseBackup {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Override
    public void writeTo(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "backup.serverDatabase", product);
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "backup.inMemory");
            }
            try (Statement statement = connection.createStatement()) {
                // the path is the application's own (the backup directory and a timestamp), never a user's text
                statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
        }
    }
}
