package no.smartmat.planner.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.AbstractSolver;

import no.smartmat.planner.model.RouteSchedule;
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
            listener.accept(progress(solution, initialPlan.score(), initialPlan.feasible(), total, startedNanos));
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
                    throttle.offer(score.toString(), score.hardScore() == 0, best.assignedCount(),
                            () -> progress(best, score.toString(), score.hardScore() == 0, total, startedNanos));
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
            throttle.last(plan.score(), () -> progress(best, plan.score(), plan.feasible(), total, startedNanos));
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
        private String lastScore;
        private boolean lastFeasible;
        private int lastAssigned = -1;
        private Supplier<Progress> pending;
        private long lastSentAt;

        ProgressThrottle(Consumer<Progress> listener) {
            this.listener = listener;
        }

        /** {@code progress} is only built for the events that are passed on (its distance and rules take a moment). */
        void offer(String score, boolean feasible, int assigned, Supplier<Progress> progress) {
            long now = System.nanoTime();
            boolean changed = lastScore == null || lastFeasible != feasible || lastAssigned != assigned;
            if (changed || now - lastSentAt >= INTERVAL_NANOS) {
                send(progress.get(), now);
            } else {
                pending = progress;
            }
        }

        void last(String score, Supplier<Progress> progress) {
            if (lastScore == null || !lastScore.equals(score) || pending != null) {
                send(progress.get(), System.nanoTime());
            }
        }

        private void send(Progress p, long now) {
            listener.accept(p);
            lastScore = p.bestScore();
            lastFeasible = p.feasible();
            lastAssigned = p.assigned();
            lastSentAt = now;
            pending = null;
        }
    }

    /** Where a solution stands, for the person waiting: stops placed, distance, the hard rules still broken. */
    private static Progress progress(RoutingSolution solution, String score, boolean feasible, int total, long startedNanos) {
        List<RouteSchedule> schedules = PlanBuilder.schedules(solution.instance(), RoutingSolutions.routes(solution));
        double distance = 0;
        int assigned = 0;
        for (RouteSchedule r : schedules) {
            distance += r.exactDistance();
            assigned += r.size();
        }
        return new Progress(score, elapsed(startedNanos), assigned, total, feasible, distance, BrokenRules.of(schedules));
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
