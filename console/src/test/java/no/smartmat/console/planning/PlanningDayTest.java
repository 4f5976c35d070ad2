package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Planlegging screen asks the planning service for besides plans: which day to open, where areas are. */
class PlanningDayTest {

    @TempDir
    static Path dir;
    static AppContext app;

    @BeforeAll
    static void demoKitchen() {
        app = TestKitchen.demo(dir);
    }

    @Test
    void aDayWithDeliveriesOpensOnItself() {
        assertThat(app.planning().deliveryDayFrom(TestKitchen.MONDAY)).isEqualTo(TestKitchen.MONDAY);
    }

    @Test
    void aWeekendOpensOnTheNextDeliveryDay() {
        LocalDate saturday = TestKitchen.MONDAY.plusDays(5);

        assertThat(app.planning().deliveryDayFrom(saturday)).isEqualTo(TestKitchen.MONDAY.plusDays(7));
    }

    @Test
    void withNoDeliveriesAheadTheDayItselfOpens() {
        LocalDate farAhead = TestKitchen.MONDAY.plusYears(1);

        assertThat(app.planning().deliveryDayFrom(farAhead)).isEqualTo(farAhead);
    }

    @Test
    void everyDemoAreaHasItsCentreForTheMap() {
        var centres = app.planning().areaCentres();

        assertThat(centres).hasSize(app.fleet().areas().size());
        assertThat(centres).allSatisfy(a -> {
            assertThat(a.lat()).isBetween(59.8, 60.1);
            assertThat(a.lon()).isBetween(10.3, 10.8);
        });
        assertThat(centres).extracting(AreaCentre::name).contains("Fornebu", "Lysaker", "Snarøya");
    }
}
