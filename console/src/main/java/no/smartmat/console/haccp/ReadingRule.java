package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule a single reading is judged by, for a unit: its limits in force when it was taken, and its suppression
 * windows. The recording form's hint, the save's demand for a deviation entry, the alarm rules' breaches and the
 * report's levels and figures all ask this class, so they cannot disagree.
 *
 * <p>Cold and hot units: above the upper limit (plus a van's transport tolerance) is too warm, below a lower limit too
 * cold; yellow, or red at once past the red limit. A blast chiller is judged by its steps: a {@code COOLING_START}
 * below the start temperature (60 °C) is too cold, a {@code COOLING_END} above the target (10 °C), later than allowed
 * after its start, or without a start is a cooling too slow; both red. A chiller reading that is neither step is
 * placed against the bands (between the two temperatures is red) but raises nothing.
 */
public record ReadingRule(LimitTimeline limits, Suppression suppression) {

    public static final String COOLING_START = "COOLING_START";
    public static final String COOLING_END = "COOLING_END";

    /** The allowed cooling time when a limit version does not say (the default rule: 2 hours). */
    static final Duration DEFAULT_COOLING = Duration.ofHours(2);

    /**
     * {@code coolingStartedAt}: for a {@code COOLING_END}, when its cooling started (the latest start not yet ended);
     * ignored for every other reading.
     */
    public Verdict judge(double celsius, Instant at, String occasion, Optional<Instant> coolingStartedAt) {
        Limits l = limits.at(at);
        boolean suppressed = suppression.at(at);
        if (!l.isCooling()) {
            return new Verdict(l.level(celsius), l.breach(celsius), suppressed);
        }
        if (COOLING_START.equals(occasion)) {
            return celsius < coolingFrom(l) ? red(DeviationKind.TOO_COLD, suppressed) : green(suppressed);
        }
        if (COOLING_END.equals(occasion)) {
            boolean late = coolingStartedAt.map(s -> Duration.between(s, at).compareTo(allowed(l)) > 0).orElse(true);
            return celsius > coolingTo(l) || late ? red(DeviationKind.COOLING_TOO_SLOW, suppressed) : green(suppressed);
        }
        boolean between = celsius > coolingTo(l) && celsius < coolingFrom(l);
        return new Verdict(between ? Level.RED : Level.GREEN, Optional.empty(), suppressed);
    }

    /**
     * Judges readings of one unit in time order, each cooling end paired with the latest start before it (and no
     * start paired twice). Keyed by reading id.
     */
    public Map<Long, Verdict> judgeAll(List<Reading> inTimeOrder) {
        Map<Long, Verdict> verdicts = new HashMap<>();
        Optional<Instant> started = Optional.empty();
        for (Reading r : inTimeOrder) {
            verdicts.put(r.id(), judge(r.celsius(), r.measuredAt(), r.occasion(), started));
            if (COOLING_START.equals(r.occasion())) {
                started = Optional.of(r.measuredAt());
            } else if (COOLING_END.equals(r.occasion())) {
                started = Optional.empty();
            }
        }
        return verdicts;
    }

    private static Verdict red(DeviationKind kind, boolean suppressed) {
        return new Verdict(Level.RED, Optional.of(kind), suppressed);
    }

    private static Verdict green(boolean suppressed) {
        return new Verdict(Level.GREEN, Optional.empty(), suppressed);
    }

    static double coolingFrom(Limits l) {
        return l.minCelsius().orElse(60.0);
    }

    static double coolingTo(Limits l) {
        return l.maxCelsius().orElse(10.0);
    }

    static Duration allowed(Limits l) {
        return l.redAfter().orElse(DEFAULT_COOLING);
    }
}
