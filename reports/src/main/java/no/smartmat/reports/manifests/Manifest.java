package no.smartmat.reports.manifests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import no.smartmat.reports.common.Zone;

/**
 * One route of a published plan: what the driver takes along (kjøreliste).
 *
 * @param date           delivery day
 * @param vanCode        vehicle code, e.g. "BIL-3"
 * @param driverName     the driver
 * @param departure      planned departure from the kitchen
 * @param plannedReturn  planned return (total time is return − departure)
 * @param distanceKm     planned driving distance
 * @param planVersion    the published plan's version as the console names it, e.g. "v3 (publisert 07:02)"
 * @param stops          stops in driving order (printed in this order)
 * @param removedClients clients on the previous version of this weekday's route who are no longer on it
 * @param comparedWith   the day of the previous version the changes refer to, if there is one
 */
public record Manifest(
        LocalDate date,
        String vanCode,
        String driverName,
        LocalTime departure,
        LocalTime plannedReturn,
        double distanceKm,
        String planVersion,
        List<ManifestStop> stops,
        List<RemovedClient> removedClients,
        Optional<LocalDate> comparedWith) {

    public Manifest {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(vanCode, "vanCode");
        Objects.requireNonNull(driverName, "driverName");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(plannedReturn, "plannedReturn");
        Objects.requireNonNull(planVersion, "planVersion");
        Objects.requireNonNull(comparedWith, "comparedWith");
        stops = List.copyOf(stops);
        removedClients = List.copyOf(removedClients);
        if (distanceKm < 0 || Double.isNaN(distanceKm)) {
            throw new IllegalArgumentException("distanceKm must be 0 or more: " + distanceKm);
        }
    }

    /** Planned time away, departure to return. */
    public Duration totalTime() {
        Duration d = Duration.between(departure, plannedReturn);
        return d.isNegative() ? d.plusDays(1) : d;
    }

    /** Number of packages per zone over all stops (zones with none are absent). */
    public Map<Zone, Integer> packagesPerZone() {
        Map<Zone, Integer> counts = new EnumMap<>(Zone.class);
        for (ManifestStop stop : stops) {
            for (ManifestPackage p : stop.packages()) {
                counts.merge(p.zone(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public int packageCount() {
        return stops.stream().mapToInt(s -> s.packages().size()).sum();
    }

    public boolean hasChanges() {
        return !removedClients.isEmpty() || stops.stream().anyMatch(s -> s.changes().any());
    }
}
