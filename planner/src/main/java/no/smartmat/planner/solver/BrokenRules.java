package no.smartmat.planner.solver;

import java.util.List;
import no.smartmat.planner.model.RouteSchedule;

/**
 * How many of the hard rules a plan breaks, counted the way a coordinator would say it: stops served after their
 * window, vans loaded over capacity, vans back after the driver's shift. Counted from the same schedules as the
 * score, so a plan with none of these is feasible.
 */
public record BrokenRules(int lateStops, int vansOverCapacity, int vansAfterShiftEnd) {

    public static final BrokenRules NONE = new BrokenRules(0, 0, 0);

    public int total() {
        return lateStops + vansOverCapacity + vansAfterShiftEnd;
    }

    static BrokenRules of(List<RouteSchedule> schedules) {
        int late = 0, over = 0, afterShift = 0;
        for (RouteSchedule r : schedules) {
            for (int i = 0; i < r.size(); i++) {
                if (r.lateness(i) > 0) {
                    late++;
                }
            }
            if (r.capacityExcess() > 0) {
                over++;
            }
            if (r.overtime() > 0) {
                afterShift++;
            }
        }
        return new BrokenRules(late, over, afterShift);
    }
}
