package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.STOP;

import java.time.LocalDate;
import java.util.Optional;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.console.delivery.StopStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The one rule for a stop's OPEN / PLANNED / PUBLISHED state: on the day's published plan it is PUBLISHED, else on
 * the day's newest plan (a draft) PLANNED, else OPEN. Cancelled and delivered stops keep their state. Called in the
 * transaction of whatever changed the day's plans or stops, so the stored state never lags behind them.
 */
public final class StopStates {

    private StopStates() {}

    public static void refresh(DSLContext tx, LocalDate date) {
        Optional<Long> published = tx.select(PLAN.ID).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date))
                .and(PLAN.STATUS.eq(PlanStatus.PUBLISHED)).fetchOptional(PLAN.ID);
        Optional<Long> newest = tx.select(PLAN.ID).from(PLAN).where(PLAN.DELIVERY_DATE.eq(date))
                .orderBy(PLAN.VERSION.desc()).limit(1).fetchOptional(PLAN.ID);
        tx.update(STOP).set(STOP.STATUS, StopStatus.OPEN).where(STOP.DELIVERY_DATE.eq(date))
                .and(STOP.STATUS.in(StopStatus.PLANNED, StopStatus.PUBLISHED)).execute();
        newest.filter(id -> !id.equals(published.orElse(null))).ifPresent(id -> tx.update(STOP)
                .set(STOP.STATUS, StopStatus.PLANNED).where(STOP.DELIVERY_DATE.eq(date))
                .and(STOP.STATUS.eq(StopStatus.OPEN)).and(STOP.ID.in(stopsOn(id))).execute());
        published.ifPresent(id -> tx.update(STOP).set(STOP.STATUS, StopStatus.PUBLISHED).where(STOP.DELIVERY_DATE.eq(date))
                .and(STOP.STATUS.in(StopStatus.OPEN, StopStatus.PLANNED)).and(STOP.ID.in(stopsOn(id))).execute());
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> stopsOn(long planId) {
        return DSL.select(ROUTE_STOP.STOP_ID).from(ROUTE_STOP).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .where(ROUTE.PLAN_ID.eq(planId));
    }
}
