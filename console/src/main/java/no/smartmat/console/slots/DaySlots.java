package no.smartmat.console.slots;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One area's delivery windows on one date with bookings, as the calendar, the offer and the headless
 * listing see them. {@code unplaced}: clients whose standing window has no room (or is closed) that day;
 * they get the area's default window until a coordinator books them elsewhere. {@code withoutWindow}: the
 * area's active clients with no place that day (no booking, or unplaced), not paused: their orders get the
 * default window; they do not count against its capacity. {@code stored}: the day's windows are in the
 * database (someone booked into the day), rather than computed from templates.
 */
public record DaySlots(long areaId, String areaName, LocalDate date, List<WindowState> windows,
                       Optional<String> closedReason, ZonedDateTime cutoff, boolean cutoffPassed,
                       List<Unplaced> unplaced, List<ClientRef> withoutWindow, boolean stored) {

    /** A client whose standing booking asks for {@code wanted} but got no place that day. */
    public record Unplaced(ClientRef client, TimeWindow wanted) {}

    public DaySlots {
        windows = List.copyOf(windows);
        unplaced = List.copyOf(unplaced);
        withoutWindow = List.copyOf(withoutWindow);
    }

    public Optional<WindowState> window(TimeWindow window) {
        return windows.stream().filter(w -> w.window().equals(window)).findFirst();
    }

    public int booked() {
        return windows.stream().mapToInt(WindowState::booked).sum();
    }

    public int capacity() {
        return windows.stream().mapToInt(WindowState::capacity).sum();
    }

    public Optional<Placement> placementOf(long clientId) {
        return windows.stream().flatMap(w -> w.bookings().stream()).filter(p -> p.client().id() == clientId).findFirst();
    }

    /**
     * The window an order without a booking gets: the open window marked default, else the widest open
     * window (the earliest of equally wide ones). Empty when the day has no open window.
     */
    public Optional<TimeWindow> defaultWindow() {
        return windows.stream().filter(w -> w.isOpen() && w.isDefault()).map(WindowState::window).findFirst()
                .or(() -> windows.stream().filter(WindowState::isOpen).map(WindowState::window)
                        .max(java.util.Comparator.comparing(TimeWindow::length)
                                .thenComparing(TimeWindow::start, java.util.Comparator.reverseOrder())));
    }

    public boolean offersDelivery() {
        return windows.stream().anyMatch(WindowState::isOpen);
    }
}
