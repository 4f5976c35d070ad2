package no.smartmat.console.planning;

import java.time.LocalTime;

/** config/defaults/planner.yaml. */
public record PlanningSettings(double preferredDriverPenaltyKm, int defaultSeconds, int unimprovedSeconds,
                               double detourFactor, double speedKmh, LocalTime defaultShiftStart,
                               LocalTime defaultShiftEnd) {}
