package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DRIVER;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What a delivery day holds for planning: its stops to deliver, their packages per zone, the areas on the map. */
public final class PlanningDayRepository {

    /** A stop to deliver with its client; no coordinates means it cannot be planned until the client has some. */
    public record StopRow(long stopId, LocalTime windowStart, LocalTime windowEnd, int serviceMinutes, long clientId,
                          String clientNumber, String clientName, String address, Optional<Double> lat,
                          Optional<Double> lon, String area, Optional<String> regularDriverCode) {}

    /** Areas with a registered centre, for the planning map's labels. */
    public List<AreaCentre> areaCentres(DSLContext ctx) {
        return ctx.select(AREA.NAME, AREA.CENTRE_LAT, AREA.CENTRE_LON).from(AREA)
                .where(AREA.CENTRE_LAT.isNotNull()).and(AREA.CENTRE_LON.isNotNull()).and(AREA.IS_ACTIVE.isTrue())
                .orderBy(AREA.NAME).fetch(r -> new AreaCentre(r.value1(), r.value2(), r.value3()));
    }

    /** The first day on or after {@code from} with a stop to deliver, if any. */
    public Optional<LocalDate> firstDeliveryDay(DSLContext ctx, LocalDate from) {
        var first = DSL.min(STOP.DELIVERY_DATE);
        return Optional.ofNullable(ctx.select(first).from(STOP)
                .where(STOP.DELIVERY_DATE.ge(from)).and(STOP.STATUS.in(StopStatus.toDeliver())).fetchSingle(first));
    }

    /** Packages per zone of each stop's active orders on {@code date}. */
    public Map<Long, Capacity> demandPerStop(DSLContext ctx, LocalDate date) {
        Map<Long, int[]> demand = new HashMap<>();
        ctx.select(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE, DSL.sum(ORDER_PACKAGE.COUNT))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .groupBy(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE)
                .forEach(r -> demand.computeIfAbsent(r.value1(), k -> new int[3])[Zone.valueOf(r.value2()).ordinal()] =
                        r.value3().intValue());
        Map<Long, Capacity> result = new HashMap<>();
        demand.forEach((stop, d) -> result.put(stop, new Capacity(d[0], d[1], d[2])));
        return result;
    }

    /** The day's stops to deliver, by id. */
    public List<StopRow> stopsToDeliver(DSLContext ctx, LocalDate date) {
        return ctx.select(STOP.ID, STOP.WINDOW_START, STOP.WINDOW_END, STOP.SERVICE_MINUTES, CLIENT.ID, CLIENT.CLIENT_NUMBER,
                        CLIENT.NAME, CLIENT.ADDRESS, CLIENT.LAT, CLIENT.LON, AREA.NAME, DRIVER.CODE)
                .from(STOP).join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .leftJoin(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .leftJoin(DRIVER).on(DRIVER.ID.eq(CLIENT.REGULAR_DRIVER_ID))
                .where(STOP.DELIVERY_DATE.eq(date)).and(STOP.STATUS.in(StopStatus.toDeliver()))
                .orderBy(STOP.ID)
                .fetch(r -> new StopRow(r.get(STOP.ID), r.get(STOP.WINDOW_START), r.get(STOP.WINDOW_END),
                        r.get(STOP.SERVICE_MINUTES), r.get(CLIENT.ID), r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.NAME),
                        r.get(CLIENT.ADDRESS), Optional.ofNullable(r.get(CLIENT.LAT)), Optional.ofNullable(r.get(CLIENT.LON)),
                        Optional.ofNullable(r.get(AREA.NAME)).orElse(""), Optional.ofNullable(r.get(DRIVER.CODE))));
    }
}
