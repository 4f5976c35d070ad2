package no.smartmat.console.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a kitchen's database, configuration overrides and exports live. The {@code --data-dir} option
 * wins, then {@code SMARTMAT_DATA_DIR}, then the folder chosen at the first start (remembered in
 * {@value #POINTER} in the default folder), then the operating system's per-user data folder.
 */
public final class DataDirectory {

    public static final String ENV = "SMARTMAT_DATA_DIR";
    /** In the default folder: the path of the folder the first-run setup chose instead (a network drive, say). */
    public static final String POINTER = "data-folder.txt";

    private DataDirectory() {}

    public static Path resolve(Optional<Path> option, Map<String, String> env) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        Path fallback = platformDefault(env);
        return remembered(fallback).orElse(fallback);
    }

    /** Whether the folder was given on the command line or in the environment, rather than chosen in the console. */
    public static boolean isGiven(Optional<Path> option, Map<String, String> env) {
        return option.isPresent() || (env.get(ENV) != null && !env.get(ENV).isBlank());
    }

    /** The operating system's per-user data folder for Smart Mat. */
    public static Path platformDefault(Map<String, String> env) {
        return platformDefault(env, "smartmat", "SmartMat");
    }

    /** Makes {@code dir} the folder later starts open (unless an option or the environment says otherwise). */
    public static void remember(Path dir, Map<String, String> env) {
        Path fallback = platformDefault(env);
        Path pointer = fallback.resolve(POINTER);
        try {
            if (dir.toAbsolutePath().normalize().equals(fallback)) {
                Files.deleteIfExists(pointer);
                return;
            }
            Files.createDirectories(fallback);
            Files.writeString(pointer, dir.toAbsolutePath().normalize() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pointer, e);
        }
    }

    private static Optional<Path> remembered(Path fallback) {
        Path pointer = fallback.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).toAbsolutePath().normalize());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty(); // an unreadable pointer: the default folder, where the first-run asks again
        }
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
