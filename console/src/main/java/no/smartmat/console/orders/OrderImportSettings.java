package no.smartmat.console.orders;

import java.nio.file.Path;
import java.time.LocalTime;

/** {@code config/defaults/orders.yaml}, overridden by {@code <data dir>/config/orders.yaml}. */
public record OrderImportSettings(String importFolder, int pollSeconds, boolean autoImport, int maxFileMegabytes,
                                  int maxPackagesPerOrder, double maxItemQuantity, int maxDaysAhead,
                                  LocalTime fallbackWindowStart, LocalTime fallbackWindowEnd) {

    /** The watched folder: {@code importFolder} as given when absolute, else under the data folder. */
    public Path importFolder(Path dataDir) {
        Path p = Path.of(importFolder);
        return p.isAbsolute() ? p : dataDir.resolve(p);
    }

    public long maxFileBytes() {
        return maxFileMegabytes * 1024L * 1024L;
    }
}
