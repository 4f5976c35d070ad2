package no.smartmat.console.slots;

import java.util.List;
import java.util.Optional;

/**
 * An area's windows on one date after its exceptions are applied. {@code closedReason} is present when an
 * exception closes the whole day (then there are no windows).
 */
public record ResolvedDay(List<Window> windows, Optional<String> closedReason) {

    /** One window of the day; {@code exceptionReason} is present when an exception changed or added it. */
    public record Window(TimeWindow window, int capacity, boolean isDefault, Optional<String> exceptionReason) {

        public boolean isOpen() {
            return capacity > 0;
        }
    }

    public ResolvedDay {
        windows = windows.stream().sorted(java.util.Comparator.comparing(Window::window)).toList();
    }

    public static ResolvedDay closed(String reason) {
        return new ResolvedDay(List.of(), Optional.of(reason));
    }

    public Optional<Window> window(TimeWindow window) {
        return windows.stream().filter(w -> w.window().equals(window)).findFirst();
    }

    public boolean offersDelivery() {
        return windows.stream().anyMatch(Window::isOpen);
    }
}
