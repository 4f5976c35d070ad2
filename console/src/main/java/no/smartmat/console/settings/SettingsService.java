package no.smartmat.console.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.smartmat.console.audit.AuditEntry;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.access.CurrentUser;

/**
 * Choices made in "Innstillinger" that belong to the kitchen's database (language, label layout, ...), as
 * opposed to the configuration files in config/. Keys are namespaced by feature: "ui.language", "labels.layout".
 */
public final class SettingsService {

    private final Database db;
    private final SettingsRepository repository;
    private final AuditLog audit;

    public SettingsService(Database db, SettingsRepository repository, AuditLog audit) {
        this.db = db;
        this.repository = repository;
        this.audit = audit;
    }

    public Optional<String> get(String key) {
        return repository.get(db.dsl(), key);
    }

    /** The newest entries of the change log, newest first. */
    public List<AuditEntry> latestChanges(int limit) {
        return audit.latest(db.dsl(), limit);
    }

    public void put(String key, String value, CurrentUser by) {
        putAll(Map.of(key, value), by);
    }

    /** Several keys that belong together (a label layout and its offsets), saved all or nothing. */
    public void putAll(Map<String, String> values, CurrentUser by) {
        db.transactionRun(tx -> new TreeMap<>(values).forEach((key, value) -> {
            repository.put(tx, key, value);
            audit.record(tx, by, "SETTING", "app_setting", key, value);
        }));
    }
}
