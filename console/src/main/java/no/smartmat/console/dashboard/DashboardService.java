package no.smartmat.console.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.db.Database;
import no.smartmat.console.fleet.Capacity;

/** The numbers "Dagens oversikt" shows for one day. */
public final class DashboardService {

    private final Database db;
    private final DashboardRepository repository;

    public DashboardService(Database db, DashboardRepository repository) {
        this.db = db;
        this.repository = repository;
    }

    public record AreaCount(String area, int stops) {}

    public record Batch(String supplier, String reference, int orders, int packages) {}

    public record PlanStatus(int version, no.smartmat.console.delivery.PlanStatus status, boolean feasible, double distanceKm) {}

    public record Day(LocalDate date, int stops, Capacity packages, List<AreaCount> areas, List<Batch> batches,
                      Optional<PlanStatus> plan) {}

    public Day day(LocalDate date) {
        return repository.day(db.dsl(), date);
    }
}
