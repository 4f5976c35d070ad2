package no.smartmat.console.orders;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.smartmat.console.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import folder looked at for as long as someone is logged in to the window, whether or not Ordreimport
 * has been opened: a supplier's file that may be imported automatically (orders.yaml {@code autoImport}) is
 * imported when it arrives, as the person logged in, and the screen only shows what the watch found.
 */
public final class ImportFolderWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFolderWatch.class);

    /** What the watch reports; called on the watch's own thread. */
    public interface Listener {
        void folderChanged(List<ImportFolder.Entry> entries);

        default void autoImported(List<ImportFolder.AutoResult> results) {}

        default void autoImportFailed(RuntimeException error) {}
    }

    private final ImportFolder folder;
    private final OrderImportService service;
    private final boolean autoImport;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile List<ImportFolder.Entry> entries = List.of();
    private volatile Optional<CurrentUser> importingAs = Optional.empty();

    public ImportFolderWatch(ImportFolder folder, OrderImportService service, OrderImportSettings settings) {
        this.folder = folder;
        this.service = service;
        this.autoImport = settings.autoImport();
    }

    /**
     * Starts looking; {@code by} is who automatic imports are recorded as, or empty when the person logged in may
     * not import orders (the folder is still shown, nothing is imported).
     */
    public void start(Optional<CurrentUser> by) {
        importingAs = by;
        folder.watch(this::changed);
    }

    public ImportFolder folder() {
        return folder;
    }

    public boolean autoImport() {
        return autoImport;
    }

    /** Adds a listener and tells it the folder as last seen. */
    public void subscribe(Listener listener) {
        listeners.add(listener);
        listener.folderChanged(entries);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    private void changed(List<ImportFolder.Entry> now) {
        entries = now;
        listeners.forEach(l -> l.folderChanged(now));
        Optional<CurrentUser> by = importingAs;
        if (!autoImport || by.isEmpty() || now.stream().noneMatch(ImportFolder.Entry::ready)) {
            return;
        }
        try {
            List<ImportFolder.AutoResult> results = folder.autoImport(service, by.get());
            listeners.forEach(l -> l.autoImported(results));
        } catch (RuntimeException e) {
            LOG.warn("Automatic import from {} failed", folder.folder(), e);
            listeners.forEach(l -> l.autoImportFailed(e));
        }
    }

    @Override
    public void close() {
        folder.close();
        importingAs = Optional.empty();
    }
}
