package no.smartmat.planner.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smartmat.planner.testing.TestData;

class ScenarioJsonTest {

    /** The example of formats.md, verbatim. */
    private static final String FORMATS_EXAMPLE = """
            {
              "format": "smartmat-scenario/1",
              "date": "2026-12-01",
              "timezone": "Europe/Oslo",
              "depot": {"id": "DEPOT", "name": "Storkjøkkenet", "lat": 59.8907, "lon": 10.5246},
              "travel": {"model": "haversine", "detourFactor": 1.35, "speedKmh": 30},
              "vehicles": [
                {"id": "BIL-1", "driverId": "D-01", "shiftStart": "08:30", "shiftEnd": "15:30",
                 "capacity": {"chilled": 45, "frozen": 14, "ambient": 45}}
              ],
              "stops": [
                {"id": "S-0001", "clientId": "K-10443", "lat": 59.9183, "lon": 10.588,
                 "windowStart": "11:00", "windowEnd": "13:00", "serviceMinutes": 7,
                 "demand": {"chilled": 2, "frozen": 1, "ambient": 2},
                 "preferredDriverId": "D-01"}
              ]
            }
            """;

    @Test
    void readsTheExampleOfTheFormatDescription() {
        Scenario s = ScenarioJson.parse(FORMATS_EXAMPLE).orElseThrow();
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.depot().name()).isEqualTo("Storkjøkkenet");
        assertThat(s.travel()).isEqualTo(new Travel("haversine", 1.35, 30));
        assertThat(s.vehicles()).containsExactly(new VehicleSpec("BIL-1", Optional.of("D-01"), LocalTime.of(8, 30),
                LocalTime.of(15, 30), new Capacity(45, 14, 45)));
        StopSpec stop = s.stops().getFirst();
        assertThat(stop.windowEnd()).isEqualTo(LocalTime.of(13, 0));
        assertThat(stop.demand()).isEqualTo(new Capacity(2, 1, 2));
        assertThat(stop.preferredDriverId()).contains("D-01");
        assertThat(stop.pin()).isEmpty();
    }

    @Test
    void roundTripsAScenarioWithPinsAndOptionalFieldsLeftOut(@TempDir Path dir) {
        Scenario day = TestData.smallDay();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(2, TestData.pinned(stops.get(2), "BIL-2", 0));
        Scenario pinned = day.withStops(stops);
        Path file = dir.resolve("day.json");
        ScenarioJson.write(pinned, file);
        assertThat(ScenarioJson.read(file).orElseThrow()).isEqualTo(pinned);
        assertThat(ScenarioJson.toJson(pinned)).contains("\"pin\"").doesNotContain("null");
    }

    @Test
    void aMissingCompartmentIsZero() {
        String json = FORMATS_EXAMPLE.replace("\"demand\": {\"chilled\": 2, \"frozen\": 1, \"ambient\": 2}",
                "\"demand\": {\"chilled\": 2}");
        assertThat(ScenarioJson.parse(json).orElseThrow().stops().getFirst().demand()).isEqualTo(new Capacity(2, 0, 0));
    }

    @Test
    void rejectsAnImpossibleTimeNamingTheField() {
        String json = FORMATS_EXAMPLE.replace("\"windowEnd\": \"13:00\"", "\"windowEnd\": \"25:00\"");
        ReadResult<Scenario> result = ScenarioJson.parse(json);
        assertThat(result.isOk()).isFalse();
        assertThat(result.errors()).extracting(Object::toString)
                .containsExactly("stops[0].windowEnd: \"25:00\" is not a time HH:MM");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        String json = FORMATS_EXAMPLE
                .replace("\"serviceMinutes\": 7", "\"serviceMinutes\": \"7\"")
                .replace("\"lat\": 59.9183", "\"lat\": 159.9183")
                .replace("\"shiftEnd\": \"15:30\"", "\"shiftEnd\": \"08:00\"")
                .replace("\"clientId\": \"K-10443\", ", "");
        ReadResult<Scenario> result = ScenarioJson.parse(json);
        assertThat(result.errors()).extracting(FieldError::field)
                .contains("stops[0].serviceMinutes", "stops[0].lat", "stops[0].clientId");
        assertThat(result.describe()).contains("stops[0].serviceMinutes: \"7\" is not a whole number")
                .contains("stops[0].clientId: missing");
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        String json = FORMATS_EXAMPLE.replace("\"windowStart\": \"11:00\"", "\"windowStart\": \"14:00\"");
        assertThat(ScenarioJson.parse(json).errors()).extracting(Object::toString)
                .containsExactly("stops[0].windowEnd: 13:00 is before windowStart 14:00");
    }

    @Test
    void rejectsAShiftThatEndsBeforeItStarts() {
        String json = FORMATS_EXAMPLE.replace("\"shiftEnd\": \"15:30\"", "\"shiftEnd\": \"08:00\"");
        assertThat(ScenarioJson.parse(json).errors()).extracting(Object::toString)
                .containsExactly("vehicles[0].shiftEnd: 08:00 is not after shiftStart 08:30");
    }

    @Test
    void rejectsDuplicateStopIds() {
        Scenario day = TestData.smallDay();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.add(stops.getFirst());
        ReadResult<Scenario> result = ScenarioJson.parse(ScenarioJson.toJson(day.withStops(stops)));
        assertThat(result.errors()).extracting(Object::toString)
                .containsExactly("stops[12].id: \"S-01\" is used by stops[0] too");
    }

    @Test
    void rejectsAPinToAnUnknownVehicleOrATakenPosition() {
        Scenario day = TestData.smallDay();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(0, TestData.pinned(stops.get(0), "BIL-9", 0));
        stops.set(1, TestData.pinned(stops.get(1), "BIL-1", 3));
        stops.set(2, TestData.pinned(stops.get(2), "BIL-1", 3));
        ReadResult<Scenario> result = ScenarioJson.parse(ScenarioJson.toJson(day.withStops(stops)));
        assertThat(result.errors()).extracting(Object::toString).containsExactly(
                "stops[0].pin.vehicleId: \"BIL-9\" is not a vehicle of this scenario",
                "stops[2].pin: position 3 of \"BIL-1\" is pinned by stops[1] too");
    }

    @Test
    void rejectsAnUnknownTravelModelAndAWrongFormat() {
        String json = FORMATS_EXAMPLE.replace("haversine", "osrm").replace("smartmat-scenario/1", "smartmat-plan/1");
        assertThat(ScenarioJson.parse(json).errors()).extracting(Object::toString).containsExactly(
                "format: \"smartmat-plan/1\" is not \"smartmat-scenario/1\"",
                "travel.model: \"osrm\" is not a known travel model (known: \"haversine\")");
    }

    @Test
    void namesTheLineAndColumnOfBrokenJson() {
        ReadResult<Scenario> result = ScenarioJson.parse("{\n  \"format\": \"smartmat-scenario/1\",\n  \"date\": }");
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().getFirst().field()).isEqualTo("line 3, column 11");
        assertThat(result.errors().getFirst().message()).startsWith("not valid JSON");
    }

    @Test
    void aMissingFileIsAnErrorValueNotAnException(@TempDir Path dir) {
        ReadResult<Scenario> result = ScenarioJson.read(dir.resolve("nope.json"));
        assertThat(result.describe()).endsWith("nope.json: file: not found");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(ReadResult.InvalidInputException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void ignoresUnknownFieldsSoTheFormatCanGrow(@TempDir Path dir) throws Exception {
        String json = FORMATS_EXAMPLE.replace("\"timezone\": \"Europe/Oslo\",",
                "\"timezone\": \"Europe/Oslo\", \"area\": \"Bærum vest\",");
        Path file = dir.resolve("grown.json");
        Files.writeString(file, json);
        assertThat(ScenarioJson.read(file).isOk()).isTrue();
    }
}
