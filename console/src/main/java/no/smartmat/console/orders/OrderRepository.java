package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_BATCH;
import static no.smartmat.console.db.jooq.Tables.ORDER_LINE;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.db.BulkInsert;
import no.smartmat.console.db.jooq.tables.records.OrderBatchRecord;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Batches, orders, their packages and lines, and the stops they share, over jOOQ. */
public final class OrderRepository {

    public Optional<ImportedBatch> byHash(DSLContext ctx, String hash) {
        return ctx.selectFrom(ORDER_BATCH).where(ORDER_BATCH.FILE_HASH.eq(hash)).fetchOptional(OrderRepository::toBatch);
    }

    /** The latest revision of a supplier's batch. */
    public Optional<ImportedBatch> latest(DSLContext ctx, String supplier, String reference) {
        return ctx.selectFrom(ORDER_BATCH)
                .where(ORDER_BATCH.SUPPLIER.eq(supplier)).and(ORDER_BATCH.BATCH_REFERENCE.eq(reference))
                .orderBy(ORDER_BATCH.REVISION.desc()).limit(1).fetchOptional(OrderRepository::toBatch);
    }

    public List<ImportedBatch> history(DSLContext ctx, int limit) {
        // By when they were written, latest first (imported_at may be a batch's planned time, as in the demo).
        return ctx.selectFrom(ORDER_BATCH).orderBy(ORDER_BATCH.ID.desc()).limit(limit)
                .fetch(OrderRepository::toBatch);
    }

    public List<ImportedBatch> revisions(DSLContext ctx, String supplier, String reference) {
        return ctx.selectFrom(ORDER_BATCH)
                .where(ORDER_BATCH.SUPPLIER.eq(supplier)).and(ORDER_BATCH.BATCH_REFERENCE.eq(reference))
                .orderBy(ORDER_BATCH.REVISION).fetch(OrderRepository::toBatch);
    }

    /** Every active order of every revision of a batch, with packages and lines. */
    List<StoredOrder> activeOrders(DSLContext ctx, String supplier, String reference) {
        var batchIds = DSL.select(ORDER_BATCH.ID).from(ORDER_BATCH)
                .where(ORDER_BATCH.SUPPLIER.eq(supplier)).and(ORDER_BATCH.BATCH_REFERENCE.eq(reference));
        var orderCondition = SUPPLIER_ORDER.BATCH_ID.in(batchIds).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE));
        Map<Long, List<OrderContent.Package>> packages = new HashMap<>();
        ctx.select(ORDER_PACKAGE.ORDER_ID, ORDER_PACKAGE.PACKAGE_CODE, ORDER_PACKAGE.ZONE, ORDER_PACKAGE.COUNT,
                        ORDER_PACKAGE.DESCRIPTION)
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(orderCondition)
                .forEach(r -> packages.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new OrderContent.Package(
                        Optional.ofNullable(r.value2()), Zone.valueOf(r.value3()), r.value4(), r.value5())));
        Map<Long, List<OrderContent.Line>> lines = new HashMap<>();
        ctx.select(ORDER_LINE.ORDER_ID, ORDER_LINE.GTIN, ORDER_LINE.ITEM_NAME, ORDER_LINE.QUANTITY, ORDER_LINE.UNIT,
                        ORDER_LINE.OUTSTANDING_QUANTITY, ORDER_LINE.OUTSTANDING_REASON)
                .from(ORDER_LINE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                .where(orderCondition)
                .forEach(r -> lines.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new OrderContent.Line(
                        Optional.ofNullable(r.value2()), r.value3(), r.value4(), r.value5(), Optional.ofNullable(r.value6()),
                        Optional.ofNullable(r.value7()).orElse(""))));
        return ctx.select(SUPPLIER_ORDER.asterisk(), CLIENT.CLIENT_NUMBER)
                .from(SUPPLIER_ORDER).join(CLIENT).on(CLIENT.ID.eq(SUPPLIER_ORDER.CLIENT_ID))
                .where(orderCondition).orderBy(SUPPLIER_ORDER.ID)
                .fetch(r -> {
                    var o = r.into(SUPPLIER_ORDER);
                    return new StoredOrder(o.getId(), o.getBatchId(), o.getOrderReference(), o.getClientId(),
                            r.get(CLIENT.CLIENT_NUMBER), o.getStopId(), o.getDeliveryDate(), OrderKind.valueOf(o.getKind()),
                            packages.getOrDefault(o.getId(), List.of()), lines.getOrDefault(o.getId(), List.of()));
                });
    }

    /** The stops of a day by client, with the packages of their active orders and whether they are planned. */
    Map<Long, StopState> stopsOn(DSLContext ctx, LocalDate date) {
        Set<Long> planned = plannedStops(ctx, date);
        Map<Long, int[]> zones = new HashMap<>();
        Map<Long, Integer> orders = new HashMap<>();
        ctx.select(SUPPLIER_ORDER.STOP_ID, DSL.countDistinct(SUPPLIER_ORDER.ID))
                .from(SUPPLIER_ORDER)
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .groupBy(SUPPLIER_ORDER.STOP_ID)
                .forEach(r -> orders.put(r.value1(), r.value2()));
        ctx.select(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE, DSL.sum(ORDER_PACKAGE.COUNT))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .groupBy(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE)
                .forEach(r -> zones.computeIfAbsent(r.value1(), k -> new int[3])[Zone.valueOf(r.value2()).ordinal()] =
                        r.value3().intValue());
        Map<Long, StopState> result = new HashMap<>();
        ctx.selectFrom(STOP).where(STOP.DELIVERY_DATE.eq(date)).forEach(s -> {
            int[] z = zones.getOrDefault(s.getId(), new int[3]);
            result.put(s.getClientId(), new StopState(s.getId(), s.getClientId(), s.getStatus() == StopStatus.CANCELLED,
                    s.getWindowStart(), s.getWindowEnd(), orders.getOrDefault(s.getId(), 0),
                    new Capacity(z[Zone.CHILLED.ordinal()], z[Zone.FROZEN.ordinal()], z[Zone.AMBIENT.ordinal()]),
                    planned.contains(s.getId())));
        });
        return result;
    }

    /** Stops that a published plan has given to a driver: their orders are no longer replaced by a re-send. */
    Set<Long> plannedStops(DSLContext ctx, LocalDate date) {
        return new HashSet<>(ctx.select(STOP.ID).from(STOP).where(STOP.DELIVERY_DATE.eq(date))
                .and(STOP.STATUS.eq(StopStatus.PUBLISHED)).fetch(STOP.ID));
    }

    long insertBatch(DSLContext ctx, String supplier, String reference, int revision, LocalDate date, BatchFormat format,
                     String fileName, String hash, Long importedBy, String importedByName, Instant at, String changes) {
        OrderBatchRecord r = ctx.newRecord(ORDER_BATCH);
        r.setSupplier(supplier);
        r.setBatchReference(reference);
        r.setRevision(revision);
        r.setDeliveryDate(date);
        r.setFormat(format.name());
        r.setFileName(fileName);
        r.setFileHash(hash);
        r.setOrderCount(0);
        r.setPackageCount(0);
        r.setImportedBy(importedBy);
        r.setImportedByName(importedByName);
        r.setImportedAt(at);
        r.setChangeSummary(changes);
        r.store();
        return r.getId();
    }

    /** A new stop; ids are given out here because the whole import holds the write lock. */
    record NewStop(long clientId, LocalTime start, LocalTime end, int serviceMinutes) {}

    Map<Long, Long> insertStops(DSLContext ctx, LocalDate date, Collection<NewStop> stops) {
        Map<Long, Long> ids = new HashMap<>();
        if (stops.isEmpty()) {
            return ids;
        }
        long next = nextId(ctx, STOP, STOP.ID);
        List<Object[]> rows = new ArrayList<>(stops.size());
        for (NewStop s : stops) {
            long id = next++;
            ids.put(s.clientId(), id);
            rows.add(new Object[] {id, s.clientId(), date, s.start(), s.end(), s.serviceMinutes(), StopStatus.OPEN, ""});
        }
        BulkInsert.run(ctx, STOP, List.of(STOP.ID, STOP.CLIENT_ID, STOP.DELIVERY_DATE, STOP.WINDOW_START, STOP.WINDOW_END,
                STOP.SERVICE_MINUTES, STOP.STATUS, STOP.NOTES), rows, () -> {});
        return ids;
    }

    void setStopCancelled(DSLContext ctx, Collection<Long> stopIds, boolean cancelled) {
        if (!stopIds.isEmpty()) {
            ctx.update(STOP).set(STOP.STATUS, cancelled ? StopStatus.CANCELLED : StopStatus.OPEN).where(STOP.ID.in(stopIds)).execute();
        }
    }

    /** Stops among {@code stopIds} that no longer carry an active order. */
    Set<Long> emptyStops(DSLContext ctx, Collection<Long> stopIds) {
        if (stopIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> withOrders = new HashSet<>(ctx.selectDistinct(SUPPLIER_ORDER.STOP_ID).from(SUPPLIER_ORDER)
                .where(SUPPLIER_ORDER.STOP_ID.in(stopIds)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .fetch(SUPPLIER_ORDER.STOP_ID));
        Set<Long> empty = new HashSet<>(stopIds);
        empty.removeAll(withOrders);
        return empty;
    }

    void markReplaced(DSLContext ctx, Collection<Long> orderIds) {
        if (!orderIds.isEmpty()) {
            ctx.update(SUPPLIER_ORDER).set(SUPPLIER_ORDER.STATUS, OrderStatus.REPLACED).where(SUPPLIER_ORDER.ID.in(orderIds)).execute();
        }
    }

    /** An order ready to be written, with its packages and lines. */
    record NewOrder(String reference, long clientId, long stopId, LocalDate date, OrderKind kind, String source,
                    List<OrderContent.Package> packages, List<OrderContent.Line> lines) {}

    /** Writes orders with their packages and lines in three JDBC batches; returns how many packages. */
    int insertOrders(DSLContext ctx, long batchId, List<NewOrder> orders, Runnable checkCancelled) {
        if (orders.isEmpty()) {
            return 0;
        }
        long next = nextId(ctx, SUPPLIER_ORDER, SUPPLIER_ORDER.ID);
        List<Object[]> orderRows = new ArrayList<>(orders.size());
        List<Object[]> packageRows = new ArrayList<>();
        List<Object[]> lineRows = new ArrayList<>();
        int packages = 0;
        for (NewOrder o : orders) {
            long id = next++;
            orderRows.add(new Object[] {id, batchId, o.reference(), o.clientId(), o.stopId(), o.date(), o.kind().name(),
                    OrderStatus.ACTIVE, o.source()});
            for (OrderContent.Package p : o.packages()) {
                packageRows.add(new Object[] {id, p.code().orElse(null), p.zone().name(), p.count(), p.description()});
                packages += p.count();
            }
            for (OrderContent.Line l : o.lines()) {
                lineRows.add(new Object[] {id, l.gtin().orElse(null), l.name(), l.quantity(), l.unit(),
                        l.outstanding().orElse(null), l.outstandingReason().isEmpty() ? null : l.outstandingReason()});
            }
        }
        BulkInsert.run(ctx, SUPPLIER_ORDER, List.of(SUPPLIER_ORDER.ID, SUPPLIER_ORDER.BATCH_ID, SUPPLIER_ORDER.ORDER_REFERENCE,
                SUPPLIER_ORDER.CLIENT_ID, SUPPLIER_ORDER.STOP_ID, SUPPLIER_ORDER.DELIVERY_DATE, SUPPLIER_ORDER.KIND,
                SUPPLIER_ORDER.STATUS, SUPPLIER_ORDER.SOURCE_LOCATION), orderRows, checkCancelled);
        BulkInsert.run(ctx, ORDER_PACKAGE, List.of(ORDER_PACKAGE.ORDER_ID, ORDER_PACKAGE.PACKAGE_CODE, ORDER_PACKAGE.ZONE,
                ORDER_PACKAGE.COUNT, ORDER_PACKAGE.DESCRIPTION), packageRows, checkCancelled);
        BulkInsert.run(ctx, ORDER_LINE, List.of(ORDER_LINE.ORDER_ID, ORDER_LINE.GTIN, ORDER_LINE.ITEM_NAME, ORDER_LINE.QUANTITY,
                ORDER_LINE.UNIT, ORDER_LINE.OUTSTANDING_QUANTITY, ORDER_LINE.OUTSTANDING_REASON), lineRows, checkCancelled);
        return packages;
    }

    /** Active orders and packages of all revisions of a batch. */
    int[] activeTotals(DSLContext ctx, String supplier, String reference) {
        var batchIds = DSL.select(ORDER_BATCH.ID).from(ORDER_BATCH)
                .where(ORDER_BATCH.SUPPLIER.eq(supplier)).and(ORDER_BATCH.BATCH_REFERENCE.eq(reference));
        int orders = ctx.fetchCount(SUPPLIER_ORDER, SUPPLIER_ORDER.BATCH_ID.in(batchIds).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE)));
        Number packages = ctx.select(DSL.coalesce(DSL.sum(ORDER_PACKAGE.COUNT), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.BATCH_ID.in(batchIds)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .fetchOne(0, Number.class);
        return new int[] {orders, packages == null ? 0 : packages.intValue()};
    }

    void setCounts(DSLContext ctx, long batchId, int orders, int packages) {
        ctx.update(ORDER_BATCH).set(ORDER_BATCH.ORDER_COUNT, orders).set(ORDER_BATCH.PACKAGE_COUNT, packages)
                .where(ORDER_BATCH.ID.eq(batchId)).execute();
    }

    private static long nextId(DSLContext ctx, org.jooq.Table<?> table, org.jooq.Field<Long> id) {
        Long max = ctx.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    static ImportedBatch toBatch(OrderBatchRecord r) {
        return new ImportedBatch(r.getId(), r.getSupplier(), r.getBatchReference(), r.getRevision(), r.getDeliveryDate(),
                BatchFormat.valueOf(r.getFormat()), r.getFileName(), r.getFileHash(), r.getOrderCount(), r.getPackageCount(),
                r.getImportedAt(), r.getImportedByName(), r.getChangeSummary());
    }
}
