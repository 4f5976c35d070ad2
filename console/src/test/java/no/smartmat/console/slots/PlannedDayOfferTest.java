package no.smartmat.console.slots;

import no.smartmat.console.planning.DayScenario;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.slots.SlotKitchen.MIDDAY;
import static no.smartmat.console.slots.SlotKitchen.MORNING;
import static no.smartmat.console.slots.SlotKitchen.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.slots.Offer.Availability;
import no.smartmat.console.access.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows offered on a day that has a route plan: one van out of Sandvika serving two clients in Bærums Verk
 * (09–11) and one at Fornebu (11–13). A client next door to the Bærums Verk pair is green at 09–11, feasible
 * but far out of the way at 13–15 (after Fornebu), and impossible in an early extra window the van cannot reach.
 */
class PlannedDayOfferTest {

    @TempDir
    Path dir;

    private static final TimeWindow AFTERNOON = TimeWindow.of(13, 15);
    private static final TimeWindow EARLY = TimeWindow.of(7, 8);

    private SlotKitchen plannedKitchen() {
        SlotKitchen k = SlotKitchen.create(dir, 4, 10, 10);
        CurrentUser setup = CurrentUser.headless("test");
        k.app.fleet().saveDriver(Optional.empty(), "D-01", "Lise Bakken", "", "08:30", "15:30", true, setup);
        k.app.db().transactionRun(tx -> k.app.fleetRepository().insertVehicle(tx, new Vehicle(0, "BIL-01", "EL 51230",
                "Kjølebil", Optional.of("D-01"), new Capacity(45, 14, 45), true)));
        place(k, 1, 59.9300, 10.4800);
        place(k, 2, 59.9305, 10.4810);
        place(k, 3, 59.8950, 10.6200);
        place(k, 4, 59.9310, 10.4812);
        k.app.slotTemplates().addTemplate(k.areaId, java.time.DayOfWeek.TUESDAY, "13", "15", "10", false, setup);
        k.app.slotTemplates().addException(k.areaId, TUESDAY.toString(), "07:00", "08:00", "5", "Tidlig runde før jul", setup);
        k.app.bookings().setStanding(k.client(1), MORNING, SlotKitchen.MONDAY, false, setup);
        k.app.bookings().setStanding(k.client(2), MORNING, SlotKitchen.MONDAY, false, setup);
        k.app.bookings().setStanding(k.client(3), MIDDAY, SlotKitchen.MONDAY, false, setup);
        k.stop(k.client(1), TUESDAY, MORNING);
        k.stop(k.client(2), TUESDAY, MORNING);
        k.stop(k.client(3), TUESDAY, MIDDAY);
        DayScenario day = k.app.planning().scenario(TUESDAY);
        var evaluation = k.app.planning().evaluate(day, Map.of("BIL-01",
                List.of(plannerId(day, "K-1"), plannerId(day, "K-2"), plannerId(day, "K-3"))));
        assertThat(evaluation.hasHardViolations()).isFalse();
        var saved = k.app.planning().saveDraft(day, evaluation.plan(), java.util.Set.of(), setup);
        k.app.planning().publish(saved.id(), setup);
        return k;
    }

    static String plannerId(DayScenario day, String clientNumber) {
        return day.stops().values().stream().filter(i -> i.clientNumber().equals(clientNumber)).findFirst()
                .orElseThrow().plannerId();
    }

    private static void place(SlotKitchen k, int client, double lat, double lon) {
        k.app.db().transactionRun(tx -> tx.update(CLIENT).set(CLIENT.LAT, lat).set(CLIENT.LON, lon)
                .where(CLIENT.ID.eq(k.client(client))).execute());
    }

    @Test
    void aWindowWhereThePlannedRoutePassesNextDoorIsGreenAndTheOthersSayWhy() {
        SlotKitchen k = plannedKitchen();

        Offer offer = k.app.slots().offer(k.client(4), TUESDAY).orElseThrow();

        assertThat(offer.planChecked()).isTrue();
        assertThat(offer.window(MORNING).orElseThrow()).satisfies(w -> {
            assertThat(w.availability()).isEqualTo(Availability.AVAILABLE);
            assertThat(w.green()).isTrue();
            assertThat(w.detourKm()).hasValueSatisfying(km -> assertThat(km).isLessThan(0.5));
            assertThat(SlotKitchen.NB.render(w.reason())).startsWith("En planlagt rute passerer, 0,");
        });
        assertThat(offer.window(AFTERNOON).orElseThrow()).satisfies(w -> {
            assertThat(w.availability()).isEqualTo(Availability.AVAILABLE);
            assertThat(w.green()).isFalse();
            assertThat(w.detourKm()).hasValueSatisfying(km -> assertThat(km).isGreaterThan(5.0));
        });
        assertThat(offer.window(EARLY).orElseThrow()).satisfies(w -> {
            assertThat(w.availability()).isEqualTo(Availability.NOT_FEASIBLE);
            assertThat(w.green()).isFalse();
            assertThat(SlotKitchen.NB.render(w.reason())).isEqualTo(
                    "Ingen bil rekker fram før 08:00, selv rett fra kjøkkenet.");
            assertThat(w.bookable(false)).isTrue();
        });
    }

    @Test
    void aClientAlreadyOnTheRouteIsJudgedAsAMoveOfTheirOwnStop() {
        SlotKitchen k = plannedKitchen();

        Offer offer = k.app.slots().offer(k.client(3), TUESDAY).orElseThrow();

        assertThat(offer.window(MIDDAY).orElseThrow()).satisfies(w -> {
            assertThat(w.current()).isTrue();
            assertThat(w.availability()).isEqualTo(Availability.AVAILABLE);
        });
        assertThat(offer.window(MORNING).orElseThrow().green()).isFalse();
    }

    @Test
    void withoutAPlanNothingIsCheckedAndNothingIsGreen() {
        SlotKitchen k = SlotKitchen.create(dir, 2, 10, 10);

        Offer offer = k.app.slots().offer(k.client(1), TUESDAY).orElseThrow();

        assertThat(offer.planChecked()).isFalse();
        assertThat(offer.windows()).allSatisfy(w -> {
            assertThat(w.green()).isFalse();
            assertThat(w.availability()).isEqualTo(Availability.AVAILABLE);
        });
    }
}
