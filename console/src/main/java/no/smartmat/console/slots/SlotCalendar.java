package no.smartmat.console.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.smartmat.console.slots.SlotSnapshot.StandingCandidate;
import no.smartmat.console.slots.SlotSnapshot.StoredBooking;
import no.smartmat.console.slots.SlotSnapshot.StoredSlot;

/**
 * Computes areas' days from a {@link SlotSnapshot}, without the database. A day somebody has booked into is
 * read as stored; any other day is computed: template + exceptions, and standing bookings given places
 * first come (oldest standing booking) first served, exactly as storing the day would place them.
 */
final class SlotCalendar {

    private final CutoffRule cutoff;

    SlotCalendar(CutoffRule cutoff) {
        this.cutoff = cutoff;
    }

    /** Every (area, date) of the snapshot's range that has windows, a closing exception or stored windows. */
    List<DaySlots> days(SlotSnapshot s, Instant now) {
        List<DaySlots> days = new ArrayList<>();
        List<Map.Entry<Long, String>> areas = s.areaNames().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList();
        for (LocalDate date = s.from(); !date.isAfter(s.to()); date = date.plusDays(1)) {
            LocalDate d = date;
            for (Map.Entry<Long, String> area : areas) {
                long id = area.getKey();
                boolean relevant = s.templates().stream().anyMatch(t -> t.areaId() == id && t.weekday() == d.getDayOfWeek())
                        || s.exceptions().stream().anyMatch(e -> e.areaId() == id && e.date().equals(d))
                        || s.slots().stream().anyMatch(x -> x.areaId() == id && x.date().equals(d));
                if (relevant) {
                    days.add(day(s, id, d, now));
                }
            }
        }
        return days;
    }

    DaySlots day(SlotSnapshot s, long areaId, LocalDate date, Instant now) {
        ResolvedDay resolved = SlotResolver.resolve(date,
                s.templates().stream().filter(t -> t.areaId() == areaId).toList(),
                s.exceptions().stream().filter(e -> e.areaId() == areaId).toList());
        List<StoredSlot> stored = s.slots().stream().filter(x -> x.areaId() == areaId && x.date().equals(date)).toList();
        List<StandingCandidate> candidates = waiting(s, areaId, date);
        List<WindowState> windows = new ArrayList<>();
        List<DaySlots.Unplaced> unplaced = new ArrayList<>();
        if (!stored.isEmpty()) {
            Map<Long, List<StoredBooking>> bySlot = s.bookings().stream().filter(b -> b.date().equals(date))
                    .collect(Collectors.groupingBy(StoredBooking::slotId));
            Set<Long> booked = s.bookings().stream().filter(b -> b.date().equals(date)).map(b -> b.client().id())
                    .collect(Collectors.toSet());
            for (StoredSlot slot : stored.stream().sorted(Comparator.comparing(StoredSlot::window)).toList()) {
                List<Placement> places = bySlot.getOrDefault(slot.id(), List.of()).stream()
                        .map(b -> new Placement(b.client(), slot.window(), b.kind(), b.override(), true))
                        .sorted(Comparator.comparing((Placement p) -> p.client().name()).thenComparing(p -> p.client().clientNumber()))
                        .toList();
                windows.add(new WindowState(slot.window(), slot.capacity(), slot.booked(), slot.isDefault(),
                        resolved.window(slot.window()).flatMap(ResolvedDay.Window::exceptionReason), places));
            }
            candidates.stream().filter(c -> !booked.contains(c.client().id()))
                    .forEach(c -> unplaced.add(new DaySlots.Unplaced(c.client(), c.booking().window())));
        } else {
            Map<TimeWindow, List<Placement>> placed = new LinkedHashMap<>();
            resolved.windows().forEach(w -> placed.put(w.window(), new ArrayList<>()));
            for (StandingCandidate c : candidates) {
                TimeWindow wanted = c.booking().window();
                Optional<ResolvedDay.Window> w = resolved.window(wanted);
                if (w.isPresent() && placed.get(wanted).size() < w.get().capacity()) {
                    placed.get(wanted).add(new Placement(c.client(), wanted, BookingKind.STANDING, false, false));
                } else {
                    unplaced.add(new DaySlots.Unplaced(c.client(), wanted));
                }
            }
            for (ResolvedDay.Window w : resolved.windows()) {
                List<Placement> places = placed.get(w.window()).stream()
                        .sorted(Comparator.comparing((Placement p) -> p.client().name()).thenComparing(p -> p.client().clientNumber()))
                        .toList();
                windows.add(new WindowState(w.window(), w.capacity(), places.size(), w.isDefault(), w.exceptionReason(), places));
            }
        }
        Set<Long> placed = windows.stream().flatMap(w -> w.bookings().stream()).map(p -> p.client().id())
                .collect(Collectors.toSet());
        Set<Long> paused = s.pauses().stream().filter(p -> p.covers(date)).map(DeliveryPause::clientId)
                .collect(Collectors.toSet());
        List<ClientRef> withoutWindow = s.clients().stream()
                .filter(c -> c.client().areaId().equals(Optional.of(areaId)) && c.isActiveOn(date))
                .map(SlotSnapshot.ActiveClient::client)
                .filter(c -> !placed.contains(c.id()) && !paused.contains(c.id()))
                .toList();
        return new DaySlots(areaId, s.areaNames().getOrDefault(areaId, "?"), date, windows, resolved.closedReason(),
                cutoff.deadline(date), cutoff.isPast(date, now), unplaced, withoutWindow, !stored.isEmpty());
    }

    /** The area's standing bookings that want a place on {@code date}: client active, not paused; oldest first. */
    static List<StandingCandidate> waiting(SlotSnapshot s, long areaId, LocalDate date) {
        Set<Long> paused = s.pauses().stream().filter(p -> p.covers(date)).map(DeliveryPause::clientId)
                .collect(Collectors.toSet());
        return s.standing().stream()
                .filter(c -> c.client().areaId().equals(Optional.of(areaId)))
                .filter(c -> c.wantsDeliveryOn(date))
                .filter(c -> !paused.contains(c.client().id()))
                .sorted(Comparator.comparingLong(c -> c.booking().id()))
                .toList();
    }

    /** The client's window on the day: their place if they have one, else the area's default window. */
    static Optional<WindowChoice> windowFor(DaySlots day, long clientId) {
        return day.placementOf(clientId)
                .map(p -> new WindowChoice(p.window(), p.kind() == BookingKind.ONE_OFF
                        ? WindowChoice.Source.ONE_OFF : WindowChoice.Source.STANDING))
                .or(() -> day.defaultWindow().map(w -> new WindowChoice(w, WindowChoice.Source.AREA_DEFAULT)));
    }
}
