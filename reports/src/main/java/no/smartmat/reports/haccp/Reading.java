package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Objects;

/**
 * One temperature reading. The report shows the value as recorded; corrections are the
 * console's business (it passes the effective reading and lists the correction as an
 * {@link AfterSignOffCorrection} when it came after sign-off).
 *
 * @param takenAt     when the temperature was measured (not when it was typed in)
 * @param enteredLate typed in later than the console's deadline for late entries (marked in the chart)
 */
public record Reading(Instant takenAt, double celsius, ReadingSource source, boolean enteredLate) {

    public Reading {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(source, "source");
        if (Double.isNaN(celsius) || Double.isInfinite(celsius)) {
            throw new IllegalArgumentException("a reading needs a finite value: " + celsius);
        }
    }

    public static Reading sensor(Instant at, double celsius) {
        return new Reading(at, celsius, ReadingSource.SENSOR, false);
    }

    public static Reading manual(Instant at, double celsius) {
        return new Reading(at, celsius, ReadingSource.MANUAL, false);
    }
}
