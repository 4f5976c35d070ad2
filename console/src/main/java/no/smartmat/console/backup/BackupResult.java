package no.smartmat.console.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A backup just written: where, how big, when, which schema it holds and that it passed verification. */
public record BackupResult(Path file, long sizeBytes, Instant takenAt, String schemaVersion, boolean verified,
                           Duration took) {}
