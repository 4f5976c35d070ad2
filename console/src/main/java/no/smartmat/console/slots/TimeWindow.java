package no.smartmat.console.slots;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/**
 * A delivery window of a day, start inclusive to end. Ordered by end, then narrowest first, so a day reads
 * 09–11, 11–13, 13–15 and then the wide 09–15 "any time" window.
 */
public record TimeWindow(LocalTime start, LocalTime end) implements Comparable<TimeWindow> {

    public static final Comparator<TimeWindow> ORDER =
            Comparator.comparing(TimeWindow::end).thenComparing(TimeWindow::start, Comparator.reverseOrder());

    public TimeWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A window must end after it starts: " + start + "–" + end);
        }
    }

    public static TimeWindow of(int startHour, int endHour) {
        return new TimeWindow(LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }

    /**
     * Reads two typed times ("9", "09:00", "0900"); errors name the fields {@code startField}/{@code endField}.
     * Empty when either is missing or wrong, or when the end is not after the start.
     */
    public static Optional<TimeWindow> parse(String startField, String startText, String endField, String endText,
                                             List<FieldError> errors) {
        Optional<LocalTime> start = Fields.time(startField, startText, errors);
        Optional<LocalTime> end = Fields.time(endField, endText, errors);
        if (start.isEmpty() && Fields.trim(startText).isEmpty()) {
            errors.add(FieldError.of(startField, startText, "validation.required"));
        }
        if (end.isEmpty() && Fields.trim(endText).isEmpty()) {
            errors.add(FieldError.of(endField, endText, "validation.required"));
        }
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (!end.get().isAfter(start.get())) {
            errors.add(FieldError.of(endField, endText, "slots.validation.endBeforeStart", start.get().toString()));
            return Optional.empty();
        }
        return Optional.of(new TimeWindow(start.get(), end.get()));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean covers(TimeWindow other) {
        return !start.isAfter(other.start) && !end.isBefore(other.end);
    }

    @Override
    public int compareTo(TimeWindow other) {
        return ORDER.compare(this, other);
    }

    /** "09:00–11:00", as on manifests and in the calendar. */
    @Override
    public String toString() {
        return start + "–" + end;
    }
}
