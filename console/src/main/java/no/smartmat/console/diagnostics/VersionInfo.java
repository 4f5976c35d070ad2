package no.smartmat.console.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import no.smartmat.console.i18n.Messages;

/**
 * What whoever helps a kitchen asks first: which app, on which Java and JavaFX, which database schema, which data
 * folder. Shown by {@code --version}, the About dialog and every crash report, from this one place.
 *
 * @param databaseSchema the schema version of the database in the data folder; empty when there is none yet
 */
public record VersionInfo(String app, String java, String javaFx, String os, String schemaSupported,
                          Optional<String> databaseSchema, Path dataDir, Optional<Path> logFile) {

    public static final String PRODUCT = "Smart Mat Console";

    public static VersionInfo of(Path dataDir, Optional<String> databaseSchema, String schemaSupported) {
        return of(dataDir, databaseSchema, schemaSupported, Logging.currentFile());
    }

    /** With the log file given: {@code --version} names the folder's log without starting the logging to find it. */
    public static VersionInfo of(Path dataDir, Optional<String> databaseSchema, String schemaSupported, Optional<Path> logFile) {
        return new VersionInfo(appVersion(), javaVersion(), javaFxVersion(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                schemaSupported, databaseSchema, dataDir, logFile);
    }

    /** The Maven project version, written into the jar at build time. */
    public static String appVersion() {
        return property("smartmat/version.properties", "version").orElse("dev");
    }

    static String javaVersion() {
        return Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ", " + System.getProperty("java.home") + ")";
    }

    /** Read from the JavaFX jar itself, so it is known without starting the toolkit (which --version must not). */
    static String javaFxVersion() {
        return property("javafx.properties", "javafx.runtime.version").orElse("-");
    }

    private static Optional<String> property(String resource, String key) {
        try (InputStream in = VersionInfo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty(key)).filter(v -> !v.isBlank() && !v.startsWith("${"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per fact, the first one the product and version (scripts check that line). */
    public List<String> lines(Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(PRODUCT + " " + app);
        lines.add(m.get("diagnostics.version.java", java));
        lines.add(m.get("diagnostics.version.javafx", javaFx));
        lines.add(m.get("diagnostics.version.os", os));
        lines.add(databaseSchema
                .map(v -> m.get("diagnostics.version.schema", v, schemaSupported))
                .orElseGet(() -> m.get("diagnostics.version.schemaNone", schemaSupported)));
        lines.add(m.get("diagnostics.version.dataDir", dataDir));
        logFile.ifPresent(f -> lines.add(m.get("diagnostics.version.log", f)));
        return lines;
    }

    public String text(Messages m) {
        return String.join(System.lineSeparator(), lines(m));
    }
}
