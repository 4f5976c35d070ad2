package no.smartmat.console.planning;

import no.smartmat.planner.solver.Evaluation;
import no.smartmat.planner.solver.Violation;

/**
 * The totals a coordinator weighs one plan of a day against another by: driving, vans, stops served, how many
 * clients keep their own driver, and broken rules.
 *
 * @param preferredDriverShare of the assigned stops whose client has a regular driver, the share that driver serves
 * @param hardViolations broken hard rules (late stops, over capacity, back after the shift)
 */
public record PlanFigures(double distanceKm, int vansUsed, int assigned, int stops, double preferredDriverShare,
                          int hardViolations, int lateStops) {

    public static PlanFigures of(Evaluation evaluation) {
        var plan = evaluation.plan();
        int hard = (int) evaluation.violations().stream().filter(v -> v.kind().hard()).count();
        int late = (int) evaluation.violations().stream().filter(v -> v.kind() == Violation.Kind.LATE).count();
        return new PlanFigures(plan.totals().distanceKm(), plan.totals().vehiclesUsed(), plan.totals().assigned(),
                plan.totals().assigned() + plan.unassigned().size(), plan.totals().preferredDriverShare(), hard, late);
    }

    public int unassigned() {
        return stops - assigned;
    }
}
