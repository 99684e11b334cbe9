package org.fieldstock.application.backup;

import java.nio.file.Path;

/** The database's own online backup into a file, where the database has one (embedded H2). */
public interface DatabaseBackup {

    /** Writes a consistent backup of the running database to the file; refused for a database server. */
    void writeTo(Path file);
}
