package no.smartmat.planner.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Depot;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.Travel;
import no.smartmat.planner.scenario.VehicleSpec;
import no.smartmat.planner.solomon.SolomonInstance;
import no.smartmat.planner.solomon.SolomonInstances;

/** Test inputs: the shipped Solomon instances, this module's test resources and small hand-made scenarios. */
public final class TestData {

    private TestData() {
    }

    /** One of the Solomon instances shipped with the planner (main resources {@code vrptw/solomon}). */
    public static SolomonInstance solomon(String name) {
        return SolomonInstances.shipped(name).orElseThrow();
    }

    /** A file of this module's test resources, e.g. {@code vrptw/homberger/c1_2_1.txt}. */
    public static Path resource(String name) {
        URL url = TestData.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static VehicleSpec vehicle(String id, String driver, String start, String end, Capacity capacity) {
        return new VehicleSpec(id, Optional.ofNullable(driver), LocalTime.parse(start), LocalTime.parse(end), capacity);
    }

    public static StopSpec stop(String id, double lat, double lon, String from, String to, int service,
            Capacity demand, String preferredDriver) {
        return new StopSpec(id, "K-" + id, lat, lon, LocalTime.parse(from), LocalTime.parse(to), service, demand,
                Optional.ofNullable(preferredDriver), Optional.empty());
    }

    public static StopSpec pinned(StopSpec stop, String vehicleId, int position) {
        return stop.withPin(Optional.of(new Pin(vehicleId, position)));
    }

    public static Scenario scenario(List<VehicleSpec> vehicles, List<StopSpec> stops) {
        return new Scenario(LocalDate.of(2026, 12, 1), "Europe/Oslo",
                new Depot("DEPOT", "Storkjøkkenet", 59.8907, 10.5246), new Travel("haversine", 1.35, 30), vehicles,
                stops);
    }

    /** Twelve stops around Sandvika, two vans with different drivers, windows that leave room. */
    public static Scenario smallDay() {
        Capacity van = new Capacity(20, 6, 20);
        return scenario(List.of(
                vehicle("BIL-1", "D-01", "08:30", "15:30", van),
                vehicle("BIL-2", "D-02", "08:30", "15:30", van)),
                List.of(
                        stop("S-01", 59.9183, 10.5880, "11:00", "13:00", 7, new Capacity(2, 1, 2), "D-01"),
                        stop("S-02", 59.9150, 10.5607, "09:00", "11:00", 5, new Capacity(1, 0, 1), "D-01"),
                        stop("S-03", 59.9082, 10.4762, "09:00", "15:00", 6, new Capacity(2, 0, 0), "D-02"),
                        stop("S-04", 59.9255, 10.4521, "13:00", "15:00", 8, new Capacity(1, 1, 3), "D-02"),
                        stop("S-05", 59.8853, 10.5029, "09:00", "11:00", 5, new Capacity(2, 0, 1), null),
                        stop("S-06", 59.8886, 10.5534, "11:00", "13:00", 7, new Capacity(1, 0, 2), "D-01"),
                        stop("S-07", 59.8982, 10.4910, "09:00", "15:00", 5, new Capacity(2, 1, 0), "D-02"),
                        stop("S-08", 59.9360, 10.6260, "13:00", "15:00", 6, new Capacity(1, 0, 1), "D-01"),
                        stop("S-09", 59.9066, 10.4980, "11:00", "13:00", 9, new Capacity(2, 0, 2), "D-02"),
                        stop("S-10", 59.9260, 10.6110, "09:00", "11:00", 5, new Capacity(1, 1, 1), "D-01"),
                        stop("S-11", 59.8939, 10.5156, "13:00", "15:00", 5, new Capacity(2, 0, 0), null),
                        stop("S-12", 59.9102, 10.5420, "09:00", "15:00", 7, new Capacity(1, 0, 3), "D-02")));
    }
}
