package no.smartmat.console.settings;

import static no.smartmat.console.db.jooq.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Choices stored in the kitchen's database, one text value per key. */
public final class SettingsRepository {

    public Optional<String> get(DSLContext ctx, String key) {
        return ctx.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.KEY.eq(key)).fetchOptional(APP_SETTING.VALUE);
    }

    public void put(DSLContext tx, String key, String value) {
        tx.insertInto(APP_SETTING).set(APP_SETTING.KEY, key).set(APP_SETTING.VALUE, value)
                .onConflict(APP_SETTING.KEY).doUpdate().set(APP_SETTING.VALUE, value).execute();
    }
}
