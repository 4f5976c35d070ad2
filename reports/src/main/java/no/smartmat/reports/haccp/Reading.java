package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Objects;

/**
 * One temperature reading as the console judged it. The report shows the value as recorded; corrections are the
 * console's business (it passes the effective reading and lists the correction as an {@link AfterSignOffCorrection}
 * when it came after sign-off).
 *
 * @param takenAt     when the temperature was measured (not when it was typed in)
 * @param enteredLate typed in later than the console's deadline for late entries (marked in the chart)
 * @param level       the reading's level under the rule in force when it was taken, as the console judged it
 * @param suppressed  inside a suppression window (defrost, a van between tours): drawn, but left out of the figures
 */
public record Reading(Instant takenAt, double celsius, ReadingSource source, boolean enteredLate, Level level,
                      boolean suppressed) {

    public Reading {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        if (Double.isNaN(celsius) || Double.isInfinite(celsius)) {
            throw new IllegalArgumentException("a reading needs a finite value: " + celsius);
        }
    }

    public static Reading sensor(Instant at, double celsius, Level level) {
        return new Reading(at, celsius, ReadingSource.SENSOR, false, level, false);
    }

    public static Reading manual(Instant at, double celsius, Level level) {
        return new Reading(at, celsius, ReadingSource.MANUAL, false, level, false);
    }
}
