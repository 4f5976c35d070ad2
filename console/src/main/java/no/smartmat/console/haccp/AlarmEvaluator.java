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
 * delay, or above 6.9 °C for more than 12 h). It runs from the first reading beyond the limit (the one that starts
 * the delay, not the one that ends it) to the first reading back within the limit. Readings inside a suppression
 * window (defrost, vans between tours) are skipped entirely. Whether one reading is beyond its limit is
 * {@link ReadingRule}'s to say; cooling (blast chiller) is judged by its steps, COOLING_START and COOLING_END.
 */
public final class AlarmEvaluator {

    public static final String COOLING_START = ReadingRule.COOLING_START;
    public static final String COOLING_END = ReadingRule.COOLING_END;

    private AlarmEvaluator() {}

    /** What the rules need besides the trace. */
    public record Context(LimitTimeline limits, Suppression suppression, Duration maxHold, Duration cumulativeWindow,
                          Instant now) {
        ReadingRule rule() {
            return new ReadingRule(limits, suppression);
        }
    }

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
        ReadingRule rule = ctx.rule();
        Open open = null;
        for (int i = 0; i < points.size(); i++) {
            TracePoint p = points.get(i);
            Limits limits = ctx.limits().at(p.at());
            boolean contiguous = i > 0 && Duration.between(points.get(i - 1).at(), p.at()).compareTo(ctx.maxHold()) <= 0;
            Instant next = i + 1 < points.size() ? points.get(i + 1).at() : ctx.now();
            Instant held = p.at().plus(ctx.maxHold());
            Instant segmentEnd = next.isBefore(held) ? next : held;
            Instant end = segmentEnd.isBefore(p.at()) ? p.at() : segmentEnd;
            boolean beyond = rule.judge(p.celsius(), p.at(), p.occasion(), Optional.empty()).breach()
                    .filter(k -> k == kind).isPresent();
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
                String code = p.manual() ? RuleCode.manual()
                        : RuleCode.delay(limits.alarmDelayMinutes(), limits.counting());
                open = new Open(start.get(), Level.YELLOW, p.readingId(), code);
                for (TracePoint earlier : points.subList(0, i + 1)) {
                    if (!earlier.at().isBefore(open.start) && rule.judge(earlier.celsius(), earlier.at(), earlier.occasion(),
                            Optional.empty()).breach().filter(k -> k == kind).isPresent()) {
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
     * Cooling, step by step as {@link ReadingRule} judges them: a start too cold is a breach of its own (at that
     * reading); each end pairs with the latest start before it, and one too warm, too late or without a start is a
     * cooling too slow from its start; a start with no end within the allowed time is one still going on.
     */
    private static List<Episode> cooling(List<TracePoint> points, Context ctx) {
        ReadingRule rule = ctx.rule();
        List<Episode> found = new ArrayList<>();
        TracePoint start = null;
        for (TracePoint p : points) {
            if (COOLING_START.equals(p.occasion())) {
                if (start != null) {
                    overdue(start, ctx, Optional.of(p.at())).ifPresent(found::add);
                }
                Limits limits = ctx.limits().at(p.at());
                if (rule.judge(p.celsius(), p.at(), p.occasion(), Optional.empty()).breach().isPresent()) {
                    found.add(new Episode(DeviationKind.TOO_COLD, Level.RED, p.at(), Optional.of(p.at()), p.celsius(),
                            p.celsius(), p.readingId(), RuleCode.coolingStart(ReadingRule.coolingFrom(limits))));
                }
                start = p;
            } else if (COOLING_END.equals(p.occasion())) {
                Optional<TracePoint> begun = Optional.ofNullable(start);
                Verdict v = rule.judge(p.celsius(), p.at(), p.occasion(), begun.map(TracePoint::at));
                if (v.breach().isPresent()) {
                    Limits limits = ctx.limits().at(begun.orElse(p).at());
                    double from = begun.map(TracePoint::celsius).orElse(p.celsius());
                    found.add(new Episode(DeviationKind.COOLING_TOO_SLOW, Level.RED, begun.orElse(p).at(),
                            Optional.of(p.at()), Math.max(from, p.celsius()), Math.min(from, p.celsius()), p.readingId(),
                            RuleCode.cooling(ReadingRule.coolingFrom(limits), ReadingRule.coolingTo(limits),
                                    ReadingRule.allowed(limits).toMinutes())));
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
        Duration allowed = ReadingRule.allowed(limits);
        Instant by = end.orElse(ctx.now());
        if (Duration.between(start.at(), by).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Episode(DeviationKind.COOLING_TOO_SLOW, Level.RED, start.at(), end, start.celsius(),
                start.celsius(), start.readingId(), RuleCode.cooling(ReadingRule.coolingFrom(limits),
                ReadingRule.coolingTo(limits), allowed.toMinutes())));
    }
}
