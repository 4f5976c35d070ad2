package no.smartmat.console.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder suppliers' files land in (orders.yaml {@code importFolder}, default {@code <data dir>/import/}).
 * Looked at every {@code pollSeconds} (polling, not a file-system watch: it also works on a network share).
 * A file is ready once its size and time stamp did not change between two looks, or it is older than two
 * polls, so a file still being copied in is left alone. Hidden files and {@code .part}/{@code .tmp} files
 * are ignored. Imported files move to {@code imported/<date>/}; files with problems stay until the
 * coordinator has dealt with them.
 */
public final class ImportFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFolder.class);
    public static final String ARCHIVE = "imported";

    /** A file in the folder and whether it stopped changing. */
    public record Entry(Path path, long size, Instant modified, boolean ready) {
        public String name() {
            return path.getFileName().toString();
        }
    }

    private final Path folder;
    private final Duration poll;
    private final Clock clock;
    private final Map<Path, Entry> lastSeen = new HashMap<>();
    private List<Entry> lastReported = List.of();
    private ScheduledExecutorService scheduler;

    public ImportFolder(Path folder, Duration poll, Clock clock) {
        this.folder = folder;
        this.poll = poll;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Looks at the folder now; a folder that is not there (yet) holds nothing. */
    public synchronized List<Entry> scan() {
        if (!Files.isDirectory(folder)) {
            lastSeen.clear();
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        Map<Path, Entry> seen = new HashMap<>();
        Instant settled = clock.instant().minus(poll.multipliedBy(2));
        try (var list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isRegularFile(p) || name.startsWith(".") || name.startsWith("~") || name.endsWith(".part")
                        || name.endsWith(".tmp") || name.endsWith(".crdownload")) {
                    continue;
                }
                long size = Files.size(p);
                Instant modified = Files.getLastModifiedTime(p).toInstant();
                Entry before = lastSeen.get(p);
                boolean unchanged = before != null && before.size() == size && before.modified().equals(modified);
                Entry entry = new Entry(p, size, modified, size > 0 && (unchanged || modified.isBefore(settled)));
                seen.put(p, entry);
                entries.add(entry);
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the import folder {}", folder, e);
            return List.of();
        }
        lastSeen.clear();
        lastSeen.putAll(seen);
        return entries;
    }

    public List<Path> ready() {
        return scan().stream().filter(Entry::ready).map(Entry::path).toList();
    }

    /** Starts looking every {@code poll}; {@code onChange} gets the folder's entries whenever they differ from the last time. */
    public synchronized void watch(Consumer<List<Entry>> onChange) {
        if (scheduler != null) {
            return;
        }
        try {
            // Made once, so suppliers (or the coordinator) find it; not again on every look.
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.warn("Cannot create the import folder {}", folder, e);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "smartmat-import-folder");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                List<Entry> now = scan();
                boolean changed;
                synchronized (this) {
                    changed = !now.equals(lastReported);
                    lastReported = now;
                }
                if (changed) {
                    onChange.accept(now);
                }
            } catch (RuntimeException e) {
                LOG.warn("Looking at the import folder {} failed", folder, e);
            }
        }, 0, Math.max(1, poll.toMillis()), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops looking and waits (at most 30 s) for a look that is under way, with the automatic import it may have
     * started: when the window closes, nothing may still write the database or move files in the kitchen's folder.
     * The wait is outside the lock, which the look itself needs.
     */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = scheduler;
            scheduler = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Looking at the import folder {} still running 30 s after it was stopped", folder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Moves an imported file to {@code imported/<today>/}, keeping an earlier file of the same name. */
    public Path archive(Path file) {
        try {
            Path day = folder.resolve(ARCHIVE).resolve(LocalDate.now(clock).toString());
            Files.createDirectories(day);
            Path target = day.resolve(file.getFileName());
            for (int i = 2; Files.exists(target); i++) {
                target = day.resolve(i + "-" + file.getFileName());
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a batch from the folder may be imported without the coordinator (orders.yaml {@code autoImport}):
     * only a new batch or a re-send with no problem at all, not even a warning, whose clients all match by
     * client number. Anything else waits in Ordreimport.
     */
    public static boolean autoImportable(BatchPreview preview) {
        if (preview.status() != BatchPreview.Status.NEW && preview.status() != BatchPreview.Status.REVISION) {
            return false;
        }
        if (!preview.problems().isEmpty()) {
            return false;
        }
        BatchPreview.Evaluation ev = preview.evaluate(Resolutions.NONE);
        return ev.canCommit() && ev.summary().kept() == 0
                && preview.batch().orders().stream().allMatch(o -> preview.matchOf(o) instanceof ClientMatch.ByNumber);
    }

    /** What one automatic pass did with one batch. */
    public record AutoResult(BatchPreview preview, Optional<ImportOutcome> outcome) {}

    /**
     * Imports the ready files that are {@link #autoImportable} as {@code by}, and moves them (and files
     * already imported before) to the archive; the rest stay. Returns every batch looked at.
     */
    public List<AutoResult> autoImport(OrderImportService service, CurrentUser by) {
        List<Path> ready = ready();
        if (ready.isEmpty()) {
            return List.of();
        }
        List<ImportFile> files = ready.stream().map(ImportFile::of).toList();
        List<AutoResult> results = new ArrayList<>();
        for (BatchPreview preview : service.preview(files, Progress.NONE)) {
            Optional<ImportOutcome> outcome = Optional.empty();
            if (autoImportable(preview)) {
                outcome = Optional.of(service.commit(preview, Resolutions.NONE, by, Progress.NONE));
            }
            boolean done = preview.status() == BatchPreview.Status.ALREADY_IMPORTED
                    || outcome.map(o -> o.result() != ImportOutcome.Result.REFUSED).orElse(false);
            if (done) {
                preview.batch().files().forEach(name -> ready.stream().filter(p -> p.getFileName().toString().equals(name))
                        .findFirst().ifPresent(this::archive));
            }
            results.add(new AutoResult(preview, outcome));
        }
        return results;
    }
}
