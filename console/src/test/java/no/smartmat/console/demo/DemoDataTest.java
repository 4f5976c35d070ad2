package no.smartmat.console.demo;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.console.orders.ImportedBatch;
import no.smartmat.console.testsupport.TestKitchen;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path dir;

    @Test
    void aRealisticBaerumKitchenWithDeliveriesEveryWeekdayOfTwoWeeks() {
        AppContext app = TestKitchen.demo(dir);

        assertThat(app.clients().count()).isBetween(900, 1100);
        assertThat(app.fleet().vehicles()).hasSize(12).allSatisfy(v -> assertThat(v.defaultDriverCode()).isPresent());
        assertThat(app.fleet().drivers()).hasSize(12);
        assertThat(app.users().all()).extracting(u -> u.username()).containsExactlyInAnyOrder("koordinator", "kjokken", "veileder", "admin");
        Map<java.time.LocalDate, Integer> stopsPerDay = app.db().dsl().select(STOP.DELIVERY_DATE, DSL.count()).from(STOP)
                .groupBy(STOP.DELIVERY_DATE).fetchMap(STOP.DELIVERY_DATE, DSL.count());
        assertThat(stopsPerDay).hasSize(10);
        assertThat(stopsPerDay.keySet()).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
        stopsPerDay.forEach((day, stops) -> assertThat(stops).as(day.toString())
                .isBetween(day.getDayOfWeek() == DayOfWeek.MONDAY ? 100 : 200, 300));
        assertThat(app.clients().all()).allSatisfy(c -> {
            GeoPoint p = c.data().location().orElseThrow();
            assertThat(p.lat()).isBetween(59.83, 60.02);
            assertThat(p.lon()).isBetween(10.38, 10.72);
            assertThat(c.data().regularDriverCode()).isPresent();
        });
        assertThat(app.db().dsl().fetchCount(AREA, AREA.DELIVERY_WEEKDAY.isNull())).isZero();
        assertThat(app.db().dsl().fetchCount(CLIENT, CLIENT.NAME.like("%ø%").or(CLIENT.NAME.like("%å%")))).isPositive();
    }

    @Test
    void theOrderHistoryNamesTheCoordinatorAndNeverLiesInTheFuture() {
        // Wednesday afternoon: this week's first days have been delivered, the rest and next week lie ahead.
        java.time.Clock wednesday = TestKitchen.clockAt(TestKitchen.MONDAY.plusDays(2).atTime(14, 5));
        AppContext app = TestKitchen.demo(dir, wednesday);

        List<ImportedBatch> history = app.orderImport().history(100);

        assertThat(history).hasSize(20).allSatisfy(b -> {
            assertThat(b.importedAt()).as(b.reference()).isBeforeOrEqualTo(wednesday.instant());
            assertThat(b.importedBy()).as(b.reference()).isEqualTo("Kari Koordinator");
        });
        // A day already delivered was imported on its own morning; a day ahead when the demo was made.
        assertThat(history).filteredOn(b -> b.deliveryDate().equals(TestKitchen.MONDAY))
                .allSatisfy(b -> assertThat(b.importedAt().atZone(app.zone()).toLocalDateTime())
                        .isEqualTo(TestKitchen.MONDAY.atTime(6, 30)));
        assertThat(history).filteredOn(b -> b.deliveryDate().isAfter(TestKitchen.MONDAY.plusDays(2)))
                .allSatisfy(b -> assertThat(b.importedAt()).isEqualTo(wednesday.instant()));
    }

    @Test
    void neverTouchesADatabaseThatHoldsData() {
        AppContext app = TestKitchen.empty(dir);
        TestKitchen.user(app, no.smartmat.console.access.Role.ADMIN);
        assertThatThrownBy(() -> app.demo().create(TestKitchen.MONDAY, s -> {})).isInstanceOf(IllegalStateException.class);
        assertThat(app.clients().count()).isZero();
    }
}
