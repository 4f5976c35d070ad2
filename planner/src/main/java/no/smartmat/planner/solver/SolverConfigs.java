package no.smartmat.planner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import no.smartmat.planner.model.RoutingConstraints;
import no.smartmat.planner.model.RoutingMoveFilter;
import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.model.Vehicle;
import no.smartmat.planner.model.Visit;
import no.smartmat.planner.model.VisitNearbyDistanceMeter;

/**
 * Builds the OptaPlanner configuration in code, so the benchmark can vary it. There is no construction
 * heuristic phase: {@link InitialRoutes} hands the solver a complete starting plan.
 */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    public static SolverConfig build(PlannerSettings settings, SolveLimits limits, int stopCount,
            boolean hasPins) {
        return build(settings, limits, stopCount, hasPins, EnvironmentMode.REPRODUCIBLE);
    }

    /**
     * @param stopCount stops of the problem (sizes the late acceptance list)
     * @param hasPins some stops are pinned: leaves out the one move kind that cannot be filtered
     */
    public static SolverConfig build(PlannerSettings settings, SolveLimits limits, int stopCount, boolean hasPins,
            EnvironmentMode mode) {
        SolverProfile p = settings.profile();
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(mode)
                .withSolutionClass(RoutingSolution.class)
                .withEntityClasses(Vehicle.class, Visit.class)
                .withConstraintProviderClass(RoutingConstraints.class)
                .withPhases(localSearch(p, p.acceptorSizeFor(limits, stopCount), hasPins));
        TerminationConfig termination = new TerminationConfig();
        limits.timeLimit().ifPresent(termination::setSpentLimit);
        limits.unimprovedLimit().ifPresent(termination::setUnimprovedSpentLimit);
        config.setTerminationConfig(termination);
        if (settings.moveThreadCount() > 0) {
            config.setMoveThreadCount(Integer.toString(settings.moveThreadCount()));
        }
        if (settings.randomSeed() != 0) {
            config.setRandomSeed(settings.randomSeed());
        }
        return config;
    }

    public static SolverFactory<RoutingSolution> factory(PlannerSettings settings, SolveLimits limits,
            int stopCount, boolean hasPins) {
        return SolverFactory.create(build(settings, limits, stopCount, hasPins));
    }

    private static LocalSearchPhaseConfig localSearch(SolverProfile p, int acceptorSize, boolean hasPins) {
        List<MoveSelectorConfig> selectors = new ArrayList<>();
        selectors.add(listChange(p, "change"));
        selectors.add(listSwap(p, "swap"));
        if (p.subLists()) {
            selectors.add(new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true)
                    .withSubListSelectorConfig(new SubListSelectorConfig().withMaximumSubListSize(8)));
            selectors.add(new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true)
                    .withSubListSelectorConfig(new SubListSelectorConfig().withMaximumSubListSize(8)));
        }
        if (p.twoOpt() && !hasPins) {
            KOptListMoveSelectorConfig kopt = new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2);
            if (p.nearbySize() > 0) {
                kopt.setOriginSelectorConfig(new ValueSelectorConfig().withId("kopt"));
                kopt.setValueSelectorConfig(new ValueSelectorConfig().withNearbySelectionConfig(nearby("kopt", p)));
            }
            selectors.add(kopt);
        }
        if (p.nearbySize() > 0) {
            // without nearby, a stop can still go anywhere, including out of or into the unassigned bucket
            selectors.add(new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(0.2));
        }
        for (MoveSelectorConfig s : selectors) {
            if (!(s instanceof KOptListMoveSelectorConfig)) {
                s.setFilterClass(RoutingMoveFilter.class);
            }
        }
        if (p.ruinWeight() > 0) {
            // unfiltered: the factory itself keeps pins and never shuffles the bucket alone
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class)
                    .withMoveIteratorFactoryCustomProperties(Map.of(
                            "maxRemoved", Integer.toString(p.ruinMaxRemoved()),
                            "routeRemovalRate", Double.toString(p.routeRemovalRate())))
                    .withFixedProbabilityWeight(p.ruinWeight()));
        }
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        switch (p.acceptor()) {
            case LATE_ACCEPTANCE -> acceptor.setLateAcceptanceSize(acceptorSize);
            case TABU -> acceptor.setMoveTabuSize(acceptorSize);
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(selectors))
                .withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(p.acceptedCountLimit()));
    }

    private static NearbySelectionConfig nearby(String originId, SolverProfile p) {
        return new NearbySelectionConfig()
                .withOriginValueSelectorConfig(new ValueSelectorConfig().withMimicSelectorRef(originId))
                .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(p.nearbySize());
    }

    private static MoveSelectorConfig listChange(SolverProfile p, String id) {
        ListChangeMoveSelectorConfig c = new ListChangeMoveSelectorConfig();
        if (p.nearbySize() > 0) {
            c.setValueSelectorConfig(new ValueSelectorConfig().withId(id));
            c.setDestinationSelectorConfig(new DestinationSelectorConfig().withNearbySelectionConfig(nearby(id, p)));
        }
        return c;
    }

    private static MoveSelectorConfig listSwap(SolverProfile p, String id) {
        ListSwapMoveSelectorConfig c = new ListSwapMoveSelectorConfig();
        if (p.nearbySize() > 0) {
            c.setValueSelectorConfig(new ValueSelectorConfig().withId(id));
            c.setSecondaryValueSelectorConfig(new ValueSelectorConfig().withNearbySelectionConfig(nearby(id, p)));
        }
        return c;
    }
}
