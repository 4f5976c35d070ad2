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
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.AbstractSolver;

import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.model.Vehicle;
import no.smartmat.planner.model.Visit;
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
            boolean hasPins = solution.getVisits().stream().anyMatch(Visit::isPinned);
            SolverFactory<RoutingSolution> factory = SolverConfigs.factory(settings, limits, total, hasPins);
            Solver<RoutingSolution> solver = factory.buildSolver();
            ProgressThrottle throttle = new ProgressThrottle(listener);
            solver.addEventListener(event -> {
                RoutingSolution best = event.getNewBestSolution();
                HardMediumSoftLongScore score = best.getScore();
                if (score != null && score.isSolutionInitialized()) {
                    throttle.offer(new Progress(score.toString(), elapsed(startedNanos), best.assignedCount(), total,
                            score.hardScore() == 0));
                }
            });
            if (solver instanceof AbstractSolver<RoutingSolution> impl) {
                // OptaPlanner forgets a terminateEarly() made before solve() has started (it resets the flag), so
                // a stop asked for while the solver was being built is repeated once the first phase starts.
                impl.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                    @Override
                    public void phaseStarted(AbstractPhaseScope<RoutingSolution> phaseScope) {
                        if (handle.stopRequested()) {
                            solver.terminateEarly();
                        }
                    }
                });
            }
            handle.attach(solver);
            RoutingSolution best = solver.solve(solution);
            Plan plan = toPlan(best);
            throttle.last(new Progress(plan.score(), elapsed(startedNanos), plan.totals().assigned(), total,
                    plan.feasible()));
            handle.complete(plan);
        } catch (RuntimeException | Error e) {
            handle.fail(e);
        }
    }

    /**
     * Early in a solve a new best plan comes thousands of times a second; a view needs a few. Passes at most
     * one event per 100 ms, except that a change in feasibility or in the number of assigned stops always
     * goes through, and the final plan's event is always sent.
     */
    private static final class ProgressThrottle {
        private static final long INTERVAL_NANOS = 100_000_000L;
        private final Consumer<Progress> listener;
        private Progress lastSent;
        private Progress pending;
        private long lastSentAt;

        ProgressThrottle(Consumer<Progress> listener) {
            this.listener = listener;
        }

        void offer(Progress p) {
            long now = System.nanoTime();
            boolean changed = lastSent == null || lastSent.feasible() != p.feasible() || lastSent.assigned() != p.assigned();
            if (changed || now - lastSentAt >= INTERVAL_NANOS) {
                send(p, now);
            } else {
                pending = p;
            }
        }

        void last(Progress p) {
            if (lastSent == null || !lastSent.bestScore().equals(p.bestScore()) || pending != null) {
                send(p, System.nanoTime());
            }
        }

        private void send(Progress p, long now) {
            listener.accept(p);
            lastSent = p;
            lastSentAt = now;
            pending = null;
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
