package no.smartmat.planner.scenario;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and writes {@code smartmat-plan/1}. Clock times are written as "HH:MM" ("HH:MM:SS" when the
 * seconds are not 0); the times of a Solomon plan are numbers in the instance's units. A time read back
 * is a {@link PlanTime.Clock} when it is a text and a {@link PlanTime.Units} when it is a number.
 */
public final class PlanJson {

    private PlanJson() {
    }

    public static void write(Plan plan, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String toJson(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static void write(Plan plan, OutputStream out) {
        try (JsonGenerator g = JsonWriting.generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", Plan.FORMAT);
            g.writeStringField("score", plan.score());
            g.writeBooleanField("feasible", plan.feasible());
            g.writeArrayFieldStart("routes");
            for (Route r : plan.routes()) {
                g.writeStartObject();
                g.writeStringField("vehicleId", r.vehicleId());
                if (r.driverId().isPresent()) {
                    g.writeStringField("driverId", r.driverId().get());
                }
                writeTime(g, "departure", r.departure());
                writeTime(g, "return", r.returnTime());
                g.writeNumberField("distanceKm", r.distanceKm());
                g.writeArrayFieldStart("stops");
                for (PlannedStop s : r.stops()) {
                    g.writeStartObject();
                    g.writeStringField("stopId", s.stopId());
                    writeTime(g, "arrival", s.arrival());
                    writeTime(g, "serviceStart", s.serviceStart());
                    writeTime(g, "departure", s.departure());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unassigned");
            for (String id : plan.unassigned()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("distanceKm", plan.totals().distanceKm());
            g.writeNumberField("vehiclesUsed", plan.totals().vehiclesUsed());
            g.writeNumberField("assigned", plan.totals().assigned());
            g.writeNumberField("preferredDriverShare", plan.totals().preferredDriverShare());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan", e);
        }
    }

    private static void writeTime(JsonGenerator g, String name, PlanTime time) throws IOException {
        switch (time) {
            case PlanTime.Clock c -> g.writeStringField(name, JsonWriting.time(c.time()));
            case PlanTime.Units u -> g.writeNumberField(name, u.value());
        }
    }

    public static ReadResult<Plan> read(Path file) {
        return JsonFields.readFile(file, PlanJson::read);
    }

    public static ReadResult<Plan> read(InputStream in) {
        return read(in, "plan");
    }

    public static ReadResult<Plan> parse(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "plan");
    }

    public static ReadResult<Plan> read(InputStream in, String source) {
        return JsonFields.readDocument(in, source, PlanJson::readPlan);
    }

    private static Optional<Plan> readPlan(JsonNode n, JsonFields f) {
        f.requireFormat(n, Plan.FORMAT);
        Optional<String> score = f.text(n, "", "score", true);
        Optional<Boolean> feasible = f.bool(n, "", "feasible", true);
        List<Route> routes = new ArrayList<>();
        List<JsonNode> routeNodes = f.array(n, "", "routes", true).orElse(List.of());
        for (int i = 0; i < routeNodes.size(); i++) {
            readRoute(routeNodes.get(i), JsonFields.element("routes", i), f).ifPresent(routes::add);
        }
        List<String> unassigned = new ArrayList<>();
        List<JsonNode> unassignedNodes = f.array(n, "", "unassigned", false).orElse(List.of());
        for (int i = 0; i < unassignedNodes.size(); i++) {
            JsonNode u = unassignedNodes.get(i);
            if (u.isTextual() && !u.asText().isBlank()) {
                unassigned.add(u.asText());
            } else {
                f.error(JsonFields.element("unassigned", i), JsonFields.show(u) + " is not a stop id");
            }
        }
        Optional<Totals> totals = f.object(n, "", "totals", true).flatMap(t -> readTotals(t, f));
        if (score.isEmpty() || feasible.isEmpty() || totals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(score.get(), feasible.get(), routes, unassigned, totals.get()));
    }

    private static Optional<Totals> readTotals(JsonNode t, JsonFields f) {
        OptionalDouble distance = f.number(t, "totals", "distanceKm", true);
        Optional<Integer> used = f.wholeNumber(t, "totals", "vehiclesUsed", true, 0);
        Optional<Integer> assigned = f.wholeNumber(t, "totals", "assigned", true, 0);
        OptionalDouble share = f.numberIn(t, "totals", "preferredDriverShare", false, 0, 1, "a share 0..1");
        if (distance.isEmpty() || used.isEmpty() || assigned.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Totals(distance.getAsDouble(), used.get(), assigned.get(), share.orElse(1.0)));
    }

    private static Optional<Route> readRoute(JsonNode r, String p, JsonFields f) {
        if (!r.isObject()) {
            f.error(p, JsonFields.show(r) + " is not an object");
            return Optional.empty();
        }
        Optional<String> vehicle = f.text(r, p, "vehicleId", true);
        Optional<String> driver = f.text(r, p, "driverId", false);
        Optional<PlanTime> departure = time(r, p, "departure", f);
        Optional<PlanTime> ret = time(r, p, "return", f);
        OptionalDouble distance = f.number(r, p, "distanceKm", true);
        List<PlannedStop> stops = new ArrayList<>();
        List<JsonNode> stopNodes = f.array(r, p, "stops", true).orElse(List.of());
        for (int i = 0; i < stopNodes.size(); i++) {
            String sp = JsonFields.element(JsonFields.field(p, "stops"), i);
            JsonNode s = stopNodes.get(i);
            if (!s.isObject()) {
                f.error(sp, JsonFields.show(s) + " is not an object");
                continue;
            }
            Optional<String> id = f.text(s, sp, "stopId", true);
            Optional<PlanTime> arrival = time(s, sp, "arrival", f);
            Optional<PlanTime> start = time(s, sp, "serviceStart", f);
            Optional<PlanTime> dep = time(s, sp, "departure", f);
            if (id.isPresent() && arrival.isPresent() && start.isPresent() && dep.isPresent()) {
                stops.add(new PlannedStop(id.get(), arrival.get(), start.get(), dep.get()));
            }
        }
        if (vehicle.isEmpty() || departure.isEmpty() || ret.isEmpty() || distance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Route(vehicle.get(), driver, departure.get(), ret.get(), distance.getAsDouble(),
                stops));
    }

    private static Optional<PlanTime> time(JsonNode parent, String path, String name, JsonFields f) {
        JsonNode n = parent.get(name);
        String field = JsonFields.field(path, name);
        if (n == null || n.isNull()) {
            f.error(field, "missing; expected a time HH:MM (or a number for a Solomon plan)");
            return Optional.empty();
        }
        if (n.isNumber()) {
            return Optional.of(PlanTime.units(n.asDouble()));
        }
        return f.parseTime(n, field).map(PlanTime::of);
    }
}
