package no.smartmat.planner.benchmark;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Depot;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.Travel;
import no.smartmat.planner.scenario.VehicleSpec;

/**
 * A synthetic but plausible Bærum delivery day for benchmarks and tests: stops scattered over the
 * municipality, the kitchen's slot windows (09-11, 11-13, 13-15, or any time 09-15), dinner plus
 * grocery demand, vans of the size formats.md shows, and each client's regular driver taken from the
 * sector of the municipality it lives in. The same seed gives the same day.
 */
public final class DemoDay {

    private static final double DEPOT_LAT = 59.8907;
    private static final double DEPOT_LON = 10.5246;

    private DemoDay() {
    }

    public static Scenario generate(int stopCount, int vehicleCount, long seed) {
        Random random = new Random(seed);
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int v = 1; v <= vehicleCount; v++) {
            vehicles.add(new VehicleSpec(String.format(Locale.ROOT, "BIL-%d", v),
                    Optional.of(String.format(Locale.ROOT, "D-%02d", v)), LocalTime.of(8, 30), LocalTime.of(15, 30),
                    new Capacity(45, 14, 45)));
        }
        LocalTime[][] slots = {
            {LocalTime.of(9, 0), LocalTime.of(11, 0)},
            {LocalTime.of(11, 0), LocalTime.of(13, 0)},
            {LocalTime.of(13, 0), LocalTime.of(15, 0)},
            {LocalTime.of(9, 0), LocalTime.of(15, 0)}
        };
        List<StopSpec> stops = new ArrayList<>();
        for (int i = 1; i <= stopCount; i++) {
            double lat = 59.870 + random.nextDouble() * 0.085;
            double lon = 10.420 + random.nextDouble() * 0.210;
            LocalTime[] slot = slots[random.nextInt(slots.length)];
            double angle = Math.atan2(lat - DEPOT_LAT, (lon - DEPOT_LON) * Math.cos(Math.toRadians(DEPOT_LAT)));
            int sector = (int) Math.floor((angle + Math.PI) / (2 * Math.PI) * vehicleCount) % vehicleCount;
            Optional<String> preferred = random.nextDouble() < 0.9
                    ? Optional.of(String.format(Locale.ROOT, "D-%02d", sector + 1)) : Optional.empty();
            Capacity demand = new Capacity(1 + random.nextInt(2), random.nextDouble() < 0.3 ? 1 : 0,
                    random.nextInt(3));
            stops.add(new StopSpec(String.format(Locale.ROOT, "S-%04d", i),
                    String.format(Locale.ROOT, "K-%05d", 10_000 + i * 7), round(lat), round(lon), slot[0], slot[1],
                    5 + random.nextInt(4), demand, preferred, Optional.empty()));
        }
        return new Scenario(LocalDate.of(2026, 12, 1), Scenario.DEFAULT_TIMEZONE,
                new Depot("DEPOT", "Storkjøkkenet", DEPOT_LAT, DEPOT_LON), new Travel(Travel.HAVERSINE, 1.35, 30),
                vehicles, stops);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
