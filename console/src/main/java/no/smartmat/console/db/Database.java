package no.smartmat.console.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
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
        Flyway flyway = flyway(dataSource);
        boolean existed = Files.exists(file) && sizeOf(file) > 0;
        if (existed) {
            // Inspected through a read-only connection without pragmas: even switching on WAL rewrites the
            // file header, and a file that is not ours must be left exactly as it was.
            SQLiteDataSource readOnly = readOnlyDataSource(file);
            try {
                checkIsOurs(file, readOnly);
                Flyway inspect = flyway(readOnly);
                checkNotNewer(file, inspect);
                backupBeforeMigration(file, inspect);
            } catch (org.flywaydb.core.api.FlywayException | org.jooq.exception.DataAccessException e) {
                throw new DatabaseException(UserMessage.of("db.error.unreadable", file, e.getMessage()),
                        "cannot inspect " + file, e);
            }
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException(UserMessage.of("db.error.migrationFailed", file, e.getMessage()),
                    "migration of " + file + " failed", e);
        }
        return new Database(file, dataSource);
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

    /** The newest schema version this app's migrations reach, asked of an in-memory database so no file is touched. */
    public static String supportedSchemaVersion() {
        return SupportedVersion.VALUE;
    }

    /** Computed once, on first use: it only changes with the build. */
    private static final class SupportedVersion {
        static final String VALUE = compute();

        private static String compute() {
            SQLiteDataSource memory = new SQLiteDataSource();
            memory.setUrl("jdbc:sqlite::memory:");
            return latestKnownVersion(flyway(memory));
        }
    }

    /**
     * The schema version of the database file, read without changing it; empty when there is no database yet,
     * "?" when the file cannot be read as one of ours (opening it would say why).
     */
    public static Optional<String> schemaVersionOf(Path file) {
        if (!Files.exists(file) || sizeOf(file) == 0) {
            return Optional.empty();
        }
        try {
            checkIsSqliteOrEmpty(file);
            SQLiteDataSource readOnly = readOnlyDataSource(file);
            checkIsOurs(file, readOnly);
            return Optional.of(Optional.ofNullable(flyway(readOnly).info().current())
                    .map(i -> i.getVersion().getVersion()).orElse("0"));
        } catch (RuntimeException e) {
            return Optional.of("?");
        }
    }

    public String schemaVersion() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).load();
        return Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion)
                .map(MigrationVersion::getVersion).orElse("0");
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
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
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
