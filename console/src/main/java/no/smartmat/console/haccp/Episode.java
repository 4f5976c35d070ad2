package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A breach the alarm rules found in a trace: from the first reading beyond the limit to the first one back within
 * it (empty end while ongoing). {@code readingId} is the reading that raised it; {@code rule} names the rule(s) in
 * the compact form {@link RuleCode} reads.
 */
public record Episode(DeviationKind kind, Level severity, Instant start, Optional<Instant> end, double maxCelsius,
                      double minCelsius, long readingId, String rule) {

    public boolean ongoing() {
        return end.isEmpty();
    }

    public Duration duration(Instant now) {
        return Duration.between(start, end.orElse(now));
    }

    public boolean overlaps(Instant from, Optional<Instant> to, Instant now) {
        Instant myEnd = end.orElse(now);
        Instant otherEnd = to.orElse(now);
        return !start.isAfter(otherEnd) && !from.isAfter(myEnd);
    }
}
