package no.smartmat.console.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc copies its native library out of its jar into the temporary folder at every start of the JVM, a
 * megabyte read, inflated and written before a headless command can open its database. This copies it once into the
 * user's own cache folder ({@code ~/.cache/smartmat}, {@code %LOCALAPPDATA%\SmartMat\cache}) and points sqlite-jdbc at
 * that copy; when anything is in the way, sqlite-jdbc does as it always did.
 */
final class SqliteNative {

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";

    private SqliteNative() {}

    /** Before the first connection. */
    static void prepare() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            Optional<Path> cache = cacheFolder();
            if (resource == null || cache.isEmpty()) {
                return;
            }
            Path folder = cache.get().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
            Path library = folder.resolve(name);
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            if (!Files.isRegularFile(library) || Files.size(library) != size) {
                Files.createDirectories(folder);
                Path partial = Files.createTempFile(folder, name, ".partial");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                // Two commands starting at once both copy; each move is atomic, and both copies are the same.
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc extracts the library itself, as before
        }
    }

    /** A folder only this user writes in: a library loaded from a folder others can write to could be anyone's. */
    private static Optional<Path> cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.ofNullable(System.getenv("LOCALAPPDATA")).map(d -> Path.of(d, "SmartMat", "cache"));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("smartmat"));
    }
}
