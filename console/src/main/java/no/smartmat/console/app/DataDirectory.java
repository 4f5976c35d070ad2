package no.smartmat.console.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a kitchen's database, configuration overrides and exports live. The {@code --data-dir} option
 * wins, then {@code SMARTMAT_DATA_DIR}, then the operating system's per-user data folder.
 */
public final class DataDirectory {

    public static final String ENV = "SMARTMAT_DATA_DIR";

    private DataDirectory() {}

    public static Path resolve(Optional<Path> option, Map<String, String> env) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, "smartmat", "SmartMat");
    }

    /**
     * The demo kitchen never shares a folder with a real one, so {@code --demo} cannot touch real data.
     */
    public static Path resolveDemo(Optional<Path> option, Map<String, String> env) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        return platformDefault(env, "smartmat-demo", "SmartMat Demo");
    }

    private static Path platformDefault(Map<String, String> env, String unixName, String windowsName) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            return Path.of(Optional.ofNullable(env.get("APPDATA")).orElse(home), windowsName);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", windowsName);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(unixName);
    }
}
