package org.fieldstock.application.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldstock.application.audit.AuditTrail;
import org.fieldstock.application.shared.CurrentCaller;
import org.fieldstock.domain.audit.AuditAction;
import org.fieldstock.domain.audit.AuditSubject;
import org.fieldstock.domain.shared.AccessDeniedException;
import org.fieldstock.domain.shared.BusinessException;
import org.fieldstock.domain.shared.NotFoundException;
import org.fieldstock.domain.user.Caller;
import org.fieldstock.domain.user.Role;

/**
 * Backups of the embedded H2 database, which a small organisation runs: H2's online {@code BACKUP TO}
 * writes a zip of the database files while everyone goes on working (transactionally consistent: the
 * transaction log goes into it too), into the backup directory ({@code fieldstock.backup.dir}, by
 * default {@code ~/.fieldstock/backups}). A database server is backed up with its own tools
 * (PostgreSQL's {@code pg_dump}; README "Backup and restore"), so this refuses it. Restoring is done
 * with the application stopped (H2's {@code Restore} tool, README).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("fieldstock-\\d{8}-\\d{6}\\.zip");

    @Inject
    private DatabaseBackup database;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** Backs the database up now, online; answers the new file. */
    public BackupFile backUp() {
        Caller caller = admin();
        Path directory = directory();
        Path file = directory.resolve("fieldstock-" + LocalDateTime.now().format(STAMP) + ".zip");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into the backup directory " + directory, e);
        }
        if (Files.exists(file)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "backup.justMade", file.getFileName());
        }
        database.writeTo(file);
        BackupFile made = describe(file);
        audit.record(caller.getUsername(), AuditAction.BACKUP_MADE, AuditSubject.DATABASE, made.name(), null,
                Long.toString(made.sizeBytes()));
        return made;
    }

    /** The backups in the backup directory, newest first. */
    public List<BackupFile> backups() {
        admin();
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A backup's file, to be downloaded; only names the service gives out. */
    public Path file(String name) {
        admin();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NotFoundException("backup.unknown", String.valueOf(name));
        }
        Path file = directory().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("backup.unknown", name);
        }
        return file;
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        return Path.of(ConfigProvider.getConfig().getOptionalValue("fieldstock.backup.dir", String.class)
                .orElse(System.getProperty("user.home") + "/.fieldstock/backups")).toAbsolutePath();
    }

    private Caller admin() {
        Caller caller = currentCaller.get();
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("access.denied.admin", caller.getUsername());
        }
        return caller;
    }
}
