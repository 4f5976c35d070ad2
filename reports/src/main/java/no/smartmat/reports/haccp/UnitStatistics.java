package no.smartmat.reports.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Figures for one unit over a period, computed here (not by the caller) so the numbers
 * always match the chart they sit under. The console may call {@link #of} to show the
 * same numbers on screen.
 *
 * <p>Time in range is time-weighted: a reading's value holds until the next reading, but
 * never longer than the unit's {@code maxGap}; time not covered that way has no data and
 * counts neither as in range nor out of range. Min, max and mean are over the readings
 * taken in the period (mean = arithmetic mean of those readings).
 *
 * @param readings     readings taken in the period
 * @param manual       of which typed in by a person
 * @param late         of which entered late
 * @param covered      time with data (see above)
 * @param inGreen      of the covered time, time at level GREEN
 * @param period       length of the period
 */
public record UnitStatistics(int readings, int manual, int late, OptionalDouble min, OptionalDouble max,
                             OptionalDouble mean, Duration covered, Duration inGreen, Duration period) {

    public static UnitStatistics of(HaccpUnit unit, Instant from, Instant to) {
        List<Reading> inPeriod = unit.readings().stream()
                .filter(r -> !r.takenAt().isBefore(from) && r.takenAt().isBefore(to)).toList();
        long coveredMs = 0;
        long greenMs = 0;
        long maxGapMs = unit.maxGap().toMillis();
        for (int i = 0; i < inPeriod.size(); i++) {
            Reading r = inPeriod.get(i);
            long start = r.takenAt().toEpochMilli();
            long next = i + 1 < inPeriod.size() ? inPeriod.get(i + 1).takenAt().toEpochMilli() : to.toEpochMilli();
            long end = Math.min(Math.min(next, start + maxGapMs), to.toEpochMilli());
            long span = Math.max(0, end - start);
            coveredMs += span;
            if (unit.levelOf(r) == Level.GREEN) {
                greenMs += span;
            }
        }
        return new UnitStatistics(inPeriod.size(),
                (int) inPeriod.stream().filter(r -> r.source() == ReadingSource.MANUAL).count(),
                (int) inPeriod.stream().filter(Reading::enteredLate).count(),
                inPeriod.stream().mapToDouble(Reading::celsius).min(),
                inPeriod.stream().mapToDouble(Reading::celsius).max(),
                inPeriod.stream().mapToDouble(Reading::celsius).average(),
                Duration.ofMillis(coveredMs), Duration.ofMillis(greenMs), Duration.between(from, to));
    }

    /** Share of the covered time at GREEN, 0..1; empty without data. */
    public OptionalDouble greenShare() {
        return covered.isZero() ? OptionalDouble.empty()
                : OptionalDouble.of((double) inGreen.toMillis() / covered.toMillis());
    }

    /** Share of the period with data, 0..1. */
    public double coverageShare() {
        return period.isZero() ? 0 : (double) covered.toMillis() / period.toMillis();
    }
}
