package no.smartmat.console.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Which migrations this build carries and which a database file has applied, found without starting Flyway:
 * the names of {@code db/migration/V*__*.sql} on the class path, and Flyway's own history table read through a
 * read-only connection. Flyway scans, parses and checksums every script, and inspects the schema, each time it
 * starts: a second or more for a headless command that only wants to know that nothing needs to be done.
 */
final class Migrations {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    /**
     * Flyway's own history table is not part of the schema jOOQ's classes are generated from, and {@code --version}
     * reads it before anything else needs jOOQ: plain JDBC here spares that command jOOQ's start-up.
     */
    private static final String APPLIED = "select version, success from flyway_schema_history";

    private Migrations() {}

    /** The versions of the migration scripts in this build, normalized ("1", "10", "1.1"). Computed once. */
    static Set<String> known() {
        return Known.VERSIONS;
    }

    /** The newest version this build's migrations reach. */
    static String latestKnown() {
        return known().stream().max(Migrations::compare).orElse("0");
    }

    /**
     * The versions {@code file} has applied successfully, or empty when it cannot tell (no history table, a failed
     * migration, not readable): then Flyway itself must look, and explain.
     */
    static Optional<Set<String>> applied(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection c = readOnly.getConnection();
             PreparedStatement query = c.prepareStatement(APPLIED);
             ResultSet rows = query.executeQuery()) {
            Set<String> versions = new TreeSet<>(Migrations::compare);
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                String version = rows.getString(1);
                if (version != null) {
                    versions.add(normalize(version));
                }
            }
            return Optional.of(versions);
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code file} has applied exactly this build's migrations, all successfully: nothing to migrate. */
    static boolean isCurrent(Path file) {
        return applied(file).filter(versions -> versions.equals(new TreeSet<>(known()))).isPresent();
    }

    /** The newest version {@code file} has applied, read without changing it. */
    static Optional<String> current(Path file) {
        return applied(file).flatMap(versions -> versions.stream().max(Migrations::compare));
    }

    static String normalize(String version) {
        List<BigInteger> parts = new ArrayList<>(Arrays.stream(version.split("[._]")).map(BigInteger::new).toList());
        while (parts.size() > 1 && parts.getLast().signum() == 0) {
            parts.removeLast();
        }
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static final class Known {
        static final Set<String> VERSIONS = Collections.unmodifiableSet(scan());

        private static Set<String> scan() {
            Set<String> versions = new TreeSet<>(Migrations::compare);
            try {
                Enumeration<URL> roots = Migrations.class.getClassLoader().getResources(LOCATION);
                while (roots.hasMoreElements()) {
                    for (String name : names(roots.nextElement())) {
                        Matcher m = VERSIONED.matcher(name);
                        if (m.matches()) {
                            versions.add(normalize(m.group(1)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + LOCATION, e);
            }
            return versions;
        }

        private static List<String> names(URL root) throws IOException {
            if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                String prefix = LOCATION + "/";
                List<String> names = new ArrayList<>();
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        names.add(name.substring(prefix.length()));
                    }
                }
                return names;
            }
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                return files.map(f -> f.getFileName().toString()).toList();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }
}
