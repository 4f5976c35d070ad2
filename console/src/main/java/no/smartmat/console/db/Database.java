package no.smartmat.console.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import no.smartmat.console.i18n.UserMessage;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The console's SQLite database: one file, WAL, foreign keys on, every write transaction taken with
 * BEGIN IMMEDIATE so two writers queue instead of failing half-way. Opening it migrates an older file
 * (after a backup copy) and refuses, without touching it, a file that is not ours or is newer than this app.
 */
public final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    public static final String FILE_NAME = "smartmat.db";

    static {
        SqliteNative.prepare();
    }

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final DSLContext dsl;

    private Database(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.SQLITE);
    }

    /** Opens (creating or migrating as needed) the database file in {@code dataDir}. */
    public static Database openIn(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new DatabaseException(UserMessage.of("db.error.dataDirNotCreatable", dataDir, e.getMessage()),
                    "cannot create " + dataDir, e);
        }
        return open(dataDir.resolve(FILE_NAME));
    }

    public static Database open(Path file) {
        checkIsSqliteOrEmpty(file);
        SQLiteDataSource dataSource = dataSource(file);
        // The usual case: the file has applied exactly this build's migrations. Flyway would validate every script's
        // checksum and inspect the schema to find that out, for a second or more at every start of every command.
        if (Files.exists(file) && sizeOf(file) > 0 && Migrations.isCurrent(file)) {
            return new Database(file, dataSource);
        }
        Flyway flyway = flyway(dataSource);
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        if (existed) {
            inspectReadOnly(file, false, inspect -> backupBeforeMigration(file, inspect));
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException(UserMessage.of("db.error.migrationFailed", file, e.getMessage()),
                    "migration of " + file + " failed", e);
        }
        return new Database(file, dataSource);
    }

    /** What {@link #inspect} found in a file that may be opened as the kitchen's database. */
    public record Inspection(Path file, String schemaVersion, boolean needsUpgrade) {}

    /**
     * Checks, without changing a byte of it, that {@code file} is a Smart Mat database this version can open: SQLite,
     * ours, not from a newer version, and passing SQLite's integrity check. Throws {@link DatabaseException} with a
     * message naming the file and what is wrong.
     */
    public static Inspection inspect(Path file) {
        if (!Files.isRegularFile(file) || sizeOf(file) == 0) {
            throw new DatabaseException(UserMessage.of("db.error.notADatabaseFile", file), file + " is missing or empty");
        }
        checkIsSqliteOrEmpty(file);
        return inspectReadOnly(file, true, inspect -> {});
    }

    private static Inspection inspectReadOnly(Path file, boolean checkIntegrity, Consumer<Flyway> beforeUpgrade) {
        // Inspected through a read-only connection without pragmas: even switching on WAL rewrites the
        // file header, and a file that is not ours must be left exactly as it was.
        SQLiteDataSource readOnly = readOnlyDataSource(file);
        try {
            checkIsOurs(file, readOnly);
            if (checkIntegrity) {
                checkIntegrity(file, readOnly);
            }
            Flyway inspect = flyway(readOnly);
            checkNotNewer(file, inspect);
            beforeUpgrade.accept(inspect);
            String version = Optional.ofNullable(inspect.info().current()).map(i -> i.getVersion().getVersion()).orElse("0");
            return new Inspection(file, version, inspect.info().pending().length > 0);
        } catch (org.flywaydb.core.api.FlywayException | org.jooq.exception.DataAccessException e) {
            throw new DatabaseException(UserMessage.of("db.error.unreadable", file, e.getMessage()),
                    "cannot inspect " + file, e);
        }
    }

    /**
     * SQLite's own check of every page and index. A pragma is the only way to ask for it; this is the one place
     * the console sends one as text.
     */
    private static final String INTEGRITY_CHECK = "PRAGMA integrity_check";

    private static void checkIntegrity(Path file, SQLiteDataSource readOnly) {
        List<String> problems = DSL.using(readOnly, SQLDialect.SQLITE).fetch(INTEGRITY_CHECK).getValues(0, String.class);
        if (!problems.equals(List.of("ok"))) {
            throw new DatabaseException(UserMessage.of("db.error.integrity", file,
                    String.join("; ", problems.stream().limit(3).toList())), file + " fails integrity_check: " + problems);
        }
    }

    /**
     * Writes a consistent copy of this database to {@code target} with SQLite's online backup, while other
     * connections keep reading and writing.
     */
    public void backupTo(Path target) {
        onlineBackup(file, dataSource, target);
    }

    /** {@link #backupTo} for a database file no {@code Database} has open (the one a restore replaces). */
    public static void backup(Path source, Path target) {
        checkIsSqliteOrEmpty(source);
        onlineBackup(source, readOnlyDataSource(source), target);
    }

    /**
     * All pages in one step (-1): the step holds one read transaction, so in WAL mode writers carry on and the
     * copy is the snapshot at its start. Copying in slices would restart whenever another connection commits,
     * and on a busy kitchen PC might never finish.
     */
    private static void onlineBackup(Path source, SQLiteDataSource from, Path target) {
        try (Connection c = from.getConnection()) {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", target.toAbsolutePath().toString(), null, BUSY_SLEEP_MILLIS, BUSY_RETRIES, ALL_PAGES);
            if (rc != SQLITE_OK) {
                throw new DatabaseException(UserMessage.of("db.error.backupWrite", source, target, "SQLite code " + rc),
                        "online backup of " + source + " to " + target + " returned " + rc);
            }
        } catch (SQLException e) {
            throw new DatabaseException(UserMessage.of("db.error.backupWrite", source, target, e.getMessage()),
                    "online backup of " + source + " to " + target + " failed", e);
        }
        // The copy carries the source's WAL flag; as a single self-contained file it opens anywhere, also
        // read-only and from a network drive, without -wal/-shm companions.
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        SQLiteDataSource copy = new SQLiteDataSource(config);
        copy.setUrl("jdbc:sqlite:" + target.toAbsolutePath());
        try (Connection c = copy.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            throw new DatabaseException(UserMessage.of("db.error.backupWrite", source, target, e.getMessage()),
                    "cannot finish " + target, e);
        }
    }

    private static final int SQLITE_OK = 0;
    private static final int ALL_PAGES = -1;
    private static final int BUSY_SLEEP_MILLIS = 100;
    private static final int BUSY_RETRIES = 50;

    /** Read-only jOOQ access to a database file that is not the live one (a backup being inspected). */
    public static DSLContext readOnly(Path file) {
        return DSL.using(readOnlyDataSource(file), SQLDialect.SQLITE);
    }

    /**
     * Features own version ranges (orders 10–19, slots 20–29, planning 30–39, HACCP 40–49, printing 50–59), so
     * a database may already hold V40 when a V10 arrives with a later release: apply it out of order rather
     * than refuse the database.
     */
    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .outOfOrder(true)
                .load();
    }

    /**
     * Removes a database this run created and could not finish (a demo or first start that failed half-way), with
     * its WAL files, so the next start begins anew. Quietly: the failure that led here is what the caller reports.
     */
    public static void deleteUnfinished(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove {}{}", file, suffix, e);
            }
        }
    }

    public Path file() {
        return file;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** For reads; each query takes its own connection. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one write transaction: all of it is stored, or none of it. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    public void transactionRun(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(configuration.dsl()));
    }

    /** The newest schema version this app's migrations reach, from the names of its migration scripts. */
    public static String supportedSchemaVersion() {
        return Migrations.latestKnown();
    }

    /**
     * The schema version of the database file, read without changing it; empty when there is no database yet,
     * "?" when it cannot be opened by this version (opening it would say why).
     */
    public static Optional<String> schemaVersionOf(Path file) {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return Optional.empty();
        }
        try {
            checkIsSqliteOrEmpty(file);
        } catch (DatabaseException e) {
            return Optional.of("?");
        }
        return Optional.of(Migrations.current(file).orElse("?"));
    }

    public String schemaVersion() {
        return Migrations.current(file).orElse("0");
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(15_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private static SQLiteDataSource readOnlyDataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private static void checkIsSqliteOrEmpty(Path file) {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new DatabaseException(UserMessage.of("db.error.notSqlite", file), file + " is not SQLite");
            }
        } catch (IOException e) {
            throw new DatabaseException(UserMessage.of("db.error.unreadable", file, e.getMessage()), "cannot read " + file, e);
        }
    }

    private static void checkIsOurs(Path file, SQLiteDataSource dataSource) {
        var tables = DSL.using(dataSource, SQLDialect.SQLITE).meta().getTables().stream()
                .map(Table::getName).toList();
        if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
            throw new DatabaseException(UserMessage.of("db.error.notOurs", file, String.join(", ", tables.stream().limit(5).toList())
                    + (tables.size() > 5 ? ", …" : "")), file + " has foreign tables " + tables);
        }
    }

    private static void checkNotNewer(Path file, Flyway flyway) {
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new DatabaseException(UserMessage.of("db.error.newer", file, applied.getVersion().getVersion(),
                        latestKnownVersion(flyway)), file + " is from a newer version");
            }
        }
    }

    private static String latestKnownVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS && info.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).filter(v -> v != null).max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion).orElse("0");
    }

    private static void backupBeforeMigration(Path file, Flyway flyway) {
        if (flyway.info().pending().length == 0) {
            return;
        }
        String from = Optional.ofNullable(flyway.info().current()).map(i -> i.getVersion().getVersion()).orElse("0");
        Path backup = file.resolveSibling(file.getFileName() + ".before-upgrade-from-v" + from);
        try {
            Files.deleteIfExists(backup);
            // An online backup, not a file copy: after a power cut, committed transactions may still be only in
            // smartmat.db-wal, and a copy of the main file alone would leave them out.
            onlineBackup(file, readOnlyDataSource(file), backup);
            LOG.info("Upgrading {} from schema version {}; copy kept at {}", file, from, backup);
        } catch (IOException e) {
            throw new DatabaseException(UserMessage.of("db.error.backupFailed", file, e.getMessage()), "backup failed", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
