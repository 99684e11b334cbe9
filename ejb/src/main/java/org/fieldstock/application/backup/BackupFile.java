package org.fieldstock.application.backup;

import java.io.Serializable;
import java.time.Instant;

/** A backup in the backup directory: its file name, size and when it was written. */
public record BackupFile(String name, long sizeBytes, Instant writtenAt) implements Serializable {
}
