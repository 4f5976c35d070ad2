package no.smartmat.console.slots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.slots.SlotSnapshot.StandingCandidate;
import no.smartmat.console.slots.SlotSnapshot.StoredBooking;
import no.smartmat.console.slots.SlotSnapshot.StoredSlot;
import org.jooq.DSLContext;

/**
 * Keeps a day's stored windows right, inside the caller's transaction. A day is stored on its first booking
 * (windows from template + exceptions, standing bookings placed); after that {@code delivery_slot.booked} is the
 * count the capacity guard works on. Template or exception changes are carried into stored future days; one-off
 * bookings are never dropped by such a change (it is refused instead), standing places give way newest first
 * and come back when there is room.
 */
final class SlotDays {

    private final SlotRepository repo;
    private final SlotCalendar calendar;
    private final Clock clock;

    SlotDays(SlotRepository repo, SlotCalendar calendar, Clock clock) {
        this.repo = repo;
        this.calendar = calendar;
        this.clock = clock;
    }

    ResolvedDay resolve(DSLContext tx, long areaId, LocalDate date) {
        return SlotResolver.resolve(date, repo.templates(tx, Optional.of(areaId)),
                repo.exceptions(tx, Optional.of(areaId), date, date));
    }

    DaySlots day(DSLContext tx, long areaId, LocalDate date) {
        return calendar.day(repo.snapshot(tx, date, date, Optional.of(areaId)), areaId, date, clock.instant());
    }

    /** Stores the day's windows and places its standing bookings, unless the day is stored already. */
    void ensureStored(DSLContext tx, long areaId, LocalDate date) {
        if (repo.isStored(tx, areaId, date)) {
            return;
        }
        for (ResolvedDay.Window w : resolve(tx, areaId, date).windows()) {
            repo.insertSlot(tx, areaId, date, w);
        }
        placeWaiting(tx, areaId, date);
    }

    /** Gives free places of a stored day to standing bookings that wait for one; returns the clients placed. */
    Set<Long> placeWaiting(DSLContext tx, long areaId, LocalDate date) {
        SlotSnapshot s = repo.snapshot(tx, date, date, Optional.of(areaId));
        Set<Long> booked = s.bookings().stream().map(b -> b.client().id()).collect(Collectors.toSet());
        Map<TimeWindow, StoredSlot> slots = s.slots().stream().collect(Collectors.toMap(StoredSlot::window, x -> x));
        Set<Long> placed = new LinkedHashSet<>();
        for (StandingCandidate c : SlotCalendar.waiting(s, areaId, date)) {
            StoredSlot slot = slots.get(c.booking().window());
            if (booked.contains(c.client().id()) || slot == null) {
                continue;
            }
            if (repo.takePlace(tx, slot.id())) {
                repo.insertBooking(tx, slot.id(), c.client().id(), date, BookingKind.STANDING, false, Optional.empty(),
                        clock.instant());
                placed.add(c.client().id());
            }
        }
        return placed;
    }

    /**
     * What stops the stored day from following its (changed) templates and exceptions: windows that would
     * keep fewer places than they have one-off bookings. Empty when {@link #sync} may run.
     */
    List<UserMessage> conflicts(DSLContext tx, long areaId, String areaName, LocalDate date) {
        ResolvedDay resolved = resolve(tx, areaId, date);
        List<UserMessage> problems = new ArrayList<>();
        for (StoredSlot slot : repo.slotsOf(tx, areaId, date)) {
            int capacity = resolved.window(slot.window()).map(ResolvedDay.Window::capacity).orElse(0);
            long oneOffs = repo.bookingsOfSlot(tx, slot.id()).stream().filter(b -> b.kind() == BookingKind.ONE_OFF).count();
            if (oneOffs > capacity) {
                problems.add(UserMessage.of("slots.conflict.oneOffs", areaName, SlotFormats.day(date),
                        slot.window().toString(), oneOffs, capacity));
            }
        }
        return problems;
    }

    /** Brings a stored day in line with its templates and exceptions; call {@link #conflicts} first. */
    void sync(DSLContext tx, long areaId, LocalDate date) {
        if (!repo.isStored(tx, areaId, date)) {
            return;
        }
        ResolvedDay resolved = resolve(tx, areaId, date);
        Set<TimeWindow> storedWindows = new HashSet<>();
        for (StoredSlot slot : repo.slotsOf(tx, areaId, date)) {
            storedWindows.add(slot.window());
            Optional<ResolvedDay.Window> now = resolved.window(slot.window());
            int capacity = now.map(ResolvedDay.Window::capacity).orElse(0);
            int booked = slot.booked();
            for (StoredBooking b : repo.bookingsOfSlot(tx, slot.id())) {
                if (booked <= capacity) {
                    break;
                }
                if (b.kind() == BookingKind.STANDING) {
                    repo.deleteBooking(tx, b.id());
                    repo.releasePlace(tx, slot.id());
                    booked--;
                }
            }
            if (now.isEmpty()) {
                repo.deleteSlot(tx, slot.id());
            } else {
                repo.updateSlot(tx, slot.id(), capacity, now.get().isDefault());
            }
        }
        for (ResolvedDay.Window w : resolved.windows()) {
            if (!storedWindows.contains(w.window())) {
                repo.insertSlot(tx, areaId, date, w);
            }
        }
        placeWaiting(tx, areaId, date);
        alignStops(tx, areaId, date);
    }

    /**
     * Gives the area's open stops on {@code date} the window their booking says (or the default window):
     * stops are what the planner and the manifests read, so they must not keep a window nobody booked.
     */
    void alignStops(DSLContext tx, long areaId, LocalDate date) {
        Map<Long, TimeWindow> stops = repo.openStopsOfArea(tx, areaId, date);
        if (stops.isEmpty()) {
            return;
        }
        DaySlots day = day(tx, areaId, date);
        stops.forEach((clientId, window) -> SlotCalendar.windowFor(day, clientId)
                .filter(choice -> !choice.window().equals(window))
                .ifPresent(choice -> repo.setStopWindow(tx, clientId, date, choice.window())));
    }
}
