package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import no.smartmat.console.clients.GeoPoint;
import org.junit.jupiter.api.Test;

/** What the planning map draws, checked without drawing. */
class PlanMapModelTest {

    static final List<AreaCentre> AREAS = List.of(new AreaCentre("Sandvika", 59.89, 10.53),
            new AreaCentre("Høvik", 59.89, 10.58), new AreaCentre("Bærums Verk", 59.95, 10.50));

    @Test
    void everyUsedVanIsAClosedLineFromTheDepotThroughItsStopsInOrder() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());

        PlanMapModel map = bench.mapModel(AREAS);

        assertThat(map.routes()).extracting(PlanMapModel.RouteLine::vehicleId).containsExactly("BIL-1", "BIL-2");
        PlanMapModel.RouteLine bil1 = map.routes().getFirst();
        GeoPoint depot = new GeoPoint(SmallDay.DEPOT_LAT, SmallDay.DEPOT_LON);
        assertThat(bil1.path()).hasSize(5).startsWith(depot).endsWith(depot);
        assertThat(bil1.path().get(1)).isEqualTo(map.stop("S-1").orElseThrow().at());
        assertThat(bil1.path().get(3)).isEqualTo(map.stop("S-3").orElseThrow().at());
        assertThat(map.routes()).extracting(PlanMapModel.RouteLine::colour).containsExactly(0, 1);
        assertThat(map.depot()).isEqualTo(depot);
        assertThat(map.depotName()).isEqualTo("Storkjøkkenet");
    }

    @Test
    void stopsCarryTheirVansColourAndPlaceAndUnassignedOnesNone() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        bench.setPinned("S-5", true);

        PlanMapModel map = bench.mapModel(AREAS);

        assertThat(map.stops()).hasSize(6);
        assertThat(map.stop("S-5").orElseThrow()).satisfies(s -> {
            assertThat(s.vehicleId()).contains("BIL-2");
            assertThat(s.colour()).isEqualTo(1);
            assertThat(s.sequence()).isEqualTo(2);
            assertThat(s.pinned()).isTrue();
        });
        assertThat(map.stop("S-6").orElseThrow()).satisfies(s -> {
            assertThat(s.vehicleId()).isEmpty();
            assertThat(s.colour()).isEqualTo(-1);
            assertThat(s.sequence()).isZero();
        });
    }

    @Test
    void aVanKeepsItsColourWhenAnotherVanEmpties() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        for (String s : List.of("S-1", "S-2", "S-3")) {
            bench.move(s, Optional.of("BIL-3"), 9);
        }

        PlanMapModel map = bench.mapModel(AREAS);

        assertThat(map.routes()).extracting(r -> r.vehicleId() + ":" + r.colour()).containsExactly("BIL-2:1", "BIL-3:2");
    }

    @Test
    void areasWithStopsTodayAreMarkedAndTheBoundsHoldDepotAndStops() {
        PlanMapModel map = SmallDay.bench(SmallDay.day()).mapModel(AREAS);

        assertThat(map.areas()).extracting(a -> a.name() + ":" + a.today())
                .containsExactly("Sandvika:true", "Høvik:true", "Bærums Verk:false");
        assertThat(map.bounds().contains(map.depot())).isTrue();
        assertThat(map.stops()).allMatch(s -> map.bounds().contains(s.at()));
    }

    @Test
    void aClickFindsTheNearestStopWithinReachAndNothingFurtherAway() {
        PlanMapModel map = SmallDay.bench(SmallDay.day()).mapModel(AREAS);
        MapProjection p = MapProjection.fit(map.bounds(), 800, 400, 20);
        GeoPoint s4 = map.stop("S-4").orElseThrow().at();
        double x = p.x(s4.lon()), y = p.y(s4.lat());

        assertThat(map.stopAt(p, x + 3, y - 2, 8)).map(PlanMapModel.StopMarker::stopId).contains("S-4");
        assertThat(map.stopAt(p, x, y + 30, 8)).isEmpty();
    }
}
