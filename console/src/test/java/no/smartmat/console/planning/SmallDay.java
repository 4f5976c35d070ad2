package no.smartmat.console.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Depot;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.Travel;
import no.smartmat.planner.scenario.VehicleSpec;
import no.smartmat.planner.solver.PlanEvaluator;

/**
 * A small delivery day built by hand for the planning view-model tests: a depot in Sandvika, three vans (BIL-1..3
 * with drivers D-1..D-3), and stops S-1..S-6 east of the depot, about a kilometre apart on a line, so the shortest
 * order is obvious. Evaluated with the planner's real {@link PlanEvaluator}.
 */
final class SmallDay {

    static final LocalDate DATE = LocalDate.of(2026, 11, 23);
    static final double DEPOT_LAT = 59.89, DEPOT_LON = 10.52;
    static final PlanEvaluator EVALUATOR = new PlanEvaluator();
    static final PlanWorkbench.Evaluator EVALUATE = (day, assignment) -> EVALUATOR.evaluate(day.scenario(), assignment);

    private SmallDay() {}

    /** Stop i (1-based) lies i × 0.018° east of the depot (about 1 km), window 08:00–15:00 unless changed. */
    static DayScenario day(Capacity vanCapacity, Map<Integer, LocalTime[]> windows) {
        List<VehicleSpec> vans = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            vans.add(new VehicleSpec("BIL-" + v, Optional.of("D-" + v), LocalTime.of(8, 0), LocalTime.of(15, 0), vanCapacity));
        }
        List<StopSpec> stops = new ArrayList<>();
        Map<String, DayScenario.StopInfo> infos = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            String id = DayScenario.plannerId(i);
            LocalTime[] w = windows.getOrDefault(i, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(15, 0)});
            Optional<String> regular = Optional.of(i <= 3 ? "D-1" : "D-2");
            stops.add(new StopSpec(id, "K-" + i, DEPOT_LAT, DEPOT_LON + i * 0.018, w[0], w[1], 5, new Capacity(2, 1, 1),
                    regular, Optional.empty()));
            infos.put(id, new DayScenario.StopInfo(i, id, 100 + i, "K-" + i, "Kåre Østby " + i, "Bærumsveien " + i,
                    i <= 3 ? "Sandvika" : "Høvik", regular));
        }
        Scenario scenario = new Scenario(DATE, "Europe/Oslo", new Depot("DEPOT", "Storkjøkkenet", DEPOT_LAT, DEPOT_LON),
                new Travel(Travel.HAVERSINE, 1.35, 30.0), vans, stops);
        return new DayScenario(DATE, scenario, infos, List.of());
    }

    static DayScenario day() {
        return day(new Capacity(10, 4, 10), Map.of());
    }

    /** BIL-1: S-1, S-2, S-3; BIL-2: S-4, S-5; BIL-3 empty; S-6 unassigned. */
    static Map<String, List<String>> startingAssignment() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("BIL-1", new ArrayList<>(List.of("S-1", "S-2", "S-3")));
        a.put("BIL-2", new ArrayList<>(List.of("S-4", "S-5")));
        a.put("BIL-3", new ArrayList<>());
        return a;
    }

    static PlanWorkbench bench(DayScenario day) {
        PlanWorkbench bench = new PlanWorkbench(day, EVALUATE);
        bench.open(day, Optional.empty(), Optional.of(EVALUATE.evaluate(day, startingAssignment()).plan()));
        return bench;
    }
}
