package no.smartmat.planner.scenario;

import java.time.LocalTime;
import java.util.Optional;

/**
 * One delivery to one client on the day. Service starts at max(arrival, {@code windowStart}), must
 * start no later than {@code windowEnd}, and lasts {@code serviceMinutes}.
 */
public record StopSpec(String id, String clientId, double lat, double lon, LocalTime windowStart,
        LocalTime windowEnd, int serviceMinutes, Capacity demand, Optional<String> preferredDriverId,
        Optional<Pin> pin) {

    public StopSpec withPin(Optional<Pin> newPin) {
        return new StopSpec(id, clientId, lat, lon, windowStart, windowEnd, serviceMinutes, demand,
                preferredDriverId, newPin);
    }
}
