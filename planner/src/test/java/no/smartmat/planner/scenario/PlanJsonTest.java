package no.smartmat.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {

    private static final String FORMATS_EXAMPLE = """
            {
              "format": "smartmat-plan/1",
              "score": "0hard/0medium/-51234soft",
              "feasible": true,
              "routes": [
                {"vehicleId": "BIL-1", "driverId": "D-01", "departure": "08:30", "return": "13:58",
                 "distanceKm": 41.7,
                 "stops": [{"stopId": "S-0001", "arrival": "08:52", "serviceStart": "11:00", "departure": "11:07"}]}
              ],
              "unassigned": ["S-0302"],
              "totals": {"distanceKm": 512.3, "vehiclesUsed": 10, "assigned": 299,
                         "preferredDriverShare": 0.91}
            }
            """;

    private static PlanTime t(String hhmm) {
        return PlanTime.of(LocalTime.parse(hhmm));
    }

    @Test
    void readsTheExampleOfTheFormatDescription() {
        Plan plan = PlanJson.parse(FORMATS_EXAMPLE).orElseThrow();
        assertThat(plan.feasible()).isTrue();
        Route r = plan.routes().getFirst();
        assertThat(r.returnTime()).isEqualTo(t("13:58"));
        assertThat(r.stops()).containsExactly(new PlannedStop("S-0001", t("08:52"), t("11:00"), t("11:07")));
        assertThat(plan.unassigned()).containsExactly("S-0302");
        assertThat(plan.totals()).isEqualTo(new Totals(512.3, 10, 299, 0.91));
        assertThat(plan.assignment()).containsEntry("BIL-1", List.of("S-0001"));
    }

    @Test
    void roundTripsAClockPlanKeepingSeconds(@TempDir Path dir) {
        Plan plan = new Plan("0hard/-1medium/-900soft", true, List.of(new Route("BIL-2", Optional.empty(),
                t("08:30"), t("12:04:30"), 12.345, List.of(
                        new PlannedStop("S-1", t("08:41:07"), t("09:00"), t("09:05")),
                        new PlannedStop("S-2", t("09:13:59"), t("09:13:59"), t("09:20:59"))))),
                List.of("S-3"), new Totals(12.345, 1, 2, 1.0));
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        assertThat(PlanJson.read(file).orElseThrow()).isEqualTo(plan);
        assertThat(PlanJson.toJson(plan)).contains("\"return\" : \"12:04:30\"").contains("\"serviceStart\" : \"09:00\"")
                .doesNotContain("driverId");
    }

    @Test
    void roundTripsASolomonPlanWithNumericTimes() {
        Plan plan = new Plan("0hard/0medium/-8289366soft", true, List.of(new Route("0", Optional.empty(),
                PlanTime.units(0), PlanTime.units(1236.5), 828.9366, List.of(
                        new PlannedStop("5", PlanTime.units(15.2315), PlanTime.units(15.2315), PlanTime.units(105.2315))))),
                List.of(), new Totals(828.9366, 1, 1, 1.0));
        String json = PlanJson.toJson(plan);
        assertThat(json).contains("\"arrival\" : 15.2315");
        assertThat(PlanJson.parse(json).orElseThrow()).isEqualTo(plan);
    }

    @Test
    void rejectsABadPlanNamingTheFields() {
        String json = FORMATS_EXAMPLE.replace("\"serviceStart\": \"11:00\"", "\"serviceStart\": \"11.00\"")
                .replace("\"vehicleId\": \"BIL-1\", ", "");
        ReadResult<Plan> result = PlanJson.parse(json);
        assertThat(result.errors()).extracting(Object::toString).containsExactlyInAnyOrder(
                "routes[0].vehicleId: missing; expected a text",
                "routes[0].stops[0].serviceStart: \"11.00\" is not a time HH:MM");
    }
}
