package no.smartmat.console.planning;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanTime;
import no.smartmat.planner.scenario.PlannedStop;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.VehicleSpec;
import no.smartmat.planner.solver.Evaluation;
import no.smartmat.planner.solver.Violation;

/**
 * The coordinator's working copy of a day's plan in the Planlegging screen: the plan as solved or as opened from a
 * saved version, changed by hand (a stop moved to another van or position, pinned or unpinned), each change
 * re-evaluated at once so times, loads and broken rules are never stale, with undo and a comparison against the
 * plan before the last change.
 *
 * <p>Pins belong to stops, not to positions: a pinned stop stays pinned where the coordinator puts it, and the pin
 * handed to the solver is the stop's current van and position. The planner keeps a pinned stop's route start up to
 * it (see {@link Pin}), so stops in front of a pinned one are fixed too ({@link StopRow#fixedByPin()}).
 *
 * <p>Not thread-safe: the screen uses it on the JavaFX thread only. No JavaFX in here, so it is tested without a window.
 */
public final class PlanWorkbench {

    /** Re-evaluates an assignment (vehicle id to stop ids in order): {@link PlanningService#evaluate}. */
    @FunctionalInterface
    public interface Evaluator {
        Evaluation evaluate(DayScenario day, Map<String, List<String>> assignment);
    }

    /** Where a stop is: its van and its index in the route (0 = first after the depot). */
    public record Placement(String vehicleId, int index) {}

    private record Step(DayScenario day, Optional<Evaluation> evaluation, Set<String> pinned, boolean unsaved) {}

    private static final int UNDO_DEPTH = 50;

    private final Evaluator evaluator;
    private final Deque<Step> undo = new ArrayDeque<>();
    private DayScenario day;
    private Optional<Evaluation> evaluation = Optional.empty();
    private Set<String> pinned = new LinkedHashSet<>();
    private Optional<StoredPlan> version = Optional.empty();
    private boolean unsaved;

    public PlanWorkbench(DayScenario day, Evaluator evaluator) {
        this.day = day;
        this.evaluator = evaluator;
    }

    /**
     * Starts over on a freshly read day, showing {@code stored} (a saved version, as {@code plan} for this day) or
     * no plan. Forgets the undo history.
     */
    public void open(DayScenario newDay, Optional<StoredPlan> stored, Optional<Plan> plan) {
        day = newDay;
        undo.clear();
        evaluation = plan.map(p -> evaluator.evaluate(newDay, p.assignment()));
        pinned = new LinkedHashSet<>();
        stored.ifPresent(s -> s.routes().forEach(r -> r.stops().stream().filter(StoredPlan.StoredStop::pinned)
                .map(st -> DayScenario.plannerId(st.stopId())).filter(id -> newDay.spec(id).isPresent())
                .forEach(pinned::add)));
        version = stored;
        unsaved = false;
    }

    /** The solver's result for {@code solvedDay} (the day as read when solving started) becomes the current plan. */
    public void solved(DayScenario solvedDay, Plan plan) {
        remember();
        day = solvedDay;
        evaluation = Optional.of(evaluator.evaluate(solvedDay, plan.assignment()));
        pinned.removeIf(id -> placement(id).isEmpty());
        unsaved = true;
    }

    /**
     * Moves a stop to {@code vehicleId} at {@code index} (clamped to the route; 0 = first), or out of every route
     * when {@code vehicleId} is empty (which also unpins it). A pinned stop stays pinned at its new place.
     *
     * @return false when the stop is unknown or already there (nothing changes, nothing to undo)
     */
    public boolean move(String stopId, Optional<String> vehicleId, int index) {
        if (day.spec(stopId).isEmpty() || evaluation.isEmpty()
                || vehicleId.filter(v -> day.scenario().vehicle(v).isEmpty()).isPresent()) {
            return false;
        }
        Map<String, List<String>> assignment = assignment();
        Optional<Placement> from = placement(stopId);
        from.ifPresent(p -> assignment.get(p.vehicleId()).remove(stopId));
        if (vehicleId.isPresent()) {
            List<String> target = assignment.get(vehicleId.get());
            int at = Math.clamp(index, 0, target.size());
            if (from.isPresent() && from.get().vehicleId().equals(vehicleId.get()) && from.get().index() == at) {
                return false;
            }
            target.add(at, stopId);
        } else if (from.isEmpty()) {
            return false;
        }
        remember();
        if (vehicleId.isEmpty()) {
            pinned.remove(stopId);
        }
        evaluation = Optional.of(evaluator.evaluate(day, assignment));
        unsaved = true;
        return true;
    }

    /**
     * Where in {@code vehicleId}'s route the stop fits best: fewest broken hard rules, then least lateness, then
     * least driving (each place tried and evaluated; a route has a few dozen stops). Index 0 when there is no plan.
     */
    public int bestIndex(String stopId, String vehicleId) {
        if (evaluation.isEmpty() || day.spec(stopId).isEmpty()) {
            return 0;
        }
        Map<String, List<String>> base = assignment();
        base.values().forEach(stops -> stops.remove(stopId));
        List<String> route = base.get(vehicleId);
        if (route == null) {
            return 0;
        }
        int best = route.size();
        double[] bestCost = null;
        for (int i = 0; i <= route.size(); i++) {
            route.add(i, stopId);
            Evaluation e = evaluator.evaluate(day, base);
            route.remove(i);
            double[] cost = {
                    e.violations().stream().filter(v -> v.kind().hard()).count(),
                    e.violations().stream().filter(v -> v.kind() == Violation.Kind.LATE).mapToDouble(Violation::amount).sum(),
                    e.plan().totals().distanceKm()};
            if (bestCost == null || java.util.Arrays.compare(cost, bestCost) < 0) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }

    /** Pins or unpins an assigned stop. @return false when nothing changes (unassigned stop, already so) */
    public boolean setPinned(String stopId, boolean pin) {
        if (pin == pinned.contains(stopId) || (pin && placement(stopId).isEmpty())) {
            return false;
        }
        remember();
        if (pin) {
            pinned.add(stopId);
        } else {
            pinned.remove(stopId);
        }
        unsaved = true;
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Goes back to before the last solve, move or pin. */
    public boolean undo() {
        Step step = undo.pollFirst();
        if (step == null) {
            return false;
        }
        day = step.day();
        evaluation = step.evaluation();
        pinned = new LinkedHashSet<>(step.pinned());
        unsaved = step.unsaved();
        return true;
    }

    /** The current plan was saved as {@code saved}: it is now that version. */
    public void savedAs(StoredPlan saved) {
        version = Optional.of(saved);
        unsaved = false;
        List<Step> steps = new ArrayList<>(undo);
        undo.clear();
        steps.forEach(s -> undo.addLast(new Step(s.day(), s.evaluation(), s.pinned(), true)));
    }

    /** A version of the day changed status elsewhere (published): keep showing it with its new status. */
    public void versionChanged(StoredPlan stored) {
        if (version.filter(v -> v.id() == stored.id()).isPresent()) {
            version = Optional.of(stored);
        }
    }

    public DayScenario day() {
        return day;
    }

    public Optional<Evaluation> evaluation() {
        return evaluation;
    }

    public Optional<Plan> plan() {
        return evaluation.map(Evaluation::plan);
    }

    /** The saved version the current plan is (or was changed from). */
    public Optional<StoredPlan> version() {
        return version;
    }

    /** Changed since it was opened or saved. */
    public boolean unsaved() {
        return unsaved;
    }

    public Optional<PlanFigures> figures() {
        return evaluation.map(PlanFigures::of);
    }

    /** The current plan against the one before the last solve or move (pins change no figure). */
    public Optional<PlanComparison> sinceLastChange() {
        return undo.stream().filter(s -> s.evaluation().isPresent() && s.evaluation().get() != evaluation.orElse(null)).findFirst()
                .flatMap(s -> evaluation.map(now -> new PlanComparison(PlanFigures.of(s.evaluation().get()), PlanFigures.of(now))));
    }

    /** Vehicle id to stop ids in driving order, every van of the day listed (a fresh, changeable copy). */
    public Map<String, List<String>> assignment() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        day.scenario().vehicles().forEach(v -> result.put(v.id(), new ArrayList<>()));
        plan().ifPresent(p -> p.routes().forEach(r -> result.computeIfAbsent(r.vehicleId(), k -> new ArrayList<>())
                .addAll(r.stopIds())));
        return result;
    }

    public Optional<Placement> placement(String stopId) {
        return plan().flatMap(p -> p.routes().stream().filter(r -> r.stopIds().contains(stopId)).findFirst()
                .map(r -> new Placement(r.vehicleId(), r.stopIds().indexOf(stopId))));
    }

    public boolean isPinned(String stopId) {
        return pinned.contains(stopId);
    }

    /** The pinned stops that are in a route (what a save records). */
    public Set<String> pinnedStopIds() {
        return Set.copyOf(pinned.stream().filter(id -> placement(id).isPresent()).toList());
    }

    /** The pins to solve with: each pinned stop at its current van and position. */
    public Map<String, Pin> pins() {
        Map<String, Pin> result = new HashMap<>();
        for (String id : pinned) {
            placement(id).ifPresent(p -> result.put(id, new Pin(p.vehicleId(), p.index())));
        }
        return result;
    }

    /** The van's colour index: its place among the day's vans, so a van keeps its colour through every change. */
    public int colour(String vehicleId) {
        List<VehicleSpec> vehicles = day.scenario().vehicles();
        for (int i = 0; i < vehicles.size(); i++) {
            if (vehicles.get(i).id().equals(vehicleId)) {
                return i;
            }
        }
        return -1;
    }

    /** Every van of the day, used or not, in the day's order. */
    public List<RouteRow> routeRows() {
        List<RouteRow> rows = new ArrayList<>();
        for (VehicleSpec v : day.scenario().vehicles()) {
            Optional<Route> route = plan().flatMap(p -> p.route(v.id()));
            List<Violation> problems = evaluation.map(e -> e.violationsOfVehicle(v.id()).stream()
                    .filter(x -> x.kind().hard()).toList()).orElse(List.of());
            int otherDriver = evaluation.map(e -> (int) e.violationsOfVehicle(v.id()).stream()
                    .filter(x -> x.kind() == Violation.Kind.OTHER_DRIVER).count()).orElse(0);
            List<String> stops = route.map(Route::stopIds).orElse(List.of());
            Capacity load = evaluation.flatMap(e -> Optional.ofNullable(e.loads().get(v.id()))).orElse(Capacity.ZERO);
            rows.add(new RouteRow(v.id(), colour(v.id()), v.driverId(), stops.size(),
                    route.map(Route::distanceKm).orElse(0.0), v.shiftStart(), v.shiftEnd(),
                    route.map(r -> clock(r.returnTime())), load, v.capacity(),
                    otherDriver, (int) stops.stream().filter(pinned::contains).count(), problems));
        }
        return rows;
    }

    /** A van's stops in driving order. */
    public List<StopRow> stopRows(String vehicleId) {
        Optional<Route> route = plan().flatMap(p -> p.route(vehicleId));
        if (route.isEmpty()) {
            return List.of();
        }
        List<PlannedStop> stops = route.get().stops();
        int lastPinned = -1;
        for (int i = 0; i < stops.size(); i++) {
            if (pinned.contains(stops.get(i).stopId())) {
                lastPinned = i;
            }
        }
        List<StopRow> rows = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            PlannedStop s = stops.get(i);
            rows.add(row(i + 1, s.stopId(), Optional.of(vehicleId), Optional.of(clock(s.arrival())),
                    Optional.of(clock(s.serviceStart())), route.get().driverId(), i < lastPinned && !pinned.contains(s.stopId())));
        }
        return rows;
    }

    /** Stops the plan leaves out (all of the day's stops before it is planned). */
    public List<StopRow> unassignedRows() {
        List<String> ids = plan().map(Plan::unassigned)
                .orElseGet(() -> day.scenario().stops().stream().map(StopSpec::id).toList());
        return ids.stream().map(id -> row(0, id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false))
                .toList();
    }

    /** The row of one stop wherever it is. */
    public Optional<StopRow> stopRow(String stopId) {
        return placement(stopId).map(p -> stopRows(p.vehicleId()).get(p.index()))
                .or(() -> unassignedRows().stream().filter(r -> r.stopId().equals(stopId)).findFirst());
    }

    private StopRow row(int position, String stopId, Optional<String> vehicleId, Optional<LocalTime> arrival,
                        Optional<LocalTime> serviceStart, Optional<String> servedBy, boolean fixedByPin) {
        List<Violation> violations = evaluation.map(e -> e.violationsOfStop(stopId).stream()
                .filter(v -> v.kind() != Violation.Kind.UNASSIGNED).toList()).orElse(List.of());
        return new StopRow(position, stopId, vehicleId, day.stops().get(stopId), day.spec(stopId).orElseThrow(), arrival,
                serviceStart, servedBy, pinned.contains(stopId), fixedByPin, violations);
    }

    /** The day on the map: depot, stops coloured by van, one line per used van, area names. */
    public PlanMapModel mapModel(List<AreaCentre> areas) {
        return PlanMapModel.of(this, areas);
    }

    private void remember() {
        undo.addFirst(new Step(day, evaluation, Set.copyOf(pinned), unsaved));
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
    }

    private static LocalTime clock(PlanTime time) {
        return time instanceof PlanTime.Clock(LocalTime t) ? t : LocalTime.MIN.plusSeconds(Math.round(time.value() * 60));
    }

    /**
     * What publishing the plan shown would do, for the question asked first: the version it becomes, the published
     * version it replaces, and the rules it breaks. Nothing to ask when {@link PublishPreview#needsConfirmation()} is false.
     */
    public record PublishPreview(int version, Optional<StoredPlan> replaces, int brokenRules, int unassigned) {
        public boolean needsConfirmation() {
            return replaces.isPresent() || brokenRules > 0 || unassigned > 0;
        }
    }

    /** {@code versions}: every saved version of the day. */
    public PublishPreview publishPreview(List<StoredPlan> versions) {
        int newVersion = unsaved() ? versions.stream().mapToInt(StoredPlan::version).max().orElse(0) + 1
                : version().map(StoredPlan::version).orElse(0);
        Optional<StoredPlan> published = versions.stream().filter(v -> v.status() == PlanStatus.PUBLISHED).findFirst();
        boolean replaces = published.isPresent() && (unsaved() || version().map(StoredPlan::id).orElse(-1L) != published.get().id());
        return new PublishPreview(newVersion, replaces ? published : Optional.empty(),
                figures().map(PlanFigures::hardViolations).orElse(0), figures().map(PlanFigures::unassigned).orElse(0));
    }
}
