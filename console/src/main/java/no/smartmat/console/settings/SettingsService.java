package no.smartmat.console.settings;

import static no.smartmat.console.db.jooq.Tables.APP_SETTING;

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
    private final AuditLog audit;

    public SettingsService(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public Optional<String> get(String key) {
        return db.dsl().select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.KEY.eq(key))
                .fetchOptional(APP_SETTING.VALUE);
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
            tx.insertInto(APP_SETTING).set(APP_SETTING.KEY, key).set(APP_SETTING.VALUE, value)
                    .onConflict(APP_SETTING.KEY).doUpdate().set(APP_SETTING.VALUE, value).execute();
            audit.record(tx, by, "SETTING", "app_setting", key, value);
        }));
    }
}
