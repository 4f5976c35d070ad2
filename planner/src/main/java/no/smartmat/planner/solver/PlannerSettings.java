package no.smartmat.planner.solver;

/**
 * Planner configuration.
 *
 * @param preferredDriverPenaltyKm soft penalty for each stop served by another driver than its preferred
 *        one, expressed as the km of extra driving it is worth avoiding (default 5 km)
 * @param moveThreadCount OptaPlanner move threads; 0 = none (solve on one thread, the measured best on
 *        two cores), n = that many move threads
 * @param profile the search configuration (acceptor, neighbourhoods); {@link SolverProfile#DEFAULT} unless tuning
 * @param randomSeed fixed seed for reproducible runs, or 0 for OptaPlanner's default seed
 */
public record PlannerSettings(double preferredDriverPenaltyKm, int moveThreadCount, SolverProfile profile,
        long randomSeed) {

    public static final double DEFAULT_PREFERRED_DRIVER_PENALTY_KM = 5.0;

    public PlannerSettings {
        if (preferredDriverPenaltyKm < 0) {
            throw new IllegalArgumentException("preferredDriverPenaltyKm must be ≥ 0: " + preferredDriverPenaltyKm);
        }
        if (moveThreadCount < 0) {
            throw new IllegalArgumentException("moveThreadCount must be ≥ 0: " + moveThreadCount);
        }
    }

    public static PlannerSettings defaults() {
        return new PlannerSettings(DEFAULT_PREFERRED_DRIVER_PENALTY_KM, 0, SolverProfile.DEFAULT, 0);
    }

    public PlannerSettings withPreferredDriverPenaltyKm(double km) {
        return new PlannerSettings(km, moveThreadCount, profile, randomSeed);
    }

    public PlannerSettings withMoveThreadCount(int threads) {
        return new PlannerSettings(preferredDriverPenaltyKm, threads, profile, randomSeed);
    }

    public PlannerSettings withProfile(SolverProfile newProfile) {
        return new PlannerSettings(preferredDriverPenaltyKm, moveThreadCount, newProfile, randomSeed);
    }

    public PlannerSettings withRandomSeed(long seed) {
        return new PlannerSettings(preferredDriverPenaltyKm, moveThreadCount, profile, seed);
    }
}
