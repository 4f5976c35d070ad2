package no.smartmat.planner.scenario;

import java.time.LocalTime;
import java.util.Locale;

/**
 * A time in a plan. A scenario plan has wall-clock times ({@link Clock}); a plan of a Solomon
 * instance has numbers in the instance's own time units ({@link Units}), as formats.md says.
 */
public sealed interface PlanTime extends Comparable<PlanTime> {

    /** Minutes since midnight for a clock time; the number itself for instance units. */
    double value();

    static PlanTime of(LocalTime time) {
        return new Clock(time);
    }

    static PlanTime units(double value) {
        return new Units(value);
    }

    @Override
    default int compareTo(PlanTime other) {
        return Double.compare(value(), other.value());
    }

    /** Wall-clock time of the plan's day (Europe/Oslo unless the scenario says otherwise). */
    record Clock(LocalTime time) implements PlanTime {
        @Override
        public double value() {
            return time.toSecondOfDay() / 60.0;
        }

        @Override
        public String toString() {
            return time.getSecond() == 0 && time.getNano() == 0
                    ? String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
                    : String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        }
    }

    /** A time in a Solomon instance's own units (the same units as its distances). */
    record Units(double value) implements PlanTime {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }
}
