package no.smartmat.console.planning;

import java.util.Arrays;
import java.util.List;

/** One plan's totals against another's, figure by figure, with which way each change goes for the kitchen. */
public record PlanComparison(PlanFigures before, PlanFigures after) {

    /** A compared figure; {@code higherIsBetter} says which way is an improvement. */
    public enum Measure {
        DISTANCE_KM(false), VANS_USED(false), ASSIGNED(true), PREFERRED_DRIVER_SHARE(true), HARD_VIOLATIONS(false);

        private final boolean higherIsBetter;

        Measure(boolean higherIsBetter) {
            this.higherIsBetter = higherIsBetter;
        }

        double of(PlanFigures f) {
            return switch (this) {
                case DISTANCE_KM -> f.distanceKm();
                case VANS_USED -> f.vansUsed();
                case ASSIGNED -> f.assigned();
                case PREFERRED_DRIVER_SHARE -> f.preferredDriverShare();
                case HARD_VIOLATIONS -> f.hardViolations();
            };
        }

        /** Differences below this are rounding (a metre, a hundredth of a percent), not a change. */
        double tolerance() {
            return switch (this) {
                case DISTANCE_KM -> 0.0005;
                case PREFERRED_DRIVER_SHARE -> 0.00005;
                default -> 0.5;
            };
        }
    }

    public enum Direction { BETTER, SAME, WORSE }

    public record Line(Measure measure, double before, double after) {
        public double delta() {
            return after - before;
        }

        public Direction direction() {
            double d = delta();
            if (Math.abs(d) < measure.tolerance()) {
                return Direction.SAME;
            }
            return (d > 0) == measure.higherIsBetter ? Direction.BETTER : Direction.WORSE;
        }
    }

    public List<Line> lines() {
        return Arrays.stream(Measure.values()).map(m -> new Line(m, m.of(before), m.of(after))).toList();
    }

    public Line line(Measure measure) {
        return new Line(measure, measure.of(before), measure.of(after));
    }

    /** True when no figure changed. */
    public boolean unchanged() {
        return lines().stream().allMatch(l -> l.direction() == Direction.SAME);
    }
}
