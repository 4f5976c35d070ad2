package no.smartmat.planner.solver;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A local search configuration. The benchmark compares these by name ({@code --profile}); the planner
 * uses {@link #DEFAULT}, the best measured (see the planner README).
 *
 * @param acceptor late acceptance or tabu search
 * @param acceptorSize late acceptance list size, or tabu size (moves)
 * @param acceptedCountLimit forager: moves evaluated per step once one is accepted
 * @param nearbySize maximum of the parabolic nearby distribution (0 = no nearby selection)
 * @param subLists also move and swap sub-lists of stops (and reverse them)
 * @param twoOpt also OptaPlanner's 2-opt moves (only when nothing is pinned: its k-opt selector yields
 *        no moves at all behind a move filter in 10.2)
 * @param ruinWeight selection weight of ruin-and-recreate moves against 1.0 for each other kind (0 = off)
 * @param ruinMaxRemoved most stops one ruin-and-recreate move removes
 * @param routeRemovalRate share of ruin-and-recreate moves that empty a whole route instead
 */
public record SolverProfile(String name, Acceptor acceptor, int acceptorSize, int acceptedCountLimit,
        int nearbySize, boolean subLists, boolean twoOpt, double ruinWeight, int ruinMaxRemoved,
        double routeRemovalRate) {

    public enum Acceptor { LATE_ACCEPTANCE, TABU }

    /**
     * Late acceptance with nearby list moves, sub-list moves and ruin and recreate: best measured. Its size
     * 2000 is for 100 stops and 60 s; shorter and larger solves use a shorter list ({@link #acceptorSizeFor}).
     */
    public static final SolverProfile DEFAULT =
            new SolverProfile("default", Acceptor.LATE_ACCEPTANCE, 2000, 1, 40, true, false, 1.0, 20, 0);

    /** The configurations compared in the planner README (names as in its tables). */
    public static final List<SolverProfile> PRESETS = List.of(
            DEFAULT,
            new SolverProfile("la200-2opt", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, true, true, 0, 0, 0),
            new SolverProfile("la200", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, true, false, 0, 0, 0),
            new SolverProfile("la200-rr", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, true, false, 1.0, 20, 0),
            new SolverProfile("la200-rr-half", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, true, false, 0.5, 20, 0),
            new SolverProfile("la200-rr-double", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, true, false, 2.0, 20, 0),
            new SolverProfile("la1000-rr", Acceptor.LATE_ACCEPTANCE, 1000, 1, 40, true, false, 1.0, 20, 0),
            new SolverProfile("la1000-rr-route03", Acceptor.LATE_ACCEPTANCE, 1000, 1, 40, true, false, 1.0, 20, 0.03),
            new SolverProfile("la1000-rr-route10", Acceptor.LATE_ACCEPTANCE, 1000, 1, 40, true, false, 1.0, 20, 0.1),
            new SolverProfile("la1000-rr-n20", Acceptor.LATE_ACCEPTANCE, 1000, 1, 20, true, false, 1.0, 20, 0),
            new SolverProfile("la1000-rr-no-nearby", Acceptor.LATE_ACCEPTANCE, 1000, 1, 0, true, false, 1.0, 20, 0),
            new SolverProfile("tabu-rr", Acceptor.TABU, 7, 100, 40, true, false, 1.0, 20, 0));

    /**
     * Late acceptance needs steps to pay off, and a solve gets fewer steps when it is shorter or larger.
     * Measured: at 100 stops a list of 1000 beat 2000 at 20 s and lost to it at 60 s; at 1000 stops and
     * 20 s a list of 200 beat 667 by half the gap, and the step rate there is a fifth of that at 100 stops
     * (it falls about as n^0.7). So the profile's size holds for 100 stops and 60 s or more (or a solve the
     * caller stops) and shrinks in proportion to the time limit and to (100 / stops)^0.7, never below 100.
     * Tabu sizes are used as they are.
     */
    public int acceptorSizeFor(SolveLimits limits, int stopCount) {
        if (acceptor != Acceptor.LATE_ACCEPTANCE) {
            return acceptorSize;
        }
        double time = limits.timeLimit().map(t -> Math.min(1.0, t.toMillis() / 60_000.0)).orElse(1.0);
        double size = Math.min(1.0, Math.pow(100.0 / Math.max(1, stopCount), 0.7));
        return Math.max(Math.min(100, acceptorSize), (int) Math.round(acceptorSize * time * size));
    }

    public static Optional<SolverProfile> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return PRESETS.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }
}
