package no.smartmat.console.slots;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import no.smartmat.console.db.Database;
import no.smartmat.console.access.CurrentUser;

/**
 * The demo kitchen's delivery windows: the days of the current and next week are stored with the standing
 * bookings placed (so the calendar shows real counts), a few clients get one-off changes next week, one window
 * is full after a "fewer drivers" exception, one area is closed the week after, and one client has a hospital stay.
 * Every demo stop ends up in the window its client is booked into.
 */
public final class SlotsDemo {

    private SlotsDemo() {}

    public static void create(Database db, SlotService slots, BookingService bookings, SlotTemplateService templates,
                              LocalDate today) {
        CurrentUser demo = CurrentUser.headless("demo");
        Random random = new Random(4711);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SlotDays days = bookings.days();
        SlotRepository repo = new SlotRepository();
        List<DaySlots> twoWeeks = slots.days(monday, monday.plusDays(13), Optional.empty());
        db.transactionRun(tx -> twoWeeks.forEach(d -> days.ensureStored(tx, d.areaId(), d.date())));

        // One-off changes next week: clients who asked for another window once.
        LocalDate nextMonday = monday.plusWeeks(1);
        List<DaySlots> nextWeek = slots.days(nextMonday, nextMonday.plusDays(4), Optional.empty());
        for (int i = 0; i < 8; i++) {
            DaySlots day = nextWeek.get(random.nextInt(nextWeek.size()));
            List<ClientRef> clients = repo.clientsOfArea(db.dsl(), day.areaId(), day.date());
            List<WindowState> open = day.windows().stream().filter(w -> w.isOpen() && !w.isFull() && !w.isDefault()).toList();
            if (clients.isEmpty() || open.isEmpty()) {
                continue;
            }
            ClientRef client = clients.get(random.nextInt(clients.size()));
            bookings.book(client.id(), day.date(), open.get(random.nextInt(open.size())).window(), false, demo);
        }

        // Fewer drivers on next week's last delivery day: its busiest narrow window is cut to what is booked.
        nextWeek.stream().max(Comparator.comparing(DaySlots::date).thenComparing(DaySlots::booked)).ifPresent(day ->
                slots.day(day.areaId(), day.date()).flatMap(d -> d.windows().stream()
                                .filter(w -> !w.isDefault() && w.booked() > 0).max(Comparator.comparingInt(WindowState::booked)))
                        .ifPresent(w -> templates.addException(day.areaId(), day.date().toString(),
                                w.window().start().toString(), w.window().end().toString(), String.valueOf(w.booked()),
                                "Færre sjåfører: kurs i sikring av last", demo)));

        // The week after next: one area closed for road works, one client in hospital.
        LocalDate later = monday.plusWeeks(2);
        slots.days(later, later.plusDays(4), Optional.empty()).stream().findFirst().ifPresent(day ->
                templates.addException(day.areaId(), day.date().toString(), "", "", "0",
                        "Veiarbeid – området er stengt for tunge kjøretøy", demo));
        slots.days(later, later.plusDays(4), Optional.empty()).stream()
                .flatMap(d -> d.windows().stream().flatMap(w -> w.bookings().stream())).findFirst()
                .ifPresent(p -> bookings.pause(p.client().id(), later, later.plusDays(20),
                        "Sykehusopphold (Bærum sykehus)", false, demo));

        db.transactionRun(tx -> twoWeeks.forEach(d -> days.alignStops(tx, d.areaId(), d.date())));
    }
}
