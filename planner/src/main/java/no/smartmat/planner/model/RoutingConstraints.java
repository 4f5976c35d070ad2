package no.smartmat.planner.model;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of formats.md as scores. Hard: service after the window end (per time unit late), portions
 * over a compartment's capacity, back after the shift end (per time unit). Medium: each unassigned stop.
 * Soft: travel distance (metres, or 1/10 000 Solomon unit) and the penalty per stop served by another
 * driver than its preferred one.
 */
public class RoutingConstraints implements ConstraintProvider {

    public static final String LATE_SERVICE = "Service after window end";
    public static final String CAPACITY = "Compartment capacity";
    public static final String SHIFT_END = "Back after shift end";
    public static final String UNASSIGNED = "Unassigned stop";
    public static final String DISTANCE = "Travel distance";
    public static final String OTHER_DRIVER = "Other driver than the preferred one";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            lateService(factory),
            compartmentCapacity(factory),
            shiftEnd(factory),
            unassignedStop(factory),
            travelDistance(factory),
            otherDriver(factory)
        };
    }

    Constraint lateService(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isLate)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::lateness)
                .asConstraint(LATE_SERVICE);
    }

    Constraint compartmentCapacity(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(v -> v.capacityPenalty() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Vehicle::capacityPenalty)
                .asConstraint(CAPACITY);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(v -> v.overtime() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Vehicle::overtime)
                .asConstraint(SHIFT_END);
    }

    Constraint unassignedStop(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isUnassigned)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(UNASSIGNED);
    }

    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isRouted)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Visit::distanceCost)
                .asConstraint(DISTANCE);
    }

    Constraint otherDriver(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::isServedByOtherDriver)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Visit::mismatchPenalty)
                .asConstraint(OTHER_DRIVER);
    }
}
