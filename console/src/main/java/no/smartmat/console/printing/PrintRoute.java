package no.smartmat.console.printing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.reports.manifests.RemovedClient;

/**
 * One van's route of a published plan, ready to print: stops in driving order, and the clients who were on the
 * same van's route on the same weekday last week and are not now ({@code comparedWith} names that day).
 */
public record PrintRoute(String vanCode, String registration, String driverName, LocalTime departure,
                         LocalTime plannedReturn, double distanceKm, List<PrintStop> stops, List<RemovedClient> removed,
                         Optional<LocalDate> comparedWith) {

    public PrintRoute {
        stops = List.copyOf(stops);
        removed = List.copyOf(removed);
    }

    public int packageCount() {
        return stops.stream().mapToInt(s -> s.packages().size()).sum();
    }
}
