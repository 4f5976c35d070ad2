package no.smartmat.console.slots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;
import org.jooq.DSLContext;

/**
 * Asks the day's route plan whether a client's stop fits in each window. Empty when the day has no plan:
 * then every window with room is offered and none is green.
 */
public interface RouteAdvisor {

    Optional<Map<TimeWindow, WindowAdvice>> advise(DSLContext ctx, long clientId, LocalDate date, List<TimeWindow> windows);

    /**
     * The plan's answer for one window: {@code feasible} when the stop can be inserted without breaking a hard
     * rule ({@code reason} says which otherwise), {@code detourKm} the extra driving of the best insertion, and
     * {@code green} when that detour is within the kitchen's green limit.
     */
    record WindowAdvice(boolean feasible, UserMessage reason, Optional<Double> detourKm, boolean green) {}

    /** For a kitchen that plans no routes in the console. */
    RouteAdvisor NO_PLANS = (ctx, clientId, date, windows) -> Optional.empty();
}
