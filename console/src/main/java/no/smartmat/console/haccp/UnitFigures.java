package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A unit's figures over a period: how many readings, min, max, mean and the share in range. The one place they are
 * computed: the history screen, {@code haccp status} and the report all print these.
 *
 * <p>Readings inside a suppression window (defrost, a van between tours) are counted as readings but left out of min,
 * max, mean and the share in range. The share is weighted by time for a unit with a sensor (a value holds until the
 * next reading, at most the gap threshold; time without data counts neither way) and by count for a unit read by hand
 * (a round's reading stands for the round, not for the hours until the next).
 *
 * @param covered time with data (time-weighted only)
 * @param period  the period up to now
 */
public record UnitFigures(int readings, int manual, int late, int suppressed, OptionalDouble min, OptionalDouble max,
                          OptionalDouble mean, OptionalDouble inRange, Weighting weighting, Duration covered,
                          Duration period) {

    public enum Weighting {
        /** A unit with a sensor: each value holds until the next reading. */
        TIME,
        /** A unit read by hand: each reading counts once. */
        COUNT
    }

    /** The share of the period with data (time-weighted units); empty for a unit read by hand. */
    public OptionalDouble coverage() {
        return weighting == Weighting.TIME && !period.isZero()
                ? OptionalDouble.of((double) covered.toMillis() / period.toMillis()) : OptionalDouble.empty();
    }

    /**
     * {@code readings}: the unit's effective readings measured in [start, end), in time order, judged; {@code until}:
     * the period's end or now, whichever is earlier.
     */
    public static UnitFigures of(ColdUnit unit, List<HaccpReport.ReportReading> readings, Instant start, Instant until) {
        List<HaccpReport.ReportReading> counted = readings.stream().filter(r -> !r.suppressed())
                .filter(r -> r.reading().measuredAt().isBefore(until)).toList();
        int manual = (int) readings.stream().filter(r -> r.reading().source() == ReadingSource.MANUAL).count();
        int late = (int) readings.stream().filter(r -> r.reading().late()).count();
        int suppressed = (int) readings.stream().filter(HaccpReport.ReportReading::suppressed).count();
        OptionalDouble min = counted.stream().mapToDouble(r -> r.reading().celsius()).min();
        OptionalDouble max = counted.stream().mapToDouble(r -> r.reading().celsius()).max();
        OptionalDouble mean = counted.stream().mapToDouble(r -> r.reading().celsius()).average();
        Duration period = until.isAfter(start) ? Duration.between(start, until) : Duration.ZERO;
        if (!unit.hasSensor()) {
            long green = counted.stream().filter(r -> r.level() == Level.GREEN).count();
            OptionalDouble share = counted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) green / counted.size());
            return new UnitFigures(readings.size(), manual, late, suppressed, min, max, mean, share, Weighting.COUNT,
                    Duration.ZERO, period);
        }
        Duration hold = unit.gapThreshold().orElseThrow();
        long coveredMs = 0, inRangeMs = 0;
        for (int i = 0; i < counted.size(); i++) {
            Instant at = counted.get(i).reading().measuredAt();
            Instant next = i + 1 < counted.size() ? counted.get(i + 1).reading().measuredAt() : until;
            Instant stop = next.isBefore(at.plus(hold)) ? next : at.plus(hold);
            long span = Math.max(0, Duration.between(at, stop.isAfter(until) ? until : stop).toMillis());
            coveredMs += span;
            if (counted.get(i).level() == Level.GREEN) {
                inRangeMs += span;
            }
        }
        OptionalDouble share = coveredMs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inRangeMs / coveredMs);
        return new UnitFigures(readings.size(), manual, late, suppressed, min, max, mean, share, Weighting.TIME,
                Duration.ofMillis(coveredMs), period);
    }
}
