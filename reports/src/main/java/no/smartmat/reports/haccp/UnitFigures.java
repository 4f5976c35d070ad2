package no.smartmat.reports.haccp;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A unit's figures over the period as the console computed them; the report prints them as given, so the paper says
 * what the screens and the command line say.
 *
 * @param readings     readings taken in the period, suppressed ones included
 * @param manual       of which typed in by a person
 * @param late         of which entered late
 * @param suppressed   of which inside a suppression window: left out of min, max, mean and the share in range
 * @param inRange      the share at level GREEN, 0..1 (by time or by count, see {@code weighting}); empty without data
 * @param weighting    how {@code inRange} was weighted
 * @param coverage     the share of the period with data, 0..1; empty when weighted by count
 */
public record UnitFigures(int readings, int manual, int late, int suppressed, OptionalDouble min, OptionalDouble max,
                          OptionalDouble mean, OptionalDouble inRange, Weighting weighting, OptionalDouble coverage) {

    /** Time-weighted (a unit with a sensor: each value holds until the next) or by count (a unit read by hand). */
    public enum Weighting {
        TIME, COUNT
    }

    public UnitFigures {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(inRange, "inRange");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** No readings at all. */
    public static UnitFigures none(Weighting weighting) {
        return new UnitFigures(0, 0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), weighting, weighting == Weighting.TIME ? OptionalDouble.of(0) : OptionalDouble.empty());
    }
}
