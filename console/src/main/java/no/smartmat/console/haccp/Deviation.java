package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A deviation as it stands now: its first row's id ({@code id}, what actions refer to) and the values of its latest
 * row (the rows in between record how it developed: an end, a turn to red, a correction). {@code actions} are the
 * effective corrective actions (corrected ones left out), oldest first.
 */
public record Deviation(long id, long latestRowId, long unitId, DeviationKind kind, Level severity, Instant startedAt,
                        Optional<Instant> endedAt, Optional<Double> maxCelsius, Optional<Double> minCelsius,
                        Optional<Long> readingId, String rule, String note, boolean isVoid, String recordedBy,
                        Instant recordedAt, List<CorrectiveAction> actions) {

    public enum Status {
        /** The breach still lasts. */
        ONGOING,
        /** The breach is over; a closing corrective action is still missing. */
        AWAITING_ACTION,
        /** Over, and its corrective action is recorded. */
        CLOSED,
        /** Taken away by a correction of the reading that raised it. */
        VOID
    }

    public Deviation {
        actions = List.copyOf(actions);
    }

    public Status status() {
        if (isVoid) {
            return Status.VOID;
        }
        if (endedAt.isEmpty()) {
            return Status.ONGOING;
        }
        return actions.stream().anyMatch(CorrectiveAction::closing) ? Status.CLOSED : Status.AWAITING_ACTION;
    }

    public boolean isOpen() {
        return status() == Status.ONGOING || status() == Status.AWAITING_ACTION;
    }

    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt.orElse(now));
    }

    public Optional<CorrectiveAction> closingAction() {
        return actions.stream().filter(CorrectiveAction::closing).reduce((a, b) -> b);
    }

    /**
     * The value that tells how bad it was: the highest for a cold unit, the lowest for hot holding, and for a cooling
     * the lowest too (where it ended, or the start's value when it never ended).
     */
    public Optional<Double> extreme(UnitKind.Regime regime) {
        return regime == UnitKind.Regime.HOT || regime == UnitKind.Regime.COOLING ? minCelsius.or(() -> maxCelsius)
                : maxCelsius.or(() -> minCelsius);
    }

    public boolean overlaps(Instant from, Instant to, Instant now) {
        return startedAt.isBefore(to) && !endedAt.orElse(now).isBefore(from);
    }
}
