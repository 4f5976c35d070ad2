package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DELIVERY_PAUSE;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.PLAN_UNASSIGNED;
import static no.smartmat.console.db.jooq.Tables.PUBLISHED_STOP_CHANGE;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static no.smartmat.console.db.jooq.Tables.VEHICLE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.delivery.ChangeResolution;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.console.delivery.StopChangeKind;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.planner.scenario.Capacity;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The published plans' stops as solved, the day's stops as they are now, and the changes recorded between them. */
public final class PublishedChangeRepository {

    /** A published plan: which day, which version. */
    public record PublishedPlan(long id, LocalDate date, int version) {}

    /** A stop of a published plan's routes as solved. */
    record SolvedStop(long stopId, String vanCode, LocalTime windowStart, LocalTime windowEnd, Capacity packages) {}

    /** A stop of the day as it is now, with its client. */
    record StopNow(long stopId, long clientId, String clientNumber, String clientName, StopStatus status,
                   LocalTime windowStart, LocalTime windowEnd, Optional<LocalDate> activeFrom, Optional<LocalDate> activeTo) {

        boolean clientActiveOn(LocalDate date) {
            return activeFrom.map(f -> !f.isAfter(date)).orElse(true) && activeTo.map(t -> !t.isBefore(date)).orElse(true);
        }
    }

    /** A recorded change, as far as deciding whether a difference is already known needs it. */
    record Recorded(long id, long stopId, StopChangeKind kind, String after, Optional<ChangeResolution> resolution) {}

    List<PublishedPlan> publishedFrom(DSLContext ctx, LocalDate from) {
        return ctx.select(PLAN.ID, PLAN.DELIVERY_DATE, PLAN.VERSION).from(PLAN)
                .where(PLAN.STATUS.eq(PlanStatus.PUBLISHED)).and(PLAN.DELIVERY_DATE.ge(from))
                .orderBy(PLAN.DELIVERY_DATE).fetch(r -> new PublishedPlan(r.value1(), r.value2(), r.value3()));
    }

    public Optional<PublishedPlan> published(DSLContext ctx, LocalDate date) {
        return ctx.select(PLAN.ID, PLAN.DELIVERY_DATE, PLAN.VERSION).from(PLAN)
                .where(PLAN.STATUS.eq(PlanStatus.PUBLISHED)).and(PLAN.DELIVERY_DATE.eq(date))
                .fetchOptional(r -> new PublishedPlan(r.value1(), r.value2(), r.value3()));
    }

    List<SolvedStop> solvedStops(DSLContext ctx, long planId) {
        return ctx.select(ROUTE_STOP.STOP_ID, VEHICLE.CODE, ROUTE_STOP.WINDOW_START, ROUTE_STOP.WINDOW_END,
                        ROUTE_STOP.CHILLED_PACKAGES, ROUTE_STOP.FROZEN_PACKAGES, ROUTE_STOP.AMBIENT_PACKAGES)
                .from(ROUTE_STOP).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID)).join(VEHICLE).on(VEHICLE.ID.eq(ROUTE.VEHICLE_ID))
                .where(ROUTE.PLAN_ID.eq(planId)).orderBy(VEHICLE.CODE, ROUTE_STOP.SEQUENCE)
                .fetch(r -> new SolvedStop(r.value1(), r.value2(), r.value3(), r.value4(),
                        new Capacity(r.value5(), r.value6(), r.value7())));
    }

    Set<Long> unassigned(DSLContext ctx, long planId) {
        return new HashSet<>(ctx.select(PLAN_UNASSIGNED.STOP_ID).from(PLAN_UNASSIGNED)
                .where(PLAN_UNASSIGNED.PLAN_ID.eq(planId)).fetch(PLAN_UNASSIGNED.STOP_ID));
    }

    Map<Long, StopNow> stopsOn(DSLContext ctx, LocalDate date) {
        Map<Long, StopNow> stops = new HashMap<>();
        ctx.select(STOP.ID, CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, STOP.STATUS, STOP.WINDOW_START, STOP.WINDOW_END,
                        CLIENT.ACTIVE_FROM, CLIENT.ACTIVE_TO)
                .from(STOP).join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID)).where(STOP.DELIVERY_DATE.eq(date))
                .forEach(r -> stops.put(r.value1(), new StopNow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), Optional.ofNullable(r.value8()), Optional.ofNullable(r.value9()))));
        return stops;
    }

    /** Packages per zone of the day's stops, from their active orders. */
    Map<Long, Capacity> packagesOn(DSLContext ctx, LocalDate date) {
        Map<Long, int[]> zones = new HashMap<>();
        ctx.select(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE, DSL.sum(ORDER_PACKAGE.COUNT))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .groupBy(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE)
                .forEach(r -> zones.computeIfAbsent(r.value1(), k -> new int[3])[
                        no.smartmat.console.fleet.Zone.valueOf(r.value2()).ordinal()] = r.value3().intValue());
        Map<Long, Capacity> result = new HashMap<>();
        zones.forEach((stop, z) -> result.put(stop, new Capacity(z[0], z[1], z[2])));
        return result;
    }

    /** Clients paused on the day: client id to the pause as stored text, {@code from..to reason}. */
    Map<Long, String> pausesOn(DSLContext ctx, LocalDate date) {
        Map<Long, String> pauses = new HashMap<>();
        ctx.selectFrom(DELIVERY_PAUSE).where(DELIVERY_PAUSE.PAUSE_FROM.le(date)).and(DELIVERY_PAUSE.PAUSE_TO.ge(date))
                .forEach(p -> pauses.put(p.getClientId(), p.getPauseFrom() + ".." + p.getPauseTo() + " " + p.getReason()));
        return pauses;
    }

    /** The client's stops on published plans from {@code from} on: stop id to its plan. */
    Map<Long, PublishedPlan> publishedStopsOf(DSLContext ctx, long clientId, LocalDate from) {
        Map<Long, PublishedPlan> result = new HashMap<>();
        ctx.select(STOP.ID, PLAN.ID, PLAN.DELIVERY_DATE, PLAN.VERSION).from(STOP)
                .join(ROUTE_STOP).on(ROUTE_STOP.STOP_ID.eq(STOP.ID)).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .join(PLAN).on(PLAN.ID.eq(ROUTE.PLAN_ID))
                .where(STOP.CLIENT_ID.eq(clientId)).and(STOP.DELIVERY_DATE.ge(from))
                .and(PLAN.STATUS.eq(PlanStatus.PUBLISHED))
                .forEach(r -> result.put(r.value1(), new PublishedPlan(r.value2(), r.value3(), r.value4())));
        return result;
    }

    List<Recorded> recorded(DSLContext ctx, long planId) {
        return ctx.select(PUBLISHED_STOP_CHANGE.ID, PUBLISHED_STOP_CHANGE.STOP_ID, PUBLISHED_STOP_CHANGE.KIND,
                        PUBLISHED_STOP_CHANGE.AFTER_VALUE, PUBLISHED_STOP_CHANGE.RESOLUTION)
                .from(PUBLISHED_STOP_CHANGE).where(PUBLISHED_STOP_CHANGE.PLAN_ID.eq(planId))
                .fetch(r -> new Recorded(r.value1(), r.value2(), r.value3(), r.value4(), Optional.ofNullable(r.value5())));
    }

    long insert(DSLContext tx, long planId, long stopId, StopChangeKind kind, String before, String after, CurrentUser by,
                Instant at) {
        return tx.insertInto(PUBLISHED_STOP_CHANGE).set(PUBLISHED_STOP_CHANGE.PLAN_ID, planId)
                .set(PUBLISHED_STOP_CHANGE.STOP_ID, stopId).set(PUBLISHED_STOP_CHANGE.KIND, kind)
                .set(PUBLISHED_STOP_CHANGE.BEFORE_VALUE, before).set(PUBLISHED_STOP_CHANGE.AFTER_VALUE, after)
                .set(PUBLISHED_STOP_CHANGE.CHANGED_BY, by.idOrNull()).set(PUBLISHED_STOP_CHANGE.CHANGED_BY_NAME, by.username())
                .set(PUBLISHED_STOP_CHANGE.CHANGED_AT, at).returning(PUBLISHED_STOP_CHANGE.ID).fetchSingle().getId();
    }

    /** Closes the open changes among {@code ids}; returns how many it closed. */
    int resolve(DSLContext tx, Collection<Long> ids, ChangeResolution resolution, CurrentUser by, Instant at) {
        return ids.isEmpty() ? 0 : resolveWhere(tx, PUBLISHED_STOP_CHANGE.ID.in(ids), resolution, by, at);
    }

    /** Closes every open change recorded against a plan of {@code date} other than {@code planId}. */
    int resolveOthers(DSLContext tx, LocalDate date, long planId, ChangeResolution resolution, CurrentUser by, Instant at) {
        return resolveWhere(tx, PUBLISHED_STOP_CHANGE.PLAN_ID.in(DSL.select(PLAN.ID).from(PLAN)
                .where(PLAN.DELIVERY_DATE.eq(date)).and(PLAN.ID.ne(planId))), resolution, by, at);
    }

    int resolvePlan(DSLContext tx, long planId, ChangeResolution resolution, CurrentUser by, Instant at) {
        return resolveWhere(tx, PUBLISHED_STOP_CHANGE.PLAN_ID.eq(planId), resolution, by, at);
    }

    private static int resolveWhere(DSLContext tx, Condition which, ChangeResolution resolution, CurrentUser by, Instant at) {
        return tx.update(PUBLISHED_STOP_CHANGE).set(PUBLISHED_STOP_CHANGE.RESOLUTION, resolution)
                .set(PUBLISHED_STOP_CHANGE.RESOLVED_BY, by.idOrNull()).set(PUBLISHED_STOP_CHANGE.RESOLVED_BY_NAME, by.username())
                .set(PUBLISHED_STOP_CHANGE.RESOLVED_AT, at)
                .where(which).and(PUBLISHED_STOP_CHANGE.RESOLUTION.isNull()).execute();
    }

    /** Changes of one plan, open ones only when {@code openOnly}, in the order they were made. */
    List<PublishedChange> changes(DSLContext ctx, Condition which, boolean openOnly) {
        var change = PUBLISHED_STOP_CHANGE;
        var van = DSL.select(VEHICLE.CODE).from(ROUTE_STOP).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .join(VEHICLE).on(VEHICLE.ID.eq(ROUTE.VEHICLE_ID))
                .where(ROUTE_STOP.STOP_ID.eq(change.STOP_ID)).and(ROUTE.PLAN_ID.eq(change.PLAN_ID)).asField("van");
        return ctx.select(change.asterisk(), PLAN.DELIVERY_DATE, PLAN.VERSION, CLIENT.CLIENT_NUMBER, CLIENT.NAME, van)
                .from(change).join(PLAN).on(PLAN.ID.eq(change.PLAN_ID)).join(STOP).on(STOP.ID.eq(change.STOP_ID))
                .join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .where(which).and(openOnly ? change.RESOLUTION.isNull() : DSL.noCondition())
                .orderBy(change.ID)
                .fetch(r -> new PublishedChange(r.get(change.ID), r.get(PLAN.DELIVERY_DATE), r.get(change.PLAN_ID),
                        r.get(PLAN.VERSION), Optional.ofNullable(r.get(van)).map(Object::toString), r.get(change.STOP_ID),
                        r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.NAME), r.get(change.KIND), r.get(change.BEFORE_VALUE),
                        r.get(change.AFTER_VALUE), r.get(change.CHANGED_BY_NAME), r.get(change.CHANGED_AT)));
    }

    List<PublishedChange> byIds(DSLContext ctx, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : changes(ctx, PUBLISHED_STOP_CHANGE.ID.in(ids), false);
    }

    List<PublishedChange> openOf(DSLContext ctx, long planId) {
        return changes(ctx, PUBLISHED_STOP_CHANGE.PLAN_ID.eq(planId), true);
    }
}
