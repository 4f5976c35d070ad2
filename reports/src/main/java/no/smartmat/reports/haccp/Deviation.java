package no.smartmat.reports.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A deviation (avvik) as the console's alarm rules found it.
 *
 * @param end              empty while the breach is ongoing
 * @param extremeCelsius   the highest (or, for hot holding, lowest) value during the deviation
 * @param level            YELLOW or RED
 * @param description      the rule that fired, in Norwegian, e.g. "Over 4 °C i mer enn 30 min"
 * @param correctiveAction empty if none is recorded yet (the report marks the unit incomplete)
 */
public record Deviation(Instant start, Optional<Instant> end, double extremeCelsius, Level level, String description,
                        Optional<CorrectiveAction> correctiveAction) {

    public Deviation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(correctiveAction, "correctiveAction");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("deviation ends before it starts");
        }
    }

    public boolean ongoing() {
        return end.isEmpty();
    }

    /** Duration until its end, or until {@code now} while ongoing. */
    public Duration duration(Instant now) {
        return Duration.between(start, end.orElse(now));
    }
}
