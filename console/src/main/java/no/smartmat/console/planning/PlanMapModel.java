package no.smartmat.console.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.scenario.StopSpec;

/**
 * What the planning map draws, in degrees, without any drawing: the depot, every stop (coloured by its van, or
 * none when unassigned; late ones flagged), one closed line per used van from the depot through its stops and back,
 * and area names at their centres. The view projects it with {@link MapProjection}; tests assert on this.
 */
public record PlanMapModel(GeoPoint depot, String depotName, List<StopMarker> stops, List<RouteLine> routes,
                           List<AreaLabel> areas, Bounds bounds) {

    public PlanMapModel {
        stops = List.copyOf(stops);
        routes = List.copyOf(routes);
        areas = List.copyOf(areas);
    }

    /**
     * @param vehicleId empty when unassigned; {@code colour} is then -1
     * @param sequence 1-based position in its route, 0 when unassigned
     */
    public record StopMarker(String stopId, GeoPoint at, Optional<String> vehicleId, int colour, int sequence,
                             boolean late, boolean pinned) {}

    /** A van's route as driven: depot, its stops in order, depot. */
    public record RouteLine(String vehicleId, int colour, List<GeoPoint> path) {
        public RouteLine {
            path = List.copyOf(path);
        }
    }

    /** {@code today}: the area has stops on the day shown (written stronger than its neighbours). */
    public record AreaLabel(String name, GeoPoint at, boolean today) {}

    public record Bounds(double minLat, double maxLat, double minLon, double maxLon) {

        /** Smallest box holding the points; a single point or none gets a box about a kilometre across. */
        static Bounds around(List<GeoPoint> points) {
            double minLat = points.stream().mapToDouble(GeoPoint::lat).min().orElse(0);
            double maxLat = points.stream().mapToDouble(GeoPoint::lat).max().orElse(0);
            double minLon = points.stream().mapToDouble(GeoPoint::lon).min().orElse(0);
            double maxLon = points.stream().mapToDouble(GeoPoint::lon).max().orElse(0);
            double pad = 0.005;
            if (maxLat - minLat < pad) {
                minLat -= pad;
                maxLat += pad;
            }
            if (maxLon - minLon < pad) {
                minLon -= pad;
                maxLon += pad;
            }
            return new Bounds(minLat, maxLat, minLon, maxLon);
        }

        public double centreLat() {
            return (minLat + maxLat) / 2;
        }

        public double centreLon() {
            return (minLon + maxLon) / 2;
        }

        public boolean contains(GeoPoint p) {
            return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
        }
    }

    static PlanMapModel of(PlanWorkbench bench, List<AreaCentre> areaCentres) {
        DayScenario day = bench.day();
        var depot = day.scenario().depot();
        GeoPoint depotAt = new GeoPoint(depot.lat(), depot.lon());
        Set<String> late = bench.evaluation().map(e -> e.violations().stream()
                .filter(v -> v.kind() == no.smartmat.planner.solver.Violation.Kind.LATE)
                .flatMap(v -> v.stopId().stream()).collect(Collectors.toSet())).orElse(Set.of());
        List<StopMarker> markers = new ArrayList<>();
        List<RouteLine> lines = new ArrayList<>();
        Optional<Plan> plan = bench.plan();
        for (StopSpec s : day.scenario().stops()) {
            Optional<PlanWorkbench.Placement> placed = bench.placement(s.id());
            markers.add(new StopMarker(s.id(), new GeoPoint(s.lat(), s.lon()), placed.map(PlanWorkbench.Placement::vehicleId),
                    placed.map(p -> bench.colour(p.vehicleId())).orElse(-1), placed.map(p -> p.index() + 1).orElse(0),
                    late.contains(s.id()), bench.isPinned(s.id())));
        }
        for (Route r : plan.map(Plan::routes).orElse(List.of())) {
            if (r.stops().isEmpty()) {
                continue;
            }
            List<GeoPoint> path = new ArrayList<>();
            path.add(depotAt);
            r.stopIds().forEach(id -> day.spec(id).ifPresent(s -> path.add(new GeoPoint(s.lat(), s.lon()))));
            path.add(depotAt);
            lines.add(new RouteLine(r.vehicleId(), bench.colour(r.vehicleId()), path));
        }
        List<GeoPoint> extent = new ArrayList<>(markers.stream().map(StopMarker::at).toList());
        extent.add(depotAt);
        Set<String> todaysAreas = day.stops().values().stream().map(DayScenario.StopInfo::area).collect(Collectors.toSet());
        List<AreaLabel> labels = areaCentres.stream()
                .map(a -> new AreaLabel(a.name(), new GeoPoint(a.lat(), a.lon()), todaysAreas.contains(a.name()))).toList();
        return new PlanMapModel(depotAt, depot.name(), markers, lines, labels, Bounds.around(extent));
    }

    public Optional<StopMarker> stop(String stopId) {
        return stops.stream().filter(s -> s.stopId().equals(stopId)).findFirst();
    }

    /** The stop drawn nearest to screen point (x, y), if one is within {@code radiusPx}. */
    public Optional<StopMarker> stopAt(MapProjection projection, double x, double y, double radiusPx) {
        StopMarker best = null;
        double bestDistance = radiusPx * radiusPx;
        for (StopMarker s : stops) {
            double dx = projection.x(s.at().lon()) - x;
            double dy = projection.y(s.at().lat()) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
