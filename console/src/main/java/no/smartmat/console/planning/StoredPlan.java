package no.smartmat.console.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.planner.scenario.Capacity;

/** A plan as saved: every version of a day's plan is kept; one of them may be the published one. */
public record StoredPlan(long id, LocalDate date, int version, PlanStatus status, String score, boolean feasible,
                         double distanceKm, String createdBy, Instant createdAt, Optional<String> publishedBy,
                         Optional<Instant> publishedAt, String changeSummary, List<StoredRoute> routes,
                         List<Long> unassignedStopIds) {

    public StoredPlan {
        routes = List.copyOf(routes);
        unassignedStopIds = List.copyOf(unassignedStopIds);
    }

    public record StoredRoute(long id, String vehicleCode, String registration, Optional<String> driverCode,
                              Optional<String> driverName, LocalTime departure, LocalTime returnTime, double distanceKm,
                              List<StoredStop> stops) {
        public StoredRoute {
            stops = List.copyOf(stops);
        }
    }

    /**
     * One stop of a route as solved: its times, and the window and packages per zone it was solved against (what
     * the documents print, whatever the stop holds now).
     */
    public record StoredStop(long stopId, int sequence, LocalTime arrival, LocalTime serviceStart, LocalTime departure,
                             boolean pinned, LocalTime windowStart, LocalTime windowEnd, Capacity packages) {}

    public int assignedCount() {
        return routes.stream().mapToInt(r -> r.stops().size()).sum();
    }

    public Optional<StoredRoute> routeOf(long stopId) {
        return routes.stream().filter(r -> r.stops().stream().anyMatch(s -> s.stopId() == stopId)).findFirst();
    }
}
