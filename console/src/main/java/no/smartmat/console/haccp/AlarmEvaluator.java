package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The alarm rules, applied to one unit's readings in time order. Pure: the same trace always gives the same
 * episodes, so evaluating again after more data arrives only adds to what was found.
 *
 * <p>A reading's value holds until the next reading, but never longer than {@code maxHold} (beyond that nothing is
 * known, and a consecutive run is broken). A rule is threshold + delay:
 * <ul>
 *   <li>CONSECUTIVE: the value stays beyond the threshold for more than the delay without a reading back inside;</li>
 *   <li>CUMULATIVE: the time beyond the threshold within the sliding window adds up to more than the delay.</li>
 * </ul>
 * A reading typed in by a person raises its deviation at once (it is a deliberate check, not a door opening).
 * A deviation is yellow; it turns red when the red rule fires while it lasts (chilled: at or above 12 °C for the
 * delay, or above 6.9 °C for more than 12 h). It ends at the first reading back within the limit. Readings inside a
 * suppression window (defrost, vans between tours) are skipped entirely. Cooling (blast chiller) is judged by pairs
 * of COOLING_START / COOLING_END readings.
 */
public final class AlarmEvaluator {

    public static final String COOLING_START = "COOLING_START";
    public static final String COOLING_END = "COOLING_END";

    private AlarmEvaluator() {}

    /** What the rules need besides the trace. */
    public record Context(LimitTimeline limits, Suppression suppression, Duration maxHold, Duration cumulativeWindow,
                          Instant now) {}

    public static List<Episode> evaluate(List<TracePoint> trace, Context ctx) {
        List<TracePoint> points = trace.stream()
                .filter(p -> !p.at().isAfter(ctx.now()))
                .filter(p -> !ctx.suppression().at(p.at()))
                .sorted(Comparator.comparing(TracePoint::at).thenComparingLong(TracePoint::readingId))
                .toList();
        List<Episode> episodes = new ArrayList<>();
        if (ctx.limits().latest().isCooling()) {
            episodes.addAll(cooling(points, ctx));
        } else {
            episodes.addAll(breaches(DeviationKind.TOO_WARM, points, ctx));
            episodes.addAll(breaches(DeviationKind.TOO_COLD, points, ctx));
        }
        episodes.sort(Comparator.comparing(Episode::start));
        return episodes;
    }

    /** Tracks one predicate's time beyond its threshold, counted either way. */
    private static final class Tracker {
        private final Duration window;
        private Instant runStart;
        private final Deque<Instant[]> spans = new ArrayDeque<>();

        Tracker(Duration window) {
            this.window = window;
        }

        void feed(boolean beyond, boolean contiguous, Instant at, Instant segmentEnd) {
            if (!contiguous || !beyond) {
                runStart = null;
            }
            if (beyond) {
                if (runStart == null) {
                    runStart = at;
                }
                spans.addLast(new Instant[] {at, segmentEnd});
            }
            Instant horizon = segmentEnd.minus(window);
            while (!spans.isEmpty() && !spans.peekFirst()[1].isAfter(horizon)) {
                spans.removeFirst();
            }
        }

        /** The start of the breach if it has lasted more than {@code delay} by {@code segmentEnd}. */
        Optional<Instant> fired(DelayCounting counting, Duration delay, Instant segmentEnd) {
            if (counting == DelayCounting.CONSECUTIVE) {
                return runStart != null && Duration.between(runStart, segmentEnd).compareTo(delay) > 0
                        ? Optional.of(runStart) : Optional.empty();
            }
            Instant horizon = segmentEnd.minus(window);
            long total = 0;
            Instant first = null;
            for (Instant[] s : spans) {
                Instant from = s[0].isBefore(horizon) ? horizon : s[0];
                Instant to = s[1].isAfter(segmentEnd) ? segmentEnd : s[1];
                if (to.isAfter(from)) {
                    total += Duration.between(from, to).toMillis();
                    first = first == null ? s[0] : first;
                }
            }
            return total > delay.toMillis() ? Optional.ofNullable(first) : Optional.empty();
        }

        void reset() {
            runStart = null;
            spans.clear();
        }
    }

    private static final class Open {
        final Instant start;
        Level severity;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        final long readingId;
        final String baseRule;
        String redRule = "";

        Open(Instant start, Level severity, long readingId, String baseRule) {
            this.start = start;
            this.severity = severity;
            this.readingId = readingId;
            this.baseRule = baseRule;
        }

        void include(double celsius) {
            max = Math.max(max, celsius);
            min = Math.min(min, celsius);
        }

        Episode close(DeviationKind kind, Optional<Instant> end) {
            String rule = redRule.isEmpty() ? baseRule : baseRule + RuleCode.SEPARATOR + redRule;
            return new Episode(kind, severity, start, end, max, min, readingId, rule);
        }
    }

    private static List<Episode> breaches(DeviationKind kind, List<TracePoint> points, Context ctx) {
        List<Episode> found = new ArrayList<>();
        Duration window = ctx.cumulativeWindow();
        Tracker base = new Tracker(window);
        Tracker red = new Tracker(window);
        Duration longest = ctx.limits().versions().stream().flatMap(l -> l.redAfter().stream())
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Tracker escalation = new Tracker(longest.multipliedBy(2).compareTo(window) > 0 ? longest.multipliedBy(2) : window);
        Open open = null;
        for (int i = 0; i < points.size(); i++) {
            TracePoint p = points.get(i);
            Limits limits = ctx.limits().at(p.at());
            boolean contiguous = i > 0 && Duration.between(points.get(i - 1).at(), p.at()).compareTo(ctx.maxHold()) <= 0;
            Instant next = i + 1 < points.size() ? points.get(i + 1).at() : ctx.now();
            Instant held = p.at().plus(ctx.maxHold());
            Instant segmentEnd = next.isBefore(held) ? next : held;
            Instant end = segmentEnd.isBefore(p.at()) ? p.at() : segmentEnd;
            boolean beyond = limits.breach(p.celsius()).filter(k -> k == kind).isPresent();
            boolean redNow = beyond && limits.isRedAtOnce(p.celsius());
            boolean escalating = beyond && limits.isEscalating(p.celsius());
            base.feed(beyond, contiguous, p.at(), end);
            red.feed(redNow, contiguous, p.at(), end);
            escalation.feed(escalating, contiguous, p.at(), end);

            if (open != null && !beyond) {
                found.add(open.close(kind, Optional.of(p.at())));
                open = null;
                base.reset();
                red.reset();
                escalation.reset();
                continue;
            }
            if (!beyond) {
                continue;
            }
            if (open == null) {
                Optional<Instant> start = p.manual() ? Optional.of(base.runStart == null ? p.at() : base.runStart)
                        : base.fired(limits.counting(), limits.alarmDelay(), end);
                if (start.isEmpty()) {
                    continue;
                }
                String rule = p.manual() ? RuleCode.manual()
                        : RuleCode.delay(limits.alarmDelayMinutes(), limits.counting());
                open = new Open(start.get(), Level.YELLOW, p.readingId(), rule);
                for (TracePoint earlier : points.subList(0, i + 1)) {
                    if (!earlier.at().isBefore(open.start)
                            && ctx.limits().at(earlier.at()).breach(earlier.celsius()).filter(k -> k == kind).isPresent()) {
                        open.include(earlier.celsius());
                    }
                }
            } else {
                open.include(p.celsius());
            }
            if (open.severity != Level.RED) {
                boolean redFired = (p.manual() && redNow)
                        || red.fired(limits.counting(), limits.alarmDelay(), end).isPresent();
                boolean escalated = limits.redAfter()
                        .flatMap(after -> escalation.fired(limits.counting(), after, end)).isPresent();
                if (redFired) {
                    open.severity = Level.RED;
                    open.redRule = RuleCode.redAt(limits.redCelsius().orElse(p.celsius()));
                } else if (escalated) {
                    open.severity = Level.RED;
                    open.redRule = RuleCode.redAfter(limits.redAfterMinutes().orElse(0));
                }
            }
        }
        if (open != null) {
            found.add(open.close(kind, Optional.empty()));
        }
        return found;
    }

    /**
     * Cooling: each COOLING_END pairs with the latest COOLING_START before it. Too slow if the end value is above
     * the target or took longer than allowed; a start with no end after the allowed time is an ongoing breach.
     */
    private static List<Episode> cooling(List<TracePoint> points, Context ctx) {
        List<Episode> found = new ArrayList<>();
        TracePoint start = null;
        for (TracePoint p : points) {
            if (COOLING_START.equals(p.occasion())) {
                if (start != null) {
                    overdue(start, ctx, Optional.of(p.at())).ifPresent(found::add);
                }
                start = p;
            } else if (COOLING_END.equals(p.occasion()) && start != null) {
                Limits limits = ctx.limits().at(start.at());
                double target = limits.maxCelsius().orElse(10.0);
                Duration allowed = limits.redAfter().orElse(Duration.ofHours(2));
                boolean tooWarm = p.celsius() > target;
                boolean tooLong = Duration.between(start.at(), p.at()).compareTo(allowed) > 0;
                if (tooWarm || tooLong) {
                    found.add(new Episode(DeviationKind.COOLING_TOO_SLOW, Level.RED, start.at(), Optional.of(p.at()),
                            Math.max(start.celsius(), p.celsius()), Math.min(start.celsius(), p.celsius()), p.readingId(),
                            RuleCode.cooling(limits.minCelsius().orElse(60.0), target, allowed.toMinutes())));
                }
                start = null;
            }
        }
        if (start != null) {
            overdue(start, ctx, Optional.empty()).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<Episode> overdue(TracePoint start, Context ctx, Optional<Instant> end) {
        Limits limits = ctx.limits().at(start.at());
        Duration allowed = limits.redAfter().orElse(Duration.ofHours(2));
        Instant by = end.orElse(ctx.now());
        if (Duration.between(start.at(), by).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Episode(DeviationKind.COOLING_TOO_SLOW, Level.RED, start.at(), end, start.celsius(),
                start.celsius(), start.readingId(),
                RuleCode.cooling(limits.minCelsius().orElse(60.0), limits.maxCelsius().orElse(10.0), allowed.toMinutes())));
    }
}
