package no.smartmat.console.slots;

import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import static no.smartmat.console.db.jooq.Tables.SLOT_BOOKING;
import static no.smartmat.console.db.jooq.Tables.STOP;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.testsupport.TestKitchen;

/**
 * A small real kitchen for the window rules: area Sandvika delivers on Tuesdays with windows 09–11 and 11–13
 * (capacities chosen by the test) and the default 09–15 (capacity 50), and {@code n} clients K-1..K-n there.
 * The clock is Monday 23 November 2026 10:00 unless the test says otherwise, so Tuesday 24th is still open.
 */
public final class SlotKitchen {

    public static final LocalDate MONDAY = TestKitchen.MONDAY;
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);
    public static final TimeWindow MORNING = TimeWindow.of(9, 11);
    public static final TimeWindow MIDDAY = TimeWindow.of(11, 13);
    static final TimeWindow ANY_TIME = TimeWindow.of(9, 15);
    static final Messages NB = new Messages(Messages.NORWEGIAN);

    public final AppContext app;
    public final long areaId;
    final List<Long> clients;
    public final CurrentUser coordinator;

    private SlotKitchen(AppContext app, long areaId, List<Long> clients, CurrentUser coordinator) {
        this.app = app;
        this.areaId = areaId;
        this.clients = clients;
        this.coordinator = coordinator;
    }

    public static SlotKitchen create(Path dir, int clientCount, int morningCapacity, int middayCapacity) {
        AppContext app = TestKitchen.empty(dir);
        CurrentUser setup = CurrentUser.headless("test");
        long areaId = app.db().transaction(tx -> app.areaRepository().insert(tx, "Sandvika", Optional.of(DayOfWeek.TUESDAY)));
        add(app, areaId, MORNING, morningCapacity, false, setup);
        add(app, areaId, MIDDAY, middayCapacity, false, setup);
        add(app, areaId, ANY_TIME, 50, true, setup);
        List<Long> clients = new ArrayList<>();
        app.db().transactionRun(tx -> {
            for (int i = 1; i <= clientCount; i++) {
                clients.add(app.clientRepository().insert(tx, new ClientData("K-" + i, "Bruker " + i + " Ødegård",
                        "Brynsveien " + i, "1338", "Sandvika", Optional.of(new GeoPoint(59.89 + i * 0.001, 10.52)), "",
                        Optional.of("Sandvika"), "", "", false, List.of(), Optional.empty(), 7, Optional.empty(),
                        Optional.empty()), app.clock().instant()));
            }
        });
        return new SlotKitchen(app, areaId, clients, TestKitchen.user(app, Role.COORDINATOR));
    }

    /** The same kitchen file opened a second time (another workstation), with its own clock. */
    SlotKitchen openAgain(Clock clock) {
        AppContext other = TestKitchen.empty(app.dataDir(), clock);
        return new SlotKitchen(other, areaId, clients, TestKitchen.user(other, Role.COORDINATOR));
    }

    SlotKitchen at(LocalDateTime localTime) {
        return openAgain(TestKitchen.clockAt(localTime));
    }

    private static void add(AppContext app, long areaId, TimeWindow w, int capacity, boolean isDefault, CurrentUser by) {
        var result = app.slotTemplates().addTemplate(areaId, DayOfWeek.TUESDAY, w.start().toString(), w.end().toString(),
                String.valueOf(capacity), isDefault, by);
        if (!result.isValid()) {
            throw new IllegalStateException(result.errors().toString());
        }
    }

    public long client(int number) {
        return clients.get(number - 1);
    }

    DaySlots day(LocalDate date) {
        return app.slots().day(areaId, date).orElseThrow();
    }

    WindowState window(LocalDate date, TimeWindow window) {
        return day(date).window(window).orElseThrow();
    }

    public List<String> bookedIn(LocalDate date, TimeWindow window) {
        return window(date, window).bookings().stream().map(p -> p.client().clientNumber()).sorted().toList();
    }

    /** An imported order's stop for the client on the date, in {@code window}. */
    public void stop(long clientId, LocalDate date, TimeWindow window) {
        app.db().transactionRun(tx -> tx.insertInto(STOP).set(STOP.CLIENT_ID, clientId).set(STOP.DELIVERY_DATE, date)
                .set(STOP.WINDOW_START, window.start()).set(STOP.WINDOW_END, window.end()).execute());
    }

    TimeWindow stopWindow(long clientId, LocalDate date) {
        var r = app.db().dsl().selectFrom(STOP).where(STOP.CLIENT_ID.eq(clientId)).and(STOP.DELIVERY_DATE.eq(date)).fetchSingle();
        return new TimeWindow(r.getWindowStart(), r.getWindowEnd());
    }

    int storedBookings(LocalDate date) {
        return app.db().dsl().fetchCount(SLOT_BOOKING, SLOT_BOOKING.DELIVERY_DATE.eq(date));
    }

    String render(Outcome<UserMessage> result) {
        return switch (result) {
            case Outcome.Done<UserMessage> d -> NB.render(d.value());
            case Outcome.Refused<UserMessage> r -> NB.render(r.reason());
        };
    }
}
