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

    public record Window(LocalTime start, LocalTime end) {}

    private final SlotService slots;
    private final Window fallback;

    public DeliveryWindowLookup(SlotService slots, LocalTime fallbackStart, LocalTime fallbackEnd) {
        this.slots = slots;
        this.fallback = new Window(fallbackStart, fallbackEnd);
    }

    /** Windows for many clients on one date, read inside the import's transaction. */
    public Map<Long, Window> windowsFor(DSLContext ctx, LocalDate date, Collection<Long> clientIds) {
        Map<Long, WindowChoice> chosen = slots.windowsFor(ctx, date, clientIds);
        Map<Long, Window> result = new HashMap<>();
        for (Long id : clientIds) {
            WindowChoice c = chosen.get(id);
            result.put(id, c == null ? fallback : new Window(c.window().start(), c.window().end()));
        }
        return result;
    }
}
