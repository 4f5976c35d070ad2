package no.smartmat.console.dashboard;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_BATCH;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.db.Database;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.planning.StoredPlan;
import org.jooq.impl.DSL;

/** The numbers "Dagens oversikt" shows for one day. */
public final class DashboardService {

    private final Database db;

    public DashboardService(Database db) {
        this.db = db;
    }

    public record AreaCount(String area, int stops) {}

    public record Batch(String supplier, String reference, int orders, int packages) {}

    public record PlanStatus(int version, no.smartmat.console.delivery.PlanStatus status, boolean feasible, double distanceKm) {}

    public record Day(LocalDate date, int stops, Capacity packages, List<AreaCount> areas, List<Batch> batches,
                      Optional<PlanStatus> plan) {}

    public Day day(LocalDate date) {
        var ctx = db.dsl();
        int stops = ctx.fetchCount(STOP, STOP.DELIVERY_DATE.eq(date).and(STOP.STATUS.in(StopStatus.toDeliver())));
        int[] zones = new int[3];
        ctx.select(ORDER_PACKAGE.ZONE, DSL.sum(ORDER_PACKAGE.COUNT))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .groupBy(ORDER_PACKAGE.ZONE)
                .forEach(r -> zones[Zone.valueOf(r.value1()).ordinal()] = r.value2().intValue());
        List<AreaCount> areas = ctx.select(AREA.NAME, DSL.count())
                .from(STOP).join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID)).join(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .where(STOP.DELIVERY_DATE.eq(date)).and(STOP.STATUS.in(StopStatus.toDeliver()))
                .groupBy(AREA.NAME).orderBy(AREA.NAME)
                .fetch(r -> new AreaCount(r.value1(), r.value2()));
        List<Batch> batches = ctx.selectFrom(ORDER_BATCH).where(ORDER_BATCH.DELIVERY_DATE.eq(date))
                .orderBy(ORDER_BATCH.IMPORTED_AT)
                .fetch(r -> new Batch(r.getSupplier(), r.getBatchReference(), r.getOrderCount(), r.getPackageCount()));
        Optional<PlanStatus> plan = ctx.selectFrom(PLAN).where(PLAN.DELIVERY_DATE.eq(date))
                .orderBy(PLAN.VERSION.desc()).limit(1)
                .fetchOptional(r -> new PlanStatus(r.getVersion(), r.getStatus(), r.getIsFeasible(), r.getDistanceKm()));
        return new Day(date, stops, new Capacity(zones[0], zones[1], zones[2]), areas, batches, plan);
    }
}
