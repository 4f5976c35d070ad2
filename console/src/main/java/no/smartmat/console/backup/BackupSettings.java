package no.smartmat.console.backup;

import java.nio.file.Path;
import java.util.Optional;

/** {@code config/defaults/backup.yaml}, overridden by {@code <data dir>/config/backup.yaml}. */
public record BackupSettings(String folder, int keepDays, boolean automaticDaily) {

    /**
     * The key under which a folder chosen in Innstillinger is kept; it wins over the file. Not "backup.…": that
     * prefix names the backup message bundle.
     */
    public static final String FOLDER_SETTING = "backups.folder";

    /** {@code chosen} (from Innstillinger) when given, else the file's folder, else {@code <data dir>/backups}. */
    public Path folder(Path dataDir, Optional<String> chosen) {
        String value = chosen.filter(s -> !s.isBlank()).orElse(folder == null ? "" : folder.strip());
        if (value.isEmpty()) {
            return dataDir.resolve("backups");
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : dataDir.resolve(p);
    }
}
