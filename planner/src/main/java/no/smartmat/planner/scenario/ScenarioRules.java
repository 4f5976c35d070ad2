package no.smartmat.planner.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a scenario must pass that go beyond field types: unique ids, windows and shifts in order,
 * pins that name a vehicle of the day. {@link ScenarioJson} runs them on every file it reads; the
 * planner runs them on scenarios built in code.
 */
public final class ScenarioRules {

    private ScenarioRules() {
    }

    public static List<FieldError> check(Scenario scenario) {
        List<FieldError> errors = new ArrayList<>();
        if (!Travel.HAVERSINE.equals(scenario.travel().model())) {
            errors.add(new FieldError("travel.model", quote(scenario.travel().model())
                    + " is not a known travel model (known: \"haversine\")"));
        }
        if (!(scenario.travel().detourFactor() > 0)) {
            errors.add(new FieldError("travel.detourFactor", scenario.travel().detourFactor() + " is not above 0"));
        }
        if (!(scenario.travel().speedKmh() > 0)) {
            errors.add(new FieldError("travel.speedKmh", scenario.travel().speedKmh() + " is not above 0"));
        }
        Map<String, Integer> vehicleIndex = new HashMap<>();
        for (int i = 0; i < scenario.vehicles().size(); i++) {
            VehicleSpec v = scenario.vehicles().get(i);
            String path = "vehicles[" + i + "]";
            Integer earlier = vehicleIndex.putIfAbsent(v.id(), i);
            if (earlier != null) {
                errors.add(new FieldError(path + ".id", quote(v.id()) + " is used by vehicles[" + earlier + "] too"));
            }
            if (!v.shiftEnd().isAfter(v.shiftStart())) {
                errors.add(new FieldError(path + ".shiftEnd", v.shiftEnd() + " is not after shiftStart "
                        + v.shiftStart()));
            }
            checkCapacity(errors, path + ".capacity", v.capacity());
        }
        Map<String, Integer> stopIndex = new HashMap<>();
        Map<String, Integer> pinIndex = new HashMap<>();
        for (int i = 0; i < scenario.stops().size(); i++) {
            StopSpec s = scenario.stops().get(i);
            String path = "stops[" + i + "]";
            Integer earlier = stopIndex.putIfAbsent(s.id(), i);
            if (earlier != null) {
                errors.add(new FieldError(path + ".id", quote(s.id()) + " is used by stops[" + earlier + "] too"));
            }
            if (s.windowEnd().isBefore(s.windowStart())) {
                errors.add(new FieldError(path + ".windowEnd", s.windowEnd() + " is before windowStart "
                        + s.windowStart()));
            }
            if (s.serviceMinutes() < 0) {
                errors.add(new FieldError(path + ".serviceMinutes", s.serviceMinutes() + " is below 0"));
            }
            checkCapacity(errors, path + ".demand", s.demand());
            if (s.pin().isPresent()) {
                Pin pin = s.pin().get();
                if (!vehicleIndex.containsKey(pin.vehicleId())) {
                    errors.add(new FieldError(path + ".pin.vehicleId", quote(pin.vehicleId())
                            + " is not a vehicle of this scenario"));
                }
                if (pin.position() < 0) {
                    errors.add(new FieldError(path + ".pin.position", pin.position() + " is below 0"));
                }
                Integer samePlace = pinIndex.putIfAbsent(pin.vehicleId() + "\u0000" + pin.position(), i);
                if (samePlace != null) {
                    errors.add(new FieldError(path + ".pin", "position " + pin.position() + " of "
                            + quote(pin.vehicleId()) + " is pinned by stops[" + samePlace + "] too"));
                }
            }
        }
        return errors;
    }

    private static void checkCapacity(List<FieldError> errors, String path, Capacity c) {
        if (c.chilled() < 0) {
            errors.add(new FieldError(path + ".chilled", c.chilled() + " is below 0"));
        }
        if (c.frozen() < 0) {
            errors.add(new FieldError(path + ".frozen", c.frozen() + " is below 0"));
        }
        if (c.ambient() < 0) {
            errors.add(new FieldError(path + ".ambient", c.ambient() + " is below 0"));
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
