package no.smartmat.console.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup in the backup folder. Only a copy that passed verification is given a backup name, so every file
 * listed here was verified when it was written.
 */
public record BackupFile(Path file, Instant takenAt, long sizeBytes) {}
