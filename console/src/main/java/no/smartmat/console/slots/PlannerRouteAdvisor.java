package no.smartmat.console.slots;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DRIVER;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.planner.advice.AdvisorSettings;
import no.smartmat.planner.advice.CandidateStop;
import no.smartmat.planner.advice.CandidateWindow;
import no.smartmat.planner.advice.InsertionAdvisor;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import org.jooq.DSLContext;

/**
 * Asks the planner module's {@link InsertionAdvisor} about the day's current plan. A client who is already on
 * the day's routes is taken out first, so each window is judged as a move of their stop; a client with no order
 * that day is assumed to need {@code newStopDemand} (slots.yaml).
 */
public final class PlannerRouteAdvisor implements RouteAdvisor {

    private final PlanningService planning;
    private final InsertionAdvisor advisor;
    private final SlotSettings settings;

    public PlannerRouteAdvisor(PlanningService planning, SlotSettings settings) {
        this.planning = planning;
        this.settings = settings;
        this.advisor = new InsertionAdvisor(new AdvisorSettings(settings.greenDetourKm(),
                planning.settings().preferredDriverPenaltyKm()));
    }

    @Override
    public Optional<Map<TimeWindow, WindowAdvice>> advise(DSLContext ctx, long clientId, LocalDate date, List<TimeWindow> windows) {
        // The day is driven by its published plan, else by the newest draft.
        Optional<StoredPlan> current = planning.published(date)
                .or(() -> planning.latest(date).filter(p -> p.status() == PlanStatus.DRAFT));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        DayScenario day = planning.scenario(date);
        Plan plan = planning.asPlannerPlan(day, current.get());
        var client = ctx.select(CLIENT.CLIENT_NUMBER, CLIENT.LAT, CLIENT.LON, CLIENT.SERVICE_MINUTES, DRIVER.CODE)
                .from(CLIENT).leftJoin(DRIVER).on(DRIVER.ID.eq(CLIENT.REGULAR_DRIVER_ID))
                .where(CLIENT.ID.eq(clientId)).fetchOptional();
        if (client.isEmpty() || client.get().value2() == null || client.get().value3() == null) {
            return Optional.empty();
        }
        Optional<StopSpec> own = day.stops().values().stream().filter(i -> i.clientId() == clientId).findFirst()
                .flatMap(i -> day.spec(i.plannerId()));
        Scenario others = own.map(o -> day.scenario().withStops(day.scenario().stops().stream()
                .filter(s -> !s.id().equals(o.id())).toList())).orElse(day.scenario());
        var d = settings.newStopDemand();
        CandidateStop candidate = new CandidateStop(client.get().value2(), client.get().value3(),
                own.map(StopSpec::serviceMinutes).orElse(client.get().value4()),
                own.map(StopSpec::demand).orElse(new Capacity(d.chilled(), d.frozen(), d.ambient())),
                Optional.ofNullable(client.get().value5()));
        List<no.smartmat.planner.advice.WindowAdvice> answers = advisor.advise(others, plan, candidate,
                windows.stream().map(w -> new CandidateWindow(w.start(), w.end())).toList());
        Map<TimeWindow, WindowAdvice> result = new LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            var a = answers.get(i);
            TimeWindow w = windows.get(i);
            UserMessage reason = a.reason().map(r -> UserMessage.of("slots.offer.reason.notFeasible." + r.obstacle(),
                    w.start().toString(), w.end().toString())).orElse(UserMessage.of("slots.offer.reason.feasible"));
            Optional<Double> detour = a.detourKm().isPresent() ? Optional.of(a.detourKm().getAsDouble()) : Optional.empty();
            result.put(w, new WindowAdvice(a.feasible(), reason, detour, a.green()));
        }
        return Optional.of(result);
    }
}
