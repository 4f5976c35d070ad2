package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.APP_USER;
import static no.smartmat.console.db.jooq.Tables.DRIVER;
import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.PLAN_UNASSIGNED;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.VEHICLE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.db.jooq.tables.records.PlanRecord;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanTime;
import no.smartmat.planner.scenario.PlannedStop;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.scenario.StopSpec;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Plans, routes and their stops over jOOQ. Rows of a saved version are never changed, only its status. */
public final class PlanRepository {

    /** Stores {@code plan} as the next version of {@code date}'s plan, as a draft. Returns its id. */
    /** {@code solvedAgainst}: each planner stop id's spec as the plan was solved with it (window, packages). */
    public long insertDraft(DSLContext tx, LocalDate date, Plan plan, Function<String, StopSpec> solvedAgainst,
                            Set<String> pinnedStopIds, CurrentUser by, Instant now, String changeSummary,
                            Optional<Long> previous) {
        int version = Optional.ofNullable(tx.select(DSL.max(PLAN.VERSION)).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date))
                .fetchOne(0, Integer.class)).orElse(0) + 1;
        PlanRecord p = tx.newRecord(PLAN);
        p.setDeliveryDate(date);
        p.setVersion(version);
        p.setStatus(PlanStatus.DRAFT);
        p.setScore(plan.score());
        p.setIsFeasible(plan.feasible());
        p.setDistanceKm(plan.totals().distanceKm());
        p.setPreviousPlanId(previous.orElse(null));
        p.setCreatedBy(by.idOrNull());
        p.setCreatedAt(now);
        p.setChangeSummary(changeSummary);
        p.store();
        for (Route route : plan.routes()) {
            if (route.stops().isEmpty()) {
                continue;
            }
            long vehicleId = tx.select(VEHICLE.ID).from(VEHICLE).where(VEHICLE.CODE.eq(route.vehicleId())).fetchSingle(VEHICLE.ID);
            Long driverId = route.driverId().flatMap(code -> tx.select(DRIVER.ID).from(DRIVER).where(DRIVER.CODE.eq(code))
                    .fetchOptional(DRIVER.ID)).orElse(null);
            long routeId = tx.insertInto(ROUTE).set(ROUTE.PLAN_ID, p.getId()).set(ROUTE.VEHICLE_ID, vehicleId)
                    .set(ROUTE.DRIVER_ID, driverId).set(ROUTE.DEPARTURE_TIME, clock(route.departure()))
                    .set(ROUTE.RETURN_TIME, clock(route.returnTime())).set(ROUTE.DISTANCE_KM, route.distanceKm())
                    .returning(ROUTE.ID).fetchSingle().getId();
            int sequence = 1;
            for (PlannedStop s : route.stops()) {
                StopSpec spec = solvedAgainst.apply(s.stopId());
                tx.insertInto(ROUTE_STOP).set(ROUTE_STOP.ROUTE_ID, routeId)
                        .set(ROUTE_STOP.STOP_ID, DayScenario.stopId(s.stopId())).set(ROUTE_STOP.SEQUENCE, sequence++)
                        .set(ROUTE_STOP.ARRIVAL_TIME, clock(s.arrival())).set(ROUTE_STOP.SERVICE_START, clock(s.serviceStart()))
                        .set(ROUTE_STOP.DEPARTURE_TIME, clock(s.departure()))
                        .set(ROUTE_STOP.IS_PINNED, pinnedStopIds.contains(s.stopId()))
                        .set(ROUTE_STOP.WINDOW_START, spec.windowStart()).set(ROUTE_STOP.WINDOW_END, spec.windowEnd())
                        .set(ROUTE_STOP.CHILLED_PACKAGES, spec.demand().chilled())
                        .set(ROUTE_STOP.FROZEN_PACKAGES, spec.demand().frozen())
                        .set(ROUTE_STOP.AMBIENT_PACKAGES, spec.demand().ambient()).execute();
            }
        }
        for (String unassigned : plan.unassigned()) {
            tx.insertInto(PLAN_UNASSIGNED).set(PLAN_UNASSIGNED.PLAN_ID, p.getId())
                    .set(PLAN_UNASSIGNED.STOP_ID, DayScenario.stopId(unassigned)).execute();
        }
        return p.getId();
    }

    public void setStatus(DSLContext tx, long planId, PlanStatus status) {
        tx.update(PLAN).set(PLAN.STATUS, status).where(PLAN.ID.eq(planId)).execute();
    }

    public void markPublished(DSLContext tx, long planId, CurrentUser by, Instant now, String changeSummary) {
        tx.update(PLAN).set(PLAN.STATUS, PlanStatus.PUBLISHED).set(PLAN.PUBLISHED_BY, by.idOrNull())
                .set(PLAN.PUBLISHED_AT, now).set(PLAN.CHANGE_SUMMARY, changeSummary).where(PLAN.ID.eq(planId)).execute();
    }

    public List<Long> versionIds(DSLContext ctx, LocalDate date) {
        return ctx.select(PLAN.ID).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date)).orderBy(PLAN.VERSION).fetch(PLAN.ID);
    }

    public Optional<StoredPlan> latest(DSLContext ctx, LocalDate date) {
        return ctx.select(PLAN.ID).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date)).orderBy(PLAN.VERSION.desc()).limit(1)
                .fetchOptional(PLAN.ID).flatMap(id -> load(ctx, id));
    }

    public Optional<StoredPlan> published(DSLContext ctx, LocalDate date) {
        return ctx.select(PLAN.ID).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date))
                .and(PLAN.STATUS.eq(PlanStatus.PUBLISHED)).fetchOptional(PLAN.ID).flatMap(id -> load(ctx, id));
    }

    public Optional<StoredPlan> load(DSLContext ctx, long planId) {
        var creator = APP_USER.as("creator");
        var publisher = APP_USER.as("publisher");
        return ctx.select(PLAN.asterisk(), creator.USERNAME, publisher.USERNAME).from(PLAN)
                .leftJoin(creator).on(creator.ID.eq(PLAN.CREATED_BY))
                .leftJoin(publisher).on(publisher.ID.eq(PLAN.PUBLISHED_BY))
                .where(PLAN.ID.eq(planId)).fetchOptional().map(r -> {
                    PlanRecord p = r.into(PLAN);
                    List<StoredPlan.StoredRoute> routes = routes(ctx, planId);
                    List<Long> unassigned = ctx.select(PLAN_UNASSIGNED.STOP_ID).from(PLAN_UNASSIGNED)
                            .where(PLAN_UNASSIGNED.PLAN_ID.eq(planId)).orderBy(PLAN_UNASSIGNED.STOP_ID).fetch(PLAN_UNASSIGNED.STOP_ID);
                    return new StoredPlan(p.getId(), p.getDeliveryDate(), p.getVersion(), p.getStatus(),
                            p.getScore(), p.getIsFeasible(), p.getDistanceKm(),
                            Optional.ofNullable(r.get(creator.USERNAME)).orElse("cli"), p.getCreatedAt(),
                            Optional.ofNullable(r.get(publisher.USERNAME)).or(() -> Optional.ofNullable(p.getPublishedAt()).map(x -> "cli")),
                            Optional.ofNullable(p.getPublishedAt()), p.getChangeSummary(), routes, unassigned);
                });
    }

    private static List<StoredPlan.StoredRoute> routes(DSLContext ctx, long planId) {
        var stops = ctx.select(ROUTE_STOP.asterisk()).from(ROUTE_STOP).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .where(ROUTE.PLAN_ID.eq(planId)).orderBy(ROUTE_STOP.ROUTE_ID, ROUTE_STOP.SEQUENCE)
                .fetchGroups(ROUTE_STOP.ROUTE_ID, r -> new StoredPlan.StoredStop(r.get(ROUTE_STOP.STOP_ID), r.get(ROUTE_STOP.SEQUENCE),
                        r.get(ROUTE_STOP.ARRIVAL_TIME), r.get(ROUTE_STOP.SERVICE_START), r.get(ROUTE_STOP.DEPARTURE_TIME),
                        r.get(ROUTE_STOP.IS_PINNED), r.get(ROUTE_STOP.WINDOW_START), r.get(ROUTE_STOP.WINDOW_END),
                        new Capacity(r.get(ROUTE_STOP.CHILLED_PACKAGES), r.get(ROUTE_STOP.FROZEN_PACKAGES),
                                r.get(ROUTE_STOP.AMBIENT_PACKAGES))));
        return ctx.select(ROUTE.asterisk(), VEHICLE.CODE, VEHICLE.REGISTRATION, DRIVER.CODE, DRIVER.NAME).from(ROUTE)
                .join(VEHICLE).on(VEHICLE.ID.eq(ROUTE.VEHICLE_ID)).leftJoin(DRIVER).on(DRIVER.ID.eq(ROUTE.DRIVER_ID))
                .where(ROUTE.PLAN_ID.eq(planId)).orderBy(VEHICLE.CODE)
                .fetch(r -> new StoredPlan.StoredRoute(r.get(ROUTE.ID), r.get(VEHICLE.CODE), r.get(VEHICLE.REGISTRATION),
                        Optional.ofNullable(r.get(DRIVER.CODE)), Optional.ofNullable(r.get(DRIVER.NAME)),
                        r.get(ROUTE.DEPARTURE_TIME), r.get(ROUTE.RETURN_TIME), r.get(ROUTE.DISTANCE_KM),
                        stops.getOrDefault(r.get(ROUTE.ID), List.of())));
    }

    private static LocalTime clock(PlanTime time) {
        if (time instanceof PlanTime.Clock(LocalTime t)) {
            return t;
        }
        throw new IllegalArgumentException("A delivery day's plan has clock times, not instance units: " + time);
    }
}
