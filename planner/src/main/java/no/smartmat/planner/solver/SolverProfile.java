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
 * @param twoOpt also 2-opt moves (reverse a part of a route, or swap route tails)
 */
public record SolverProfile(String name, Acceptor acceptor, int acceptorSize, int acceptedCountLimit,
        int nearbySize, boolean subLists, boolean twoOpt) {

    public enum Acceptor { LATE_ACCEPTANCE, TABU }

    public static final SolverProfile DEFAULT =
            new SolverProfile("default", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, true, true);

    public static final List<SolverProfile> PRESETS = List.of(
            DEFAULT,
            new SolverProfile("la400", Acceptor.LATE_ACCEPTANCE, 400, 1, 40, true, true),
            new SolverProfile("la50", Acceptor.LATE_ACCEPTANCE, 50, 1, 40, true, true),
            new SolverProfile("la200-n20", Acceptor.LATE_ACCEPTANCE, 200, 1, 20, true, true),
            new SolverProfile("la200-n80", Acceptor.LATE_ACCEPTANCE, 200, 1, 80, true, true),
            new SolverProfile("la200-no-nearby", Acceptor.LATE_ACCEPTANCE, 200, 1, 0, true, true),
            new SolverProfile("la200-basic", Acceptor.LATE_ACCEPTANCE, 200, 1, 40, false, false),
            new SolverProfile("tabu", Acceptor.TABU, 7, 1000, 40, true, true));

    public static Optional<SolverProfile> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return PRESETS.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }
}
