package no.smartmat.console.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.solver.Evaluation;
import no.smartmat.planner.solver.PlanEvaluator;
import no.smartmat.planner.solver.PlannerSettings;
import no.smartmat.planner.solver.Progress;
import no.smartmat.planner.solver.RoutePlanner;
import no.smartmat.planner.solver.SolveHandle;
import no.smartmat.planner.solver.SolveLimits;
import no.smartmat.planner.solver.SolverProfile;

/**
 * Planning a delivery day: the day's scenario from the database (with the coordinator's pins), solving
 * (from scratch or from the current plan), saving each result as a new version, and publishing one version
 * as the plan labels and manifests print from. A published plan is never overwritten: a new version
 * supersedes it, and the audit log records who changed what.
 */
public final class PlanningService {

    private final Database db;
    private final ScenarioExporter exporter;
    private final PlanRepository plans;
    private final AuditLog audit;
    private final Clock clock;
    private final PlanningSettings settings;
    private final PlannerSettings plannerSettings;
    private final ChangesAfterPublishing changes;

    public PlanningService(Database db, ScenarioExporter exporter, PlanRepository plans, ChangesAfterPublishing changes,
                           AuditLog audit, Clock clock, PlanningSettings settings) {
        this.db = db;
        this.exporter = exporter;
        this.plans = plans;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.plannerSettings = new PlannerSettings(settings.preferredDriverPenaltyKm(), 0, SolverProfile.DEFAULT, 0);
    }

    public PlanningSettings settings() {
        return settings;
    }

    /** The day as the planner sees it, with the stops pinned in the latest version of its plan. */
    public DayScenario scenario(LocalDate date) {
        return exporter.export(db.dsl(), date, pins(latest(date)));
    }

    /** The day with exactly these pins (the coordinator's current choice in the Planlegging screen). */
    public DayScenario scenario(LocalDate date, Map<String, Pin> pins) {
        return exporter.export(db.dsl(), date, pins);
    }

    /** The day the Planlegging screen opens on: {@code today} if it has deliveries, else the next day that has. */
    public LocalDate deliveryDayFrom(LocalDate today) {
        return exporter.firstDeliveryDay(db.dsl(), today).orElse(today);
    }

    /** Area names and centres for the planning map. */
    public List<AreaCentre> areaCentres() {
        return exporter.areaCentres(db.dsl());
    }

    public Optional<StoredPlan> latest(LocalDate date) {
        return plans.latest(db.dsl(), date);
    }

    public Optional<StoredPlan> published(LocalDate date) {
        return plans.published(db.dsl(), date);
    }

    public Optional<StoredPlan> load(long planId) {
        return plans.load(db.dsl(), planId);
    }

    public List<StoredPlan> versions(LocalDate date) {
        return plans.versionIds(db.dsl(), date).stream().map(id -> plans.load(db.dsl(), id).orElseThrow()).toList();
    }

    /**
     * What changed on the day's stops after its plan was published and is still open («endret etter publisering»),
     * oldest first; empty when nothing did or the day has no published plan.
     */
    public List<PublishedChange> changesAfterPublishing(LocalDate date) {
        return changes.open(db.dsl(), date);
    }

    /**
     * The coordinator keeps the day's published plan as it is, with the changes made since (the documents still print
     * the published plan). Returns how many changes that closed; recorded in the audit log.
     */
    public int acceptChangesAfterPublishing(LocalDate date, CurrentUser by) {
        if (!by.role().canPlan()) {
            throw new IllegalStateException(by.username() + " may not plan");
        }
        return db.transaction(tx -> {
            List<PublishedChange> open = changes.open(tx, date);
            int closed = changes.accept(tx, date, by);
            if (closed > 0) {
                audit.record(tx, by, "ACCEPT_CHANGES", "plan", date + " v" + open.getFirst().planVersion(),
                        closed + " endringer etter publisering godtatt: " + open.stream()
                                .map(c -> c.clientNumber() + " " + c.kind()).distinct()
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
            return closed;
        });
    }

    /** Starts solving in the background. {@code from} is the plan to improve (re-solve), empty to start afresh. */
    public SolveHandle start(DayScenario day, Optional<Plan> from, SolveLimits limits, Consumer<Progress> progress) {
        return new RoutePlanner(plannerSettings).start(day.scenario(), from, limits, progress);
    }

    public SolveLimits defaultLimits() {
        return SolveLimits.seconds(settings.defaultSeconds()).withUnimproved(java.time.Duration.ofSeconds(settings.unimprovedSeconds()));
    }

    /** Times, loads and broken rules of an assignment (e.g. after the coordinator moved a stop by hand). */
    public Evaluation evaluate(DayScenario day, Map<String, List<String>> assignment) {
        return new PlanEvaluator(plannerSettings).evaluate(day.scenario(), assignment);
    }

    /** A stored version as the planner's plan of {@code day} (for re-solving and evaluating); stops no longer in the day drop out. */
    public Plan asPlannerPlan(DayScenario day, StoredPlan stored) {
        Map<String, List<String>> assignment = new LinkedHashMap<>();
        day.scenario().vehicles().forEach(v -> assignment.put(v.id(), new java.util.ArrayList<>()));
        for (StoredPlan.StoredRoute route : stored.routes()) {
            List<String> stops = assignment.get(route.vehicleCode());
            if (stops == null) {
                continue;
            }
            route.stops().stream().map(s -> DayScenario.plannerId(s.stopId())).filter(id -> day.spec(id).isPresent())
                    .forEach(stops::add);
        }
        return evaluate(day, assignment).plan();
    }

    /** Saves {@code plan} as the next draft version of the day. */
    public StoredPlan saveDraft(DayScenario day, Plan plan, Set<String> pinnedStopIds, CurrentUser by) {
        return db.transaction(tx -> {
            Optional<StoredPlan> previous = plans.latest(tx, day.date());
            long id = plans.insertDraft(tx, day.date(), plan, stopId -> day.spec(stopId).orElseThrow(), pinnedStopIds, by,
                    clock.instant(), "", previous.map(StoredPlan::id));
            StopStates.refresh(tx, day.date());
            StoredPlan saved = plans.load(tx, id).orElseThrow();
            String summary = PlanChanges.between(previous, saved).summary();
            audit.record(tx, by, "PLAN", "plan", day.date() + " v" + saved.version(),
                    plan.score() + "; " + (previous.isPresent() ? "mot v" + previous.get().version() + ": " : "") + summary);
            return saved;
        });
    }

    /**
     * Makes {@code planId} the day's published plan. The version published before it becomes superseded and
     * stays readable; the change against it is recorded.
     */
    public StoredPlan publish(long planId, CurrentUser by) {
        return db.transaction(tx -> {
            StoredPlan plan = plans.load(tx, planId).orElseThrow();
            Optional<StoredPlan> before = plans.published(tx, plan.date());
            if (before.isPresent() && before.get().id() == planId) {
                return plan;
            }
            before.ifPresent(b -> plans.setStatus(tx, b.id(), PlanStatus.SUPERSEDED));
            String summary = before.map(b -> "erstatter v" + b.version() + ": " + PlanChanges.between(before, plan).summary())
                    .orElse("første publiserte plan");
            plans.markPublished(tx, planId, by, clock.instant(), summary);
            StopStates.refresh(tx, plan.date());
            changes.replanned(tx, plan.date(), planId, by);
            audit.record(tx, by, "PUBLISH", "plan", plan.date() + " v" + plan.version(), summary);
            return plans.load(tx, planId).orElseThrow();
        });
    }

    /** Plans a day headless: solve (from the latest version when there is one), save, optionally publish. */
    public StoredPlan planDay(LocalDate date, SolveLimits limits, boolean publish, CurrentUser by, Consumer<Progress> progress) {
        DayScenario day = scenario(date);
        Optional<Plan> from = latest(date).map(stored -> asPlannerPlan(day, stored));
        Plan plan = start(day, from, limits, progress).await();
        StoredPlan saved = saveDraft(day, plan, pinnedIds(day), by);
        return publish ? publish(saved.id(), by) : saved;
    }

    static Set<String> pinnedIds(DayScenario day) {
        return day.scenario().stops().stream().filter(s -> s.pin().isPresent()).map(s -> s.id())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Map<String, Pin> pins(Optional<StoredPlan> plan) {
        Map<String, Pin> pins = new HashMap<>();
        plan.ifPresent(p -> p.routes().forEach(r -> {
            for (int i = 0; i < r.stops().size(); i++) {
                StoredPlan.StoredStop s = r.stops().get(i);
                if (s.pinned()) {
                    pins.put(DayScenario.plannerId(s.stopId()), new Pin(r.vehicleCode(), i));
                }
            }
        }));
        return pins;
    }
}
