package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A cold room, fridge, freezer, blast chiller, hot-holding cabinet or van compartment, with the instrument that
 * watches it. A unit with a sensor interval is read by a sensor or logger; one without is read by hand on rounds.
 */
public record ColdUnit(long id, String code, String name, UnitKind kind, String location, Optional<String> vehicleCode,
                       String instrumentId, Optional<LocalDate> calibrationDue, Optional<Integer> sensorIntervalMinutes,
                       boolean active) {

    public Optional<Duration> sensorInterval() {
        return sensorIntervalMinutes.map(Duration::ofMinutes);
    }

    public boolean hasSensor() {
        return sensorIntervalMinutes.isPresent();
    }

    /**
     * How long a sensor may be silent before it is a missing check: max(2 × interval, interval + 15 min), so one
     * lost transmission is tolerated but a dead sensor is not.
     */
    public Optional<Duration> gapThreshold() {
        return sensorInterval().map(ColdUnit::gapThreshold);
    }

    public static Duration gapThreshold(Duration interval) {
        Duration twice = interval.multipliedBy(2);
        Duration plus = interval.plusMinutes(15);
        return twice.compareTo(plus) >= 0 ? twice : plus;
    }

    public boolean calibrationOverdue(LocalDate today) {
        return calibrationDue.map(d -> d.isBefore(today)).orElse(false);
    }

    /** "KR-1 Kjølerom 1"; a van compartment's name already says its van ("BIL-03 kjøleavdeling"). */
    public String label() {
        return vehicleCode.filter(name::startsWith).isPresent() ? name : code + " " + name;
    }
}
