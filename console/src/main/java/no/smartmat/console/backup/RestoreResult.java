package no.smartmat.console.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A finished restore: which backup, its schema version and the version it was upgraded to, where the database it
 * replaced is kept, and how many HACCP temperature readings only that replaced database holds (newer than the
 * backup's newest).
 */
public record RestoreResult(Path restoredFrom, String backupSchemaVersion, String schemaVersionNow,
                            Optional<Path> replacedKeptAt, long readingsOnlyInReplaced) {}
