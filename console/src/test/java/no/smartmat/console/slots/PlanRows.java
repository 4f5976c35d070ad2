package no.smartmat.console.slots;

import static no.smartmat.console.db.jooq.Tables.DRIVER;
import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.PLAN_UNASSIGNED;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.VEHICLE;

import java.time.LocalDate;
import java.time.LocalTime;
import no.smartmat.console.app.AppContext;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanTime;
import no.smartmat.planner.scenario.PlannedStop;
import no.smartmat.planner.scenario.Route;
import org.jooq.impl.DSL;

/**
 * Stores a planner {@link Plan} in plan/route/route_stop, as route planning will once it is in the console:
 * the tests and the benchmark need a planned day in the database to offer windows against.
 */
final class PlanRows {

    private PlanRows() {}

    static long save(AppContext app, LocalDate date, ScenarioMapper.Day day, Plan plan, String status) {
        return app.db().transaction(tx -> {
            int version = tx.select(DSL.coalesce(DSL.max(PLAN.VERSION), 0)).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date))
                    .fetchSingle().value1() + 1;
            long planId = tx.insertInto(PLAN).set(PLAN.DELIVERY_DATE, date).set(PLAN.VERSION, version)
                    .set(PLAN.STATUS, status).set(PLAN.SCORE, plan.score()).set(PLAN.IS_FEASIBLE, plan.feasible())
                    .set(PLAN.DISTANCE_KM, plan.totals().distanceKm()).set(PLAN.CREATED_AT, app.clock().instant())
                    .returning(PLAN.ID).fetchSingle().getId();
            for (Route r : plan.routes()) {
                long vehicleId = tx.select(VEHICLE.ID).from(VEHICLE).where(VEHICLE.CODE.eq(r.vehicleId())).fetchSingle().value1();
                Long driverId = r.driverId().map(code -> tx.select(DRIVER.ID).from(DRIVER).where(DRIVER.CODE.eq(code))
                        .fetchSingle().value1()).orElse(null);
                long routeId = tx.insertInto(ROUTE).set(ROUTE.PLAN_ID, planId).set(ROUTE.VEHICLE_ID, vehicleId)
                        .set(ROUTE.DRIVER_ID, driverId).set(ROUTE.DEPARTURE_TIME, time(r.departure()))
                        .set(ROUTE.RETURN_TIME, time(r.returnTime())).set(ROUTE.DISTANCE_KM, r.distanceKm())
                        .returning(ROUTE.ID).fetchSingle().getId();
                int sequence = 0;
                for (PlannedStop s : r.stops()) {
                    tx.insertInto(ROUTE_STOP).set(ROUTE_STOP.ROUTE_ID, routeId).set(ROUTE_STOP.STOP_ID, day.stopIds().get(s.stopId()))
                            .set(ROUTE_STOP.SEQUENCE, sequence++).set(ROUTE_STOP.ARRIVAL_TIME, time(s.arrival()))
                            .set(ROUTE_STOP.SERVICE_START, time(s.serviceStart())).set(ROUTE_STOP.DEPARTURE_TIME, time(s.departure()))
                            .execute();
                }
            }
            for (String stop : plan.unassigned()) {
                tx.insertInto(PLAN_UNASSIGNED).set(PLAN_UNASSIGNED.PLAN_ID, planId)
                        .set(PLAN_UNASSIGNED.STOP_ID, day.stopIds().get(stop)).execute();
            }
            return planId;
        });
    }

    private static LocalTime time(PlanTime t) {
        return ((PlanTime.Clock) t).time();
    }
}
