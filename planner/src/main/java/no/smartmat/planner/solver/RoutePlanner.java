package no.smartmat.planner.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.model.Vehicle;
import no.smartmat.planner.scenario.FieldError;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.ScenarioRules;
import no.smartmat.planner.solomon.SolomonInstance;

/**
 * Plans a day (a scenario) or a Solomon instance. {@link #start} solves on a background thread and reports
 * each better plan as {@link Progress}; {@link #solve} blocks. Pinned stops stay where they are; a
 * warm-start plan is the starting point of a re-solve after the coordinator changed something.
 */
public final class RoutePlanner {

    private final PlannerSettings settings;

    public RoutePlanner(PlannerSettings settings) {
        this.settings = settings;
    }

    public RoutePlanner() {
        this(PlannerSettings.defaults());
    }

    public PlannerSettings settings() {
        return settings;
    }

    /**
     * @throws IllegalArgumentException when the scenario breaks {@link ScenarioRules} (files read with
     *         {@code ScenarioJson} have been checked already)
     */
    public SolveHandle start(Scenario scenario, Optional<Plan> warmStart, SolveLimits limits,
            Consumer<Progress> listener) {
        List<FieldError> errors = ScenarioRules.check(scenario);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid scenario: " + errors);
        }
        long started = System.nanoTime();
        RoutingInstance instance = RoutingInstance.fromScenario(scenario, settings.preferredDriverPenaltyKm());
        return start(instance, warmStart.map(Plan::assignment), limits, listener, started);
    }

    public Plan solve(Scenario scenario, Optional<Plan> warmStart, SolveLimits limits) {
        return start(scenario, warmStart, limits, p -> { }).await();
    }

    /** Solomon: minimise distance with at most the instance's vehicles. */
    public SolveHandle start(SolomonInstance instance, SolveLimits limits, Consumer<Progress> listener) {
        long started = System.nanoTime();
        return start(RoutingInstance.fromSolomon(instance), Optional.empty(), limits, listener, started);
    }

    public Plan solve(SolomonInstance instance, SolveLimits limits) {
        return start(instance, limits, p -> { }).await();
    }

    private SolveHandle start(RoutingInstance instance, Optional<Map<String, List<String>>> warmStart,
            SolveLimits limits, Consumer<Progress> listener, long startedNanos) {
        SolveHandle handle = new SolveHandle();
        Thread thread = new Thread(() -> run(instance, warmStart, limits, listener, startedNanos, handle),
                "smartmat-solver-" + instance.name());
        thread.setDaemon(true);
        thread.start();
        return handle;
    }

    private void run(RoutingInstance instance, Optional<Map<String, List<String>>> warmStart, SolveLimits limits,
            Consumer<Progress> listener, long startedNanos, SolveHandle handle) {
        try {
            InitialRoutes initial = InitialRoutes.build(instance, warmStart);
            RoutingSolution solution = RoutingSolutions.create(instance, initial);
            Plan initialPlan = toPlan(solution);
            int total = instance.stops().size();
            listener.accept(new Progress(initialPlan.score(), elapsed(startedNanos), initialPlan.totals().assigned(),
                    total, initialPlan.feasible()));
            if (handle.stopRequested() || !hasMovableStops(solution)) {
                handle.complete(initialPlan);
                return;
            }
            SolverFactory<RoutingSolution> factory = SolverConfigs.factory(settings, limits);
            Solver<RoutingSolution> solver = factory.buildSolver();
            solver.addEventListener(event -> {
                RoutingSolution best = event.getNewBestSolution();
                HardMediumSoftLongScore score = best.getScore();
                if (score != null && score.isSolutionInitialized()) {
                    listener.accept(new Progress(score.toString(), elapsed(startedNanos), best.assignedCount(), total,
                            score.hardScore() == 0));
                }
            });
            handle.attach(solver);
            RoutingSolution best = solver.solve(solution);
            handle.complete(toPlan(best));
        } catch (RuntimeException | Error e) {
            handle.fail(e);
        }
    }

    private static boolean hasMovableStops(RoutingSolution solution) {
        return solution.getVisits().stream().anyMatch(v -> !v.isPinned()) && solution.getVehicles().size() > 1;
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The plan of a solution, times recomputed from the rules. */
    static Plan toPlan(RoutingSolution solution) {
        List<Integer> unassigned = new ArrayList<>();
        for (Vehicle v : solution.getVehicles()) {
            if (v.isBucket()) {
                v.getVisits().forEach(x -> unassigned.add(x.stop().index()));
            }
        }
        return PlanBuilder.build(solution.instance(), RoutingSolutions.routes(solution), unassigned);
    }
}
