package no.smartmat.console.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A change of one area's windows on one date (holiday, fewer drivers). With no window it closes the whole
 * day; with a template's window it replaces that window's capacity (0 closes it); with another window it
 * adds that window for the date.
 */
public record SlotException(long id, long areaId, LocalDate date, Optional<TimeWindow> window, int capacity,
                            String reason, String createdBy, Instant createdAt) {

    public boolean closesDay() {
        return window.isEmpty();
    }
}
