package no.smartmat.console.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.smartmat.console.i18n.Messages;
import no.smartmat.planner.solver.BrokenRules;
import no.smartmat.planner.solver.Progress;

/**
 * How far the planner has come, in words a coordinator reads: time, stops placed, kilometres, and the rules the best
 * plan still breaks («2 stopp utenfor tidsvindu, 1 bil over kapasitet») rather than the solver's score
 * ({@code 0hard/0medium/-356005soft}). The one wording of both the {@code plan} command and Planlegging's status line.
 */
public final class SolveProgressText {

    private SolveProgressText() {}

    /** «180 av 215 stopp plassert · 286,5 km · 2 stopp utenfor tidsvindu». */
    public static String summary(Progress p, Messages m) {
        return summary(p.assigned(), p.total(), p.distanceKm(), p.broken(), m);
    }

    /** The same for a finished plan. */
    public static String summary(int assigned, int total, double distanceKm, BrokenRules broken, Messages m) {
        return m.get("planning.progress.summary", assigned, total, distanceKm, broken(broken, m));
    }

    /** «2 stopp utenfor tidsvindu, 1 bil over kapasitet», or that every rule holds. */
    public static String broken(BrokenRules b, Messages m) {
        List<String> parts = new ArrayList<>();
        if (b.lateStops() > 0) {
            parts.add(m.count(b.lateStops(), "lateStop"));
        }
        if (b.vansOverCapacity() > 0) {
            parts.add(m.count(b.vansOverCapacity(), "vanOverCapacity"));
        }
        if (b.vansAfterShiftEnd() > 0) {
            parts.add(m.count(b.vansAfterShiftEnd(), "vanAfterShiftEnd"));
        }
        return parts.isEmpty() ? m.get("planning.progress.rulesKept") : String.join(", ", parts);
    }

    /** Minutes and seconds, «1:05». */
    public static String elapsed(Duration d) {
        long s = d.toSeconds();
        return "%d:%02d".formatted(s / 60, s % 60);
    }
}
