package no.smartmat.console.slots;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.db.Database;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.slots.Offer.Availability;
import no.smartmat.console.slots.Offer.WindowOffer;
import org.jooq.DSLContext;

/**
 * Reading delivery windows: an area's days with bookings (calendar, headless listing), the window a client's
 * delivery goes in ({@link #windowFor}), and the windows to offer a client on a date. Nothing here writes:
 * days nobody has booked into are computed from templates, exceptions and standing bookings.
 */
public final class SlotService {

    /** How far ahead {@link Offer} looks for the area's next delivery day when the asked date has none. */
    private static final int NEXT_DAY_SEARCH_DAYS = 14;

    private final Database db;
    private final SlotRepository repo;
    private final SlotSettings settings;
    private final CutoffRule cutoff;
    private final SlotCalendar calendar;
    private final RouteAdvisor advisor;
    private final Clock clock;

    public SlotService(Database db, SlotRepository repo, SlotSettings settings, RouteAdvisor advisor, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.settings = settings;
        this.cutoff = CutoffRule.of(settings, clock.getZone());
        this.calendar = new SlotCalendar(cutoff);
        this.advisor = advisor;
        this.clock = clock;
    }

    public SlotSettings settings() {
        return settings;
    }

    public CutoffRule cutoff() {
        return cutoff;
    }

    SlotCalendar calendar() {
        return calendar;
    }

    /** Every area's days in the ISO week (Monday–Sunday) of {@code anyDay}; {@code areaId} narrows to one area. */
    public List<DaySlots> week(LocalDate anyDay, Optional<Long> areaId) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days(monday, monday.plusDays(6), areaId);
    }

    /** Every area's days from {@code from} to {@code to}, both included, by date and area name. */
    public List<DaySlots> days(LocalDate from, LocalDate to, Optional<Long> areaId) {
        return calendar.days(repo.snapshot(db.dsl(), from, to, areaId), clock.instant());
    }

    public Optional<DaySlots> day(long areaId, LocalDate date) {
        return days(date, date, Optional.of(areaId)).stream().findFirst();
    }

    /**
     * The window a client's delivery on {@code date} goes in: their booking for that date (one-off or standing),
     * else the area's default window. Empty when the client is unknown, has no area, or the area has no open
     * window that day. Pauses are not considered here: see {@link #pauseOn}.
     */
    public Optional<WindowChoice> windowFor(long clientId, LocalDate date) {
        return windowFor(db.dsl(), clientId, date);
    }

    private Optional<WindowChoice> windowFor(DSLContext ctx, long clientId, LocalDate date) {
        return Optional.ofNullable(windowsFor(ctx, date, List.of(clientId)).get(clientId));
    }

    /**
     * {@link #windowFor} for many clients of one date at once (a whole batch: one read per area, not per
     * order). Clients without a window are left out of the map.
     */
    Map<Long, WindowChoice> windowsFor(DSLContext ctx, LocalDate date, Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ClientRef>> byArea = repo.clients(ctx, clientIds).values().stream()
                .filter(c -> c.areaId().isPresent())
                .collect(Collectors.groupingBy(c -> c.areaId().get()));
        Map<Long, WindowChoice> result = new HashMap<>();
        Instant now = clock.instant();
        byArea.forEach((areaId, clients) -> {
            DaySlots day = calendar.day(repo.snapshot(ctx, date, date, Optional.of(areaId)), areaId, date, now);
            clients.forEach(c -> SlotCalendar.windowFor(day, c.id()).ifPresent(w -> result.put(c.id(), w)));
        });
        return result;
    }

    /** The client's temporary stop covering {@code date}, if any. */
    private Optional<DeliveryPause> pauseOn(DSLContext ctx, long clientId, LocalDate date) {
        return repo.pausesOf(ctx, clientId).stream().filter(p -> p.covers(date)).findFirst();
    }

    public Optional<DeliveryPause> pauseOn(long clientId, LocalDate date) {
        return pauseOn(db.dsl(), clientId, date);
    }

    /** A client's standing bookings and temporary stops, for the booking panel. */
    public record ClientSlots(ClientRef client, List<StandingBooking> standing, List<DeliveryPause> pauses) {}

    public Optional<ClientSlots> clientSlots(long clientId) {
        DSLContext ctx = db.dsl();
        return repo.client(ctx, clientId).map(c -> new ClientSlots(c, repo.standingOf(ctx, clientId), repo.pausesOf(ctx, clientId)));
    }

    /**
     * The windows of the client's area on {@code date}, each available / full / closed / not feasible with its
     * reason, and green where a planned route already passes near the client.
     */
    public Optional<Offer> offer(long clientId, LocalDate date) {
        DSLContext ctx = db.dsl();
        Optional<ClientRef> found = repo.client(ctx, clientId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClientRef client = found.get();
        Instant now = clock.instant();
        List<UserMessage> notices = new ArrayList<>();
        boolean pastCutoff = cutoff.isPast(date, now);
        if (client.areaId().isEmpty()) {
            notices.add(UserMessage.of("slots.offer.noArea", client.name()));
            return Optional.of(new Offer(client, date, List.of(), Optional.empty(), cutoff.deadline(date), pastCutoff,
                    false, notices));
        }
        long areaId = client.areaId().get();
        DaySlots day = calendar.day(repo.snapshot(ctx, date, date, Optional.of(areaId)), areaId, date, now);
        Optional<TimeWindow> current = SlotCalendar.windowFor(day, clientId).map(WindowChoice::window);
        Optional<DeliveryPause> pause = pauseOn(ctx, clientId, date);
        day.closedReason().ifPresent(r -> notices.add(UserMessage.of("slots.offer.dayClosed", day.areaName(),
                SlotFormats.day(date), r)));
        if (day.windows().isEmpty() && day.closedReason().isEmpty()) {
            notices.add(UserMessage.of("slots.offer.noDelivery", day.areaName(), SlotFormats.day(date)));
        }
        if (!day.offersDelivery()) {
            nextDeliveryDay(ctx, areaId, date.plusDays(1)).ifPresent(next ->
                    notices.add(UserMessage.of("slots.offer.nextDay", day.areaName(), SlotFormats.day(next))));
        }
        pause.ifPresent(p -> notices.add(UserMessage.of("slots.offer.paused", SlotFormats.day(p.from()),
                SlotFormats.day(p.to()), p.reason())));
        if (pastCutoff) {
            notices.add(UserMessage.of("slots.offer.pastCutoff", SlotFormats.wallClock(day.cutoff())));
        }
        Optional<TimeWindow> held = day.placementOf(clientId).map(Placement::window);
        List<TimeWindow> toCheck = day.windows().stream()
                .filter(w -> w.isOpen() && (!w.isFull() || held.equals(Optional.of(w.window()))))
                .map(WindowState::window).toList();
        Optional<Map<TimeWindow, RouteAdvisor.WindowAdvice>> advice = pause.isPresent() || toCheck.isEmpty()
                ? Optional.empty() : advisor.advise(ctx, clientId, date, toCheck);
        List<WindowOffer> offers = day.windows().stream()
                .map(w -> offerOf(w, current, held, pastCutoff, day, pause, advice.map(a -> a.get(w.window()))))
                .toList();
        return Optional.of(new Offer(client, date, offers, current, day.cutoff(), pastCutoff, advice.isPresent(), notices));
    }

    private WindowOffer offerOf(WindowState w, Optional<TimeWindow> current, Optional<TimeWindow> held,
                                boolean pastCutoff, DaySlots day, Optional<DeliveryPause> pause,
                                Optional<RouteAdvisor.WindowAdvice> advice) {
        boolean isCurrent = current.equals(Optional.of(w.window()));
        boolean holdsPlace = held.equals(Optional.of(w.window()));
        boolean green = advice.map(RouteAdvisor.WindowAdvice::green).orElse(false);
        Optional<Double> detour = advice.flatMap(RouteAdvisor.WindowAdvice::detourKm);
        if (pause.isPresent()) {
            return new WindowOffer(w.window(), Availability.CLOSED, UserMessage.of("slots.offer.reason.paused",
                    pause.get().reason()), w.booked(), w.capacity(), isCurrent, false, false, Optional.empty());
        }
        if (!w.isOpen()) {
            return new WindowOffer(w.window(), Availability.CLOSED, UserMessage.of("slots.offer.reason.closed",
                    w.exceptionReason().orElse("")), w.booked(), w.capacity(), isCurrent, false, false, Optional.empty());
        }
        if (w.isFull() && !holdsPlace) {
            return new WindowOffer(w.window(), Availability.FULL, UserMessage.of("slots.offer.reason.full",
                    w.booked(), w.capacity()), w.booked(), w.capacity(), isCurrent, false, false, Optional.empty());
        }
        if (pastCutoff) {
            return new WindowOffer(w.window(), Availability.CLOSED, UserMessage.of("slots.offer.reason.pastCutoff",
                    SlotFormats.wallClock(day.cutoff())), w.booked(), w.capacity(), isCurrent, true, green, detour);
        }
        if (advice.isPresent() && !advice.get().feasible()) {
            return new WindowOffer(w.window(), Availability.NOT_FEASIBLE, advice.get().reason(), w.booked(), w.capacity(),
                    isCurrent, false, false, detour);
        }
        UserMessage reason = green
                ? UserMessage.of("slots.offer.reason.green", w.free(), detour.orElse(0.0))
                : UserMessage.of("slots.offer.reason.free", w.free());
        return new WindowOffer(w.window(), Availability.AVAILABLE, reason, w.booked(), w.capacity(), isCurrent, false,
                green, detour);
    }

    /** The area's first day from {@code from} on (within two weeks) with an open window. */
    public Optional<LocalDate> nextDeliveryDay(long areaId, LocalDate from) {
        return nextDeliveryDay(db.dsl(), areaId, from);
    }

    private Optional<LocalDate> nextDeliveryDay(DSLContext ctx, long areaId, LocalDate from) {
        SlotSnapshot s = repo.snapshot(ctx, from, from.plusDays(NEXT_DAY_SEARCH_DAYS - 1), Optional.of(areaId));
        return calendar.days(s, clock.instant()).stream().filter(DaySlots::offersDelivery).map(DaySlots::date).findFirst();
    }
}
