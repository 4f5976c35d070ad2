package no.smartmat.console.haccp;

import java.time.Instant;
import java.util.Optional;

/**
 * A check that should have happened and did not: a sensor silent for longer than its gap threshold, or a manual
 * round not done by its deadline. Computed from the readings (never stored as OK); a reading typed in too late does
 * not fill it but is named in it ({@code lateReading}).
 */
public record MissingCheck(long unitId, Type type, Optional<String> roundId, Instant from, Instant to, boolean ongoing,
                           Optional<LateReading> lateReading) {

    public enum Type {
        SENSOR_GAP, ROUND
    }

    /** A reading that was measured in the round's window but typed in too late to count. */
    public record LateReading(long readingId, Instant measuredAt, Instant recordedAt, double celsius) {}
}
