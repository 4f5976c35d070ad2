package no.smartmat.console.slots;

import static no.smartmat.console.slots.SlotKitchen.MIDDAY;
import static no.smartmat.console.slots.SlotKitchen.MORNING;
import static no.smartmat.console.slots.SlotKitchen.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smartmat slots} against a real kitchen file, as a script would run it. */
class SlotsCommandTest {

    @TempDir
    Path dir;

    /** Commands run on the real clock: a Tuesday well ahead of it, so its cut-off has not passed. */
    private static final java.time.LocalDate DAY = java.time.LocalDate.now().plusDays(8)
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
    private static final String DAY_NB = java.time.format.DateTimeFormatter.ofPattern("EEEE d.M.yyyy", SlotKitchen.NB.locale())
            .format(DAY);


    private Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void printsTheDaysWindowsWithBookedAndCapacityAndBooksHeadless() {
        SlotKitchen k = SlotKitchen.create(dir, 4, 10, 3);
        k.app.bookings().setStanding(k.client(1), MORNING, TUESDAY, false, k.coordinator);

        Cli.Run book = run("slots", "book", "--data-dir", dir.toString(), "--client", "K-2", "--date", DAY.toString(),
                "--window", "11-13");
        Cli.Run listing = run("slots", "--data-dir", dir.toString(), "--date", DAY.toString());

        assertThat(book.exit()).isZero();
        assertThat(book.out()).contains("Bruker 2 Ødegård er booket i 11:00–13:00 " + DAY_NB + ".");
        assertThat(listing.exit()).isZero();
        assertThat(listing.out()).contains("Leveringsvinduer " + DAY_NB + " – bestillingsfrist ", " kl. 16:00 (åpen)",
                "Sandvika", "  09:00–11:00      1/10", "  11:00–13:00      1/3", "  09:00–15:00      0/50   standard (+2 uten valgt vindu)",
                "Sum: 2 booket av 63 plasser i 1 område.");
        assertThat(k.bookedIn(DAY, MIDDAY)).containsExactly("K-2");
    }

    @Test
    void aRefusedBookingExitsWithOneAndTheReason() {
        SlotKitchen.create(dir, 2, 10, 3);

        Cli.Run bad = run("slots", "book", "--data-dir", dir.toString(), "--client", "K-1", "--date", DAY.toString(),
                "--window", "07-08");
        Cli.Run unknown = run("slots", "book", "--data-dir", dir.toString(), "--client", "K-99", "--date", DAY.toString(),
                "--window", "09-11");

        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("Sandvika har ikke vinduet 07:00–08:00 åpent " + DAY_NB + ".");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("Fant ingen bruker med brukernummer K-99.");
    }

    @Test
    void bookingOnAPublishedDayAndPrintingItSayWhatChangedAfterPublishing() throws Exception {
        SlotKitchen k = SlotKitchen.create(dir, 2, 10, 3);
        var setup = no.smartmat.console.access.CurrentUser.headless("test");
        k.app.fleet().saveDriver(java.util.Optional.empty(), "D-01", "Lise Bakken", "", "08:30", "15:30", true, setup);
        k.app.db().transactionRun(tx -> k.app.fleetRepository().insertVehicle(tx, new no.smartmat.console.fleet.Vehicle(0,
                "BIL-01", "EL 51230", "Kjølebil", java.util.Optional.of("D-01"),
                new no.smartmat.console.fleet.Capacity(45, 14, 45), true)));
        k.stop(k.client(1), DAY, TimeWindow.of(9, 15));
        k.stop(k.client(2), DAY, TimeWindow.of(9, 15));
        var day = k.app.planning().scenario(DAY);
        var plan = k.app.planning().evaluate(day, java.util.Map.of("BIL-01",
                day.scenario().stops().stream().map(x -> x.id()).toList())).plan();
        k.app.planning().publish(k.app.planning().saveDraft(day, plan, java.util.Set.of(), setup).id(), setup);

        Cli.Run book = run("slots", "book", "--data-dir", dir.toString(), "--client", "K-1", "--date", DAY.toString(),
                "--window", "11-13");
        Cli.Run print = run("print", "manifests", "--data-dir", dir.toString(), "--date", DAY.toString(), "--out",
                dir.resolve("kjorelister.pdf").toString());

        assertThat(book.exit()).isZero();
        assertThat(book.out()).contains("Bruker 1 Ødegård er booket i 11:00–13:00", "Endret etter publisering", "plan v1",
                "rute BIL-01", "Bruker 1 Ødegård (K-1)", "11:00–13:00", "09:00–15:00", "Planlegg dagen på nytt");
        assertThat(print.exit()).as("printing warns, it does not refuse").isZero();
        assertThat(print.err()).contains("Advarsel: 1 endring etter at plan v1 ble publisert", "Bruker 1 Ødegård (K-1)");
        assertThat(print.out()).contains("Skrev kjørelister");
    }
}
