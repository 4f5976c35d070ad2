package no.smartmat.planner.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and writes {@code smartmat-scenario/1} (formats.md). Reading never throws for a bad file: it
 * returns every problem with the field it is about, e.g. {@code stops[12].windowEnd: "25:00" is not a
 * time HH:MM}. Unknown fields are ignored, because the format grows by optional fields.
 */
public final class ScenarioJson {

    private ScenarioJson() {
    }

    public static ReadResult<Scenario> read(Path file) {
        return JsonFields.readFile(file, ScenarioJson::read);
    }

    public static ReadResult<Scenario> read(InputStream in) {
        return read(in, "scenario");
    }

    public static ReadResult<Scenario> parse(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "scenario");
    }

    /** {@code source} names the input in messages (a file name). */
    public static ReadResult<Scenario> read(InputStream in, String source) {
        // The rules across fields (ids unique, windows inside shifts...) only make sense on a file read cleanly.
        return JsonFields.readDocument(in, source, (root, f) -> readScenario(root, f).filter(scenario -> {
            if (!f.hasErrors()) {
                f.errors().addAll(ScenarioRules.check(scenario));
            }
            return true;
        }));
    }

    private static Optional<Scenario> readScenario(JsonNode root, JsonFields f) {
        f.requireFormat(root, Scenario.FORMAT);
        Optional<LocalDate> date = f.date(root, "", "date", true);
        String timezone = f.text(root, "", "timezone", false).orElse(Scenario.DEFAULT_TIMEZONE);
        Optional<Depot> depot = f.object(root, "", "depot", true).flatMap(n -> readDepot(n, f));
        Optional<Travel> travel = f.object(root, "", "travel", true).flatMap(n -> readTravel(n, f));
        List<VehicleSpec> vehicles = new ArrayList<>();
        List<JsonNode> vehicleNodes = f.array(root, "", "vehicles", true).orElse(List.of());
        for (int i = 0; i < vehicleNodes.size(); i++) {
            readVehicle(vehicleNodes.get(i), JsonFields.element("vehicles", i), f).ifPresent(vehicles::add);
        }
        List<StopSpec> stops = new ArrayList<>();
        List<JsonNode> stopNodes = f.array(root, "", "stops", true).orElse(List.of());
        for (int i = 0; i < stopNodes.size(); i++) {
            readStop(stopNodes.get(i), JsonFields.element("stops", i), f).ifPresent(stops::add);
        }
        if (date.isEmpty() || depot.isEmpty() || travel.isEmpty() || vehicles.size() != vehicleNodes.size()
                || stops.size() != stopNodes.size()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(date.get(), timezone, depot.get(), travel.get(), vehicles, stops));
    }

    private static boolean isObject(JsonNode node, String path, JsonFields f) {
        if (!node.isObject()) {
            f.error(path, JsonFields.show(node) + " is not an object");
            return false;
        }
        return true;
    }

    private static Optional<Depot> readDepot(JsonNode n, JsonFields f) {
        String p = "depot";
        Optional<String> id = f.text(n, p, "id", true);
        String name = f.text(n, p, "name", false).orElse(id.orElse(""));
        OptionalDouble lat = f.numberIn(n, p, "lat", true, -90, 90, "a latitude (-90..90)");
        OptionalDouble lon = f.numberIn(n, p, "lon", true, -180, 180, "a longitude (-180..180)");
        if (id.isEmpty() || lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Depot(id.get(), name, lat.getAsDouble(), lon.getAsDouble()));
    }

    private static Optional<Travel> readTravel(JsonNode n, JsonFields f) {
        String p = "travel";
        Optional<String> model = f.text(n, p, "model", true);
        if (model.isPresent() && !model.get().equals(Travel.HAVERSINE)) {
            f.error("travel.model", "\"" + model.get() + "\" is not a known travel model (known: \"haversine\")");
        }
        OptionalDouble detour = f.numberIn(n, p, "detourFactor", true, 1e-9, 100, "a factor above 0");
        OptionalDouble speed = f.numberIn(n, p, "speedKmh", true, 1e-9, 1000, "a speed above 0 km/h");
        if (model.isEmpty() || detour.isEmpty() || speed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Travel(model.get(), detour.getAsDouble(), speed.getAsDouble()));
    }

    private static Optional<Capacity> readCapacity(JsonNode parent, String path, String name, JsonFields f) {
        Optional<JsonNode> node = f.object(parent, path, name, true);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String p = JsonFields.field(path, name);
        Optional<Integer> chilled = f.wholeNumber(node.get(), p, "chilled", false, 0);
        Optional<Integer> frozen = f.wholeNumber(node.get(), p, "frozen", false, 0);
        Optional<Integer> ambient = f.wholeNumber(node.get(), p, "ambient", false, 0);
        if (invalid(node.get(), "chilled", chilled) || invalid(node.get(), "frozen", frozen)
                || invalid(node.get(), "ambient", ambient)) {
            return Optional.empty();
        }
        return Optional.of(new Capacity(chilled.orElse(0), frozen.orElse(0), ambient.orElse(0)));
    }

    /** A field that is there but was rejected (a missing optional field is not invalid). */
    private static boolean invalid(JsonNode parent, String name, Optional<?> value) {
        JsonNode n = parent.get(name);
        return value.isEmpty() && n != null && !n.isNull();
    }

    private static Optional<VehicleSpec> readVehicle(JsonNode n, String p, JsonFields f) {
        if (!isObject(n, p, f)) {
            return Optional.empty();
        }
        Optional<String> id = f.text(n, p, "id", true);
        Optional<String> driver = f.text(n, p, "driverId", false);
        Optional<LocalTime> start = f.time(n, p, "shiftStart", true);
        Optional<LocalTime> end = f.time(n, p, "shiftEnd", true);
        Optional<Capacity> capacity = readCapacity(n, p, "capacity", f);
        if (id.isEmpty() || start.isEmpty() || end.isEmpty() || capacity.isEmpty()
                || invalid(n, "driverId", driver)) {
            return Optional.empty();
        }
        return Optional.of(new VehicleSpec(id.get(), driver, start.get(), end.get(), capacity.get()));
    }

    private static Optional<StopSpec> readStop(JsonNode n, String p, JsonFields f) {
        if (!isObject(n, p, f)) {
            return Optional.empty();
        }
        Optional<String> id = f.text(n, p, "id", true);
        Optional<String> client = f.text(n, p, "clientId", true);
        OptionalDouble lat = f.numberIn(n, p, "lat", true, -90, 90, "a latitude (-90..90)");
        OptionalDouble lon = f.numberIn(n, p, "lon", true, -180, 180, "a longitude (-180..180)");
        Optional<LocalTime> ws = f.time(n, p, "windowStart", true);
        Optional<LocalTime> we = f.time(n, p, "windowEnd", true);
        Optional<Integer> service = f.wholeNumber(n, p, "serviceMinutes", true, 0);
        Optional<Capacity> demand = readCapacity(n, p, "demand", f);
        Optional<String> preferred = f.text(n, p, "preferredDriverId", false);
        Optional<Pin> pin = Optional.empty();
        boolean pinInvalid = false;
        Optional<JsonNode> pinNode = f.object(n, p, "pin", false);
        if (pinNode.isPresent()) {
            String pp = JsonFields.field(p, "pin");
            Optional<String> vehicle = f.text(pinNode.get(), pp, "vehicleId", true);
            Optional<Integer> position = f.wholeNumber(pinNode.get(), pp, "position", true, 0);
            pin = vehicle.isPresent() && position.isPresent()
                    ? Optional.of(new Pin(vehicle.get(), position.get())) : Optional.empty();
            pinInvalid = pin.isEmpty();
        }
        if (id.isEmpty() || client.isEmpty() || lat.isEmpty() || lon.isEmpty() || ws.isEmpty() || we.isEmpty()
                || service.isEmpty() || demand.isEmpty() || invalid(n, "preferredDriverId", preferred)
                || invalid(n, "pin", pinNode) || pinInvalid) {
            return Optional.empty();
        }
        return Optional.of(new StopSpec(id.get(), client.get(), lat.getAsDouble(), lon.getAsDouble(), ws.get(),
                we.get(), service.get(), demand.get(), preferred, pin));
    }

    public static void write(Scenario scenario, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scenario, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String toJson(Scenario scenario) {
        var out = new java.io.ByteArrayOutputStream();
        write(scenario, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static void write(Scenario s, OutputStream out) {
        try (JsonGenerator g = JsonWriting.generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", Scenario.FORMAT);
            g.writeStringField("date", s.date().toString());
            g.writeStringField("timezone", s.timezone());
            g.writeObjectFieldStart("depot");
            g.writeStringField("id", s.depot().id());
            g.writeStringField("name", s.depot().name());
            g.writeNumberField("lat", s.depot().lat());
            g.writeNumberField("lon", s.depot().lon());
            g.writeEndObject();
            g.writeObjectFieldStart("travel");
            g.writeStringField("model", s.travel().model());
            g.writeNumberField("detourFactor", s.travel().detourFactor());
            g.writeNumberField("speedKmh", s.travel().speedKmh());
            g.writeEndObject();
            g.writeArrayFieldStart("vehicles");
            for (VehicleSpec v : s.vehicles()) {
                g.writeStartObject();
                g.writeStringField("id", v.id());
                if (v.driverId().isPresent()) {
                    g.writeStringField("driverId", v.driverId().get());
                }
                g.writeStringField("shiftStart", JsonWriting.time(v.shiftStart()));
                g.writeStringField("shiftEnd", JsonWriting.time(v.shiftEnd()));
                writeCapacity(g, "capacity", v.capacity());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("stops");
            for (StopSpec st : s.stops()) {
                g.writeStartObject();
                g.writeStringField("id", st.id());
                g.writeStringField("clientId", st.clientId());
                g.writeNumberField("lat", st.lat());
                g.writeNumberField("lon", st.lon());
                g.writeStringField("windowStart", JsonWriting.time(st.windowStart()));
                g.writeStringField("windowEnd", JsonWriting.time(st.windowEnd()));
                g.writeNumberField("serviceMinutes", st.serviceMinutes());
                writeCapacity(g, "demand", st.demand());
                if (st.preferredDriverId().isPresent()) {
                    g.writeStringField("preferredDriverId", st.preferredDriverId().get());
                }
                if (st.pin().isPresent()) {
                    g.writeObjectFieldStart("pin");
                    g.writeStringField("vehicleId", st.pin().get().vehicleId());
                    g.writeNumberField("position", st.pin().get().position());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scenario", e);
        }
    }

    private static void writeCapacity(JsonGenerator g, String name, Capacity c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("chilled", c.chilled());
        g.writeNumberField("frozen", c.frozen());
        g.writeNumberField("ambient", c.ambient());
        g.writeEndObject();
    }

}
