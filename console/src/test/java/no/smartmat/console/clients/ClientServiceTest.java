package no.smartmat.console.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.validation.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientServiceTest {

    @TempDir
    Path dir;
    final CurrentUser by = CurrentUser.headless("test");

    @Test
    void aClientRoundTripsThroughTheDatabaseWithEveryField() {
        AppContext app = TestKitchen.empty(dir);
        app.fleet().saveDriver(Optional.empty(), "D-07", "Jonas Lillehagen", "", "08:30", "15:30", true, by);
        ClientForm form = ClientForm.builder().set("clientNumber", "K-10443").set("name", "Bjørg Brække-Østensjø")
                .set("address", "Åsløkkveien 15B").set("postcode", "1341").set("city", "Slependen").set("phone", "+47 912 34 567")
                .set("area", "Slependen").set("lat", "59,8853").set("lon", "10,5029").set("accessNotes", "Nøkkelboks ved garasjen")
                .set("keyBoxCode", "4711").set("putInFridge", "ja").set("dietCodes", "GLUTEN MOS").set("regularDriver", "D-07")
                .set("serviceMinutes", "9").set("activeFrom", "2026-01-05").build();

        Client created = ((Validated.Valid<Client>) app.clients().create(form, by)).value();
        Client read = TestKitchen.empty(dir).clients().byId(created.id()).orElseThrow();

        assertThat(read).isEqualTo(created);
        assertThat(read.data()).isEqualTo(new ClientData("K-10443", "Bjørg Brække-Østensjø", "Åsløkkveien 15B", "1341",
                "Slependen", Optional.of(new GeoPoint(59.8853, 10.5029)), "+47 912 34 567", Optional.of("Slependen"),
                "Nøkkelboks ved garasjen", "4711", true, List.of("GLUTEN", "MOS"), Optional.of("D-07"), 9,
                Optional.of(LocalDate.of(2026, 1, 5)), Optional.empty()));
    }

    @Test
    void aTakenClientNumberIsRefusedWithTheOwnersName() {
        AppContext app = TestKitchen.empty(dir);
        ClientForm.Builder base = ClientForm.builder().set("clientNumber", "K-1").set("address", "Damveien 1")
                .set("postcode", "1337").set("city", "Sandvika");
        app.clients().create(base.set("name", "Ola Nordmann").build(), by);

        Validated<Client> second = app.clients().create(base.set("name", "Kari Nordmann").build(), by);

        assertThat(second.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("clientNumber");
            assertThat(e.message().key()).isEqualTo("clients.validation.clientNumberTaken");
            assertThat(e.message().args()).containsExactly("Ola Nordmann");
        });
        assertThat(app.clients().count()).isEqualTo(1);
    }

    @Test
    void deactivatingKeepsTheClientAndItsHistory() {
        AppContext app = TestKitchen.empty(dir);
        Client c = ((Validated.Valid<Client>) app.clients().create(ClientForm.builder().set("clientNumber", "K-1")
                .set("name", "Ola").set("address", "Damveien 1").set("postcode", "1337").set("city", "Sandvika").build(), by)).value();

        Client inactive = app.clients().deactivate(c.id(), TestKitchen.MONDAY, by).client();

        assertThat(inactive.isActiveOn(TestKitchen.MONDAY)).isTrue();
        assertThat(inactive.isActiveOn(TestKitchen.MONDAY.plusDays(1))).isFalse();
        assertThat(app.clients().count()).isEqualTo(1);
        assertThat(app.audit().forEntity(app.db().dsl(), "client", "K-1")).extracting(e -> e.action())
                .containsExactly("CREATE", "DEACTIVATE");
    }

    @Test
    void aVanRoundTripsWithItsCompartmentsAndUsualDriver() {
        AppContext app = TestKitchen.empty(dir);
        app.fleet().saveDriver(Optional.empty(), "D-01", "Tomasz Nowak", "+47 900 00 000", "07:45", "15:15", true, by);

        Validated<Vehicle> saved = app.fleet().saveVehicle(Optional.empty(), "bil-01", "el 51230", "Kjølebil", "d-01",
                "45", "14", "40", true, by);

        Vehicle v = ((Validated.Valid<Vehicle>) saved).value();
        assertThat(app.fleet().vehicles()).containsExactly(v);
        assertThat(v.code()).isEqualTo("BIL-01");
        assertThat(v.registration()).isEqualTo("EL 51230");
        assertThat(v.defaultDriverCode()).contains("D-01");
        assertThat(v.capacity()).isEqualTo(new Capacity(45, 14, 40));
        assertThat(app.fleet().drivers().getFirst().shiftStart()).isEqualTo(java.time.LocalTime.of(7, 45));
    }

    @Test
    void aShiftThatEndsBeforeItStartsIsRefused() {
        AppContext app = TestKitchen.empty(dir);
        var result = app.fleet().saveDriver(Optional.empty(), "D-02", "Lise", "", "15:00", "08:00", true, by);
        assertThat(result.errors()).extracting(e -> e.field()).containsExactly("shiftEnd");
    }
}
