package no.smartmat.console.haccp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;

/**
 * A small real kitchen for HACCP tests: a cold room and a freezer with sensors (every 15 minutes), a fridge read by
 * hand, a blast chiller, one van's two compartments; a kitchen worker and a supervisor; a clock the test moves.
 */
public final class HaccpKitchen {

    static final LocalDate MONDAY = TestKitchen.MONDAY;

    public final AppContext app;
    final Haccp haccp;
    final MutableClock clock;
    final CurrentUser kitchen;
    final CurrentUser supervisor;

    private HaccpKitchen(AppContext app, MutableClock clock) {
        this.app = app;
        this.haccp = app.haccp();
        this.clock = clock;
        this.kitchen = TestKitchen.user(app, Role.KITCHEN);
        this.supervisor = TestKitchen.user(app, Role.SUPERVISOR);
    }

    public static HaccpKitchen create(Path dir) {
        return create(dir, MONDAY.atTime(10, 0));
    }

    /** The same kitchen set up at {@code start}, its units watched from a week before. */
    public static HaccpKitchen create(Path dir, LocalDateTime start) {
        MutableClock clock = new MutableClock(start, TestKitchen.OSLO);
        AppContext app = TestKitchen.empty(dir, clock);
        HaccpKitchen k = new HaccpKitchen(app, clock);
        CurrentUser admin = CurrentUser.headless("test");
        LocalDate from = start.toLocalDate().minusDays(7);
        k.unit("KR-1", "Kjølerom 1", UnitKind.COLD_ROOM, "dt-kr1", "15", from, admin);
        k.unit("FR-1", "Fryserom", UnitKind.FREEZER, "dt-fr1", "15", from, admin);
        k.unit("KS-1", "Kjøleskap produksjon", UnitKind.FRIDGE, "", "", from, admin);
        k.unit("NK-1", "Nedkjøler", UnitKind.BLAST_CHILLER, "", "", from, admin);
        app.fleet().saveVehicle(Optional.empty(), "BIL-01", "EL 51230", "Kjølebil", "", "45", "14", "45", true, admin);
        k.haccp.units().ensureVanUnits(from, admin);
        return k;
    }

    private void unit(String code, String name, UnitKind kind, String instrument, String interval, LocalDate from,
                      CurrentUser by) {
        var saved = haccp.units().save(Optional.empty(), new ColdUnitService.UnitForm(code, name, kind.name(),
                "Produksjonskjøkken", "", instrument, "", interval, true), from, by);
        if (!saved.isValid()) {
            throw new IllegalStateException(saved.errors().toString());
        }
    }

    long unitId(String code) {
        return haccp.units().byCode(code).orElseThrow().unit().id();
    }

    /** A logger CSV (Norwegian Excel style) with one reading every 15 minutes from {@code start}. */
    static byte[] loggerCsv(LocalDateTime start, double... values) {
        StringBuilder b = new StringBuilder("Tidspunkt;Temperatur (°C)\r\n");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        for (int i = 0; i < values.length; i++) {
            b.append(f.format(start.plusMinutes(15L * i))).append(';')
                    .append(String.valueOf(values[i]).replace('.', ',')).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports sensor readings for a unit through the logger import, as a kitchen would. */
    LoggerImportService.Imported sensor(String unitCode, LocalDateTime start, double... values) {
        var preview = haccp.imports().preview(new LoggerImportService.Request("logger.csv", loggerCsv(start, values),
                Optional.of(unitCode), Optional.empty(), Optional.empty()));
        return haccp.imports().commit(preview, false, kitchen).valueIfDone()
                .orElseThrow(() -> new IllegalStateException(preview.errors() + " " + preview.fileError()));
    }

    ReadingService.ManualEntry entry(String unitCode, String value, String at) {
        return new ReadingService.ManualEntry(unitId(unitCode), value, at, MeasureMethod.AIR, "TERM-1", "", Optional.empty());
    }

    static ReadingService.DeviationEntry deviation(String cause, String action, String food) {
        return new ReadingService.DeviationEntry("Målt for høy temperatur",
                new DeviationService.ActionForm(cause, action, food, "", ""));
    }
}
