package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import no.smartmat.console.clients.GeoPoint;
import no.smartmat.planner.scenario.Travel;
import org.junit.jupiter.api.Test;

/** The planning map's projection: north up, a kilometre as long east as north, the day fitted, zoom and pan. */
class MapProjectionTest {

    /** Bærum: Sandvika to Fornebu, roughly. */
    static final PlanMapModel.Bounds BAERUM = new PlanMapModel.Bounds(59.85, 59.95, 10.40, 10.65);

    @Test
    void theFittedMapShowsEveryCornerInsideTheMargin() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 700, 20);

        for (double lat : new double[] {BAERUM.minLat(), BAERUM.maxLat()}) {
            for (double lon : new double[] {BAERUM.minLon(), BAERUM.maxLon()}) {
                assertThat(p.x(lon)).isBetween(20 - 1e-9, 780 + 1e-9);
                assertThat(p.y(lat)).isBetween(20 - 1e-9, 680 + 1e-9);
            }
        }
        // the limiting side touches its margins: here the width (0.25° × cos 59.9° ≈ 0.125 vs 0.1 of latitude)
        assertThat(p.x(BAERUM.minLon())).isCloseTo(20, within(1e-6));
        assertThat(p.x(BAERUM.maxLon())).isCloseTo(780, within(1e-6));
        assertThat(p.x(BAERUM.centreLon())).isCloseTo(400, within(1e-9));
        assertThat(p.y(BAERUM.centreLat())).isCloseTo(350, within(1e-9));
    }

    @Test
    void northIsUpAndEastIsRight() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);

        assertThat(p.y(59.94)).isLessThan(p.y(59.86));
        assertThat(p.x(10.60)).isGreaterThan(p.x(10.45));
    }

    @Test
    void aKilometreEastIsAsLongOnScreenAsAKilometreNorth() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);
        double lat = BAERUM.centreLat(), lon = BAERUM.centreLon();
        double dLat = 0.01;
        double kmNorth = Travel.haversineKm(lat, lon, lat + dLat, lon);
        // the longitude step that covers the same ground distance east
        double dLon = dLat * kmNorth / Travel.haversineKm(lat, lon, lat, lon + dLat);

        double pxNorth = Math.abs(p.y(lat + dLat) - p.y(lat));
        double pxEast = Math.abs(p.x(lon + dLon) - p.x(lon));

        assertThat(pxEast).isCloseTo(pxNorth, within(pxNorth * 0.001));
        assertThat(p.kmPerPixel() * pxNorth).isCloseTo(kmNorth, within(kmNorth * 0.01));
    }

    @Test
    void screenPointsGoBackToTheSamePlace() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);
        GeoPoint sandvika = new GeoPoint(59.8907, 10.5246);

        GeoPoint back = p.toGeo(p.x(sandvika.lon()), p.y(sandvika.lat()));

        assertThat(back.lat()).isCloseTo(sandvika.lat(), within(1e-12));
        assertThat(back.lon()).isCloseTo(sandvika.lon(), within(1e-12));
    }

    @Test
    void zoomingKeepsThePlaceUnderThePointerStillAndMagnifiesAroundIt() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);
        GeoPoint under = p.toGeo(200, 150);

        MapProjection zoomed = p.zoomed(2.0, 200, 150);

        assertThat(zoomed.x(under.lon())).isCloseTo(200, within(1e-6));
        assertThat(zoomed.y(under.lat())).isCloseTo(150, within(1e-6));
        assertThat(zoomed.scale()).isCloseTo(2 * p.scale(), within(1e-9));
        double before = p.x(10.6) - p.x(10.5);
        assertThat(zoomed.x(10.6) - zoomed.x(10.5)).isCloseTo(2 * before, within(1e-6));
    }

    @Test
    void zoomStopsAtItsLimits() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);

        assertThat(p.zoomed(1e-9, 0, 0).scale()).isEqualTo(MapProjection.MIN_SCALE);
        assertThat(p.zoomed(1e12, 0, 0).scale()).isEqualTo(MapProjection.MAX_SCALE);
    }

    @Test
    void panningMovesEveryPlaceByTheDrag() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);

        MapProjection moved = p.panned(35, -12);

        assertThat(moved.x(10.5) - p.x(10.5)).isCloseTo(35, within(1e-6));
        assertThat(moved.y(59.9) - p.y(59.9)).isCloseTo(-12, within(1e-6));
    }

    @Test
    void resizingKeepsTheCentreInTheMiddleAndTheScale() {
        MapProjection p = MapProjection.fit(BAERUM, 800, 600, 20);

        MapProjection r = p.resized(1000, 400);

        assertThat(r.x(p.centreLon())).isCloseTo(500, within(1e-9));
        assertThat(r.y(p.centreLat())).isCloseTo(200, within(1e-9));
        assertThat(r.scale()).isEqualTo(p.scale());
    }

    @Test
    void aDayWithOneStopStillGetsAMapAKilometreOrSoAcross() {
        PlanMapModel.Bounds one = PlanMapModel.Bounds.around(java.util.List.of(new GeoPoint(59.9, 10.5)));

        MapProjection p = MapProjection.fit(one, 800, 600, 20);

        assertThat(one.maxLat() - one.minLat()).isPositive();
        assertThat(Double.isFinite(p.scale())).isTrue();
        assertThat(p.x(10.5)).isCloseTo(400, within(1e-9));
    }
}
