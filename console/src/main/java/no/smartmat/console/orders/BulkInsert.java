package no.smartmat.console.orders;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Many rows into one table in the current transaction: the INSERT is rendered by jOOQ from the generated
 * table (no SQL in strings), then executed as one JDBC batch with values converted by the fields' own
 * converters. jOOQ's per-value binding costs more than SQLite's insert at 60,000 rows; this keeps a
 * 10,000-order batch well under a second to write.
 */
final class BulkInsert {

    private static final int CHUNK = 2_000;

    private BulkInsert() {}

    static void run(DSLContext ctx, Table<?> table, List<? extends TableField<?, ?>> fields, List<Object[]> rows,
                    Runnable checkCancelled) {
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
                        checkCancelled.run();
                    }
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new org.jooq.exception.DataAccessException("bulk insert into " + table.getName() + " failed", e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object toDatabase(TableField<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        Converter<Object, Object> converter = (Converter<Object, Object>) field.getConverter();
        return converter.to(value);
    }
}
