package no.smartmat.console.backup;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import no.smartmat.console.i18n.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup while the console window is open: looks at start and then every hour whether the newest backup
 * is more than a day old, and takes one if so. Runs on its own daemon thread; whatever happens is logged and handed
 * to {@code listener} (the window shows it), never lost in a thread nobody watches.
 */
public final class BackupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);
    public static final Duration CHECK_EVERY = Duration.ofHours(1);

    /** What one look found: a backup written, or the message of one that failed. Both empty: none was due. */
    public record Outcome(Optional<BackupResult> written, Optional<UserMessage> failure) {}

    private final BackupService backups;
    private final Consumer<Outcome> listener;
    private final Duration every;
    private ScheduledExecutorService executor;

    public BackupScheduler(BackupService backups, Consumer<Outcome> listener) {
        this(backups, listener, CHECK_EVERY);
    }

    BackupScheduler(BackupService backups, Consumer<Outcome> listener, Duration every) {
        this.backups = backups;
        this.listener = listener;
        this.every = every;
    }

    public synchronized void start() {
        if (executor != null || !backups.settings().automaticDaily()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smartmat-backup");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::checkNow, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look; a failure is reported and the next hour tries again (a network drive may be back by then). */
    void checkNow() {
        Outcome outcome;
        try {
            outcome = new Outcome(backups.backupIfDue(), Optional.empty());
        } catch (BackupException e) {
            LOG.warn("Automatic backup failed: {}", e.getMessage(), e);
            outcome = new Outcome(Optional.empty(), Optional.of(e.userMessage()));
        } catch (RuntimeException e) {
            LOG.error("Automatic backup failed", e);
            outcome = new Outcome(Optional.empty(), Optional.of(UserMessage.of("backup.error.unexpected",
                    e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            LOG.error("Backup listener failed", e);
        }
    }

    /** Stops looking; a backup being written is allowed to finish (a few seconds at most) so no .partial is left. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Automatic backup still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
