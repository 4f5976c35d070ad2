package no.smartmat.console.slots;

import java.util.List;
import java.util.Optional;

/** One window of an area's day with its bookings: what the calendar cell and the drill-down show. */
public record WindowState(TimeWindow window, int capacity, int booked, boolean isDefault,
                          Optional<String> exceptionReason, List<Placement> bookings) {

    public WindowState {
        bookings = List.copyOf(bookings);
    }

    public boolean isOpen() {
        return capacity > 0;
    }

    public boolean isFull() {
        return booked >= capacity;
    }

    public int free() {
        return Math.max(0, capacity - booked);
    }
}
