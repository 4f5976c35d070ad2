package no.smartmat.console.slots;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;

/**
 * The windows a coordinator can offer a client on a date, each with its state and the reason for it.
 * {@code current}: the window the client's delivery is in now (booked or default). {@code planChecked}: the
 * day has a route plan and every open window was checked against it.
 */
public record Offer(ClientRef client, LocalDate date, List<WindowOffer> windows, Optional<TimeWindow> current,
                    ZonedDateTime cutoff, boolean cutoffPassed, boolean planChecked, List<UserMessage> notices) {

    public Offer {
        windows = List.copyOf(windows);
        notices = List.copyOf(notices);
    }

    public enum Availability {
        AVAILABLE,
        FULL,
        /** Past the cut-off (a coordinator may override), closed by an exception, or the client is paused. */
        CLOSED,
        /** The day's route plan cannot take the stop in this window without breaking a hard rule. */
        NOT_FEASIBLE
    }

    /**
     * One window. {@code overridable}: closed only because of the cut-off, so a coordinator may still book it.
     * {@code green}: a planned route already passes near the client in this window.
     */
    public record WindowOffer(TimeWindow window, Availability availability, UserMessage reason, int booked,
                              int capacity, boolean current, boolean overridable, boolean green,
                              Optional<Double> detourKm) {

        /**
         * Whether a coordinator may book it now ({@code override}: they ticked "override the cut-off"). The
         * plan's "not feasible" is advice, not a lock: the coordinator may still book and re-plan with another van.
         */
        public boolean bookable(boolean override) {
            return availability == Availability.AVAILABLE || availability == Availability.NOT_FEASIBLE
                    || override && overridable;
        }
    }

    public Optional<WindowOffer> window(TimeWindow window) {
        return windows.stream().filter(w -> w.window().equals(window)).findFirst();
    }
}
