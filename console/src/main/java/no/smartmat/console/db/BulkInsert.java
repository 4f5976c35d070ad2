package no.smartmat.console.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;

/**
 * Many rows into one table inside the caller's transaction: the INSERT is rendered by jOOQ from the
 * generated table (no SQL in strings), then run as JDBC batches with each value converted by its field's
 * own converter. At 60,000 rows jOOQ's per-value batch binding (and its Loader's multi-row INSERTs) cost
 * several times what SQLite needs; this writes the order import's 10,000-order batch in well under a second.
 * {@code between} runs after each chunk, e.g. to stop a cancelled import (it may throw; the transaction then
 * rolls back).
 */
public final class BulkInsert {

    private static final int CHUNK = 2_000;

    private BulkInsert() {}

    public static void run(DSLContext ctx, Table<?> table, List<? extends TableField<?, ?>> fields, List<Object[]> rows,
                           Runnable between) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> columns = new ArrayList<>(fields);
        List<Object> placeholders = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            placeholders.add(null);
        }
        String sql = ctx.render(ctx.insertInto(table).columns(columns).values(placeholders));
        ctx.connection(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int n = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, toDatabase(fields.get(i), row[i]));
                    }
                    ps.addBatch();
                    if (++n % CHUNK == 0) {
                        ps.executeBatch();
                        between.run();
                    }
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("bulk insert into " + table.getName() + " failed", e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object toDatabase(TableField<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        return ((Converter<Object, Object>) field.getConverter()).to(value);
    }
}
