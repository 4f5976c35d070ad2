package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.SLOT_TEMPLATE;
import static no.smartmat.console.db.jooq.Tables.STANDING_BOOKING;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The window a new stop gets: the client's standing booking for the weekday, else the default slot template
 * of the client's area for that weekday, else the configured fallback (09:00–15:00). Kept in this one class
 * so the delivery-slots service can take its place when it exists.
 */
public final class DeliveryWindowLookup {

    public enum Source { STANDING_BOOKING, AREA_DEFAULT, FALLBACK }

    public record Window(LocalTime start, LocalTime end, Source source) {}

    private final Window fallback;

    public DeliveryWindowLookup(LocalTime fallbackStart, LocalTime fallbackEnd) {
        this.fallback = new Window(fallbackStart, fallbackEnd, Source.FALLBACK);
    }

    /** Windows for many clients on one date, in three queries whatever their number. */
    public Map<Long, Window> windowsFor(DSLContext ctx, LocalDate date, Collection<Long> clientIds) {
        int weekday = date.getDayOfWeek().getValue();
        Map<Long, Window> booked = new HashMap<>();
        // Latest valid_from last, so the booking in force wins.
        ctx.selectFrom(STANDING_BOOKING)
                .where(STANDING_BOOKING.WEEKDAY.eq(weekday))
                .and(STANDING_BOOKING.VALID_FROM.le(date))
                .and(STANDING_BOOKING.VALID_TO.isNull().or(STANDING_BOOKING.VALID_TO.ge(date)))
                .orderBy(STANDING_BOOKING.VALID_FROM, STANDING_BOOKING.ID)
                .forEach(b -> booked.put(b.getClientId(), new Window(b.getWindowStart(), b.getWindowEnd(), Source.STANDING_BOOKING)));
        Map<Long, Window> areaDefault = new HashMap<>();
        ctx.selectFrom(SLOT_TEMPLATE)
                .where(SLOT_TEMPLATE.WEEKDAY.eq(weekday)).and(SLOT_TEMPLATE.IS_DEFAULT.isTrue())
                .orderBy(SLOT_TEMPLATE.WINDOW_START.desc())
                .forEach(t -> areaDefault.put(t.getAreaId(), new Window(t.getWindowStart(), t.getWindowEnd(), Source.AREA_DEFAULT)));
        Map<Long, Long> areaOf = new HashMap<>();
        ctx.select(CLIENT.ID, CLIENT.AREA_ID).from(CLIENT).where(CLIENT.AREA_ID.isNotNull())
                .forEach(r -> areaOf.put(r.value1(), r.value2()));
        Map<Long, Window> result = new HashMap<>();
        for (Long id : clientIds) {
            Window w = booked.get(id);
            if (w == null) {
                Long area = areaOf.get(id);
                w = area == null ? null : areaDefault.get(area);
            }
            result.put(id, w == null ? fallback : w);
        }
        return result;
    }

    public Window windowFor(DSLContext ctx, LocalDate date, long clientId) {
        return windowsFor(ctx, date, java.util.List.of(clientId)).get(clientId);
    }
}
