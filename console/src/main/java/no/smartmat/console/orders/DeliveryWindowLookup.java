package no.smartmat.console.orders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import no.smartmat.console.slots.SlotService;
import no.smartmat.console.slots.WindowChoice;
import org.jooq.DSLContext;

/**
 * The window a new stop gets: what the delivery-slots service says for the client and date (a one-off booking,
 * else the standing booking, else the area's default window), else the configured fallback (09:00–15:00) for a
 * client with no area or an area with no open window that day.
 */
public final class DeliveryWindowLookup {

    public enum Source { BOOKING, STANDING_BOOKING, AREA_DEFAULT, FALLBACK }

    public record Window(LocalTime start, LocalTime end, Source source) {}

    private final SlotService slots;
    private final Window fallback;

    public DeliveryWindowLookup(SlotService slots, LocalTime fallbackStart, LocalTime fallbackEnd) {
        this.slots = slots;
        this.fallback = new Window(fallbackStart, fallbackEnd, Source.FALLBACK);
    }

    /** Windows for many clients on one date, read inside the import's transaction. */
    public Map<Long, Window> windowsFor(DSLContext ctx, LocalDate date, Collection<Long> clientIds) {
        Map<Long, WindowChoice> chosen = slots.windowsFor(ctx, date, clientIds);
        Map<Long, Window> result = new HashMap<>();
        for (Long id : clientIds) {
            WindowChoice c = chosen.get(id);
            result.put(id, c == null ? fallback : new Window(c.window().start(), c.window().end(), switch (c.source()) {
                case ONE_OFF -> Source.BOOKING;
                case STANDING -> Source.STANDING_BOOKING;
                case AREA_DEFAULT -> Source.AREA_DEFAULT;
            }));
        }
        return result;
    }

    public Window windowFor(DSLContext ctx, LocalDate date, long clientId) {
        return windowsFor(ctx, date, java.util.List.of(clientId)).get(clientId);
    }
}
