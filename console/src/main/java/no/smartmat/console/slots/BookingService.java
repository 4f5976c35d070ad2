package no.smartmat.console.slots;

import no.smartmat.console.validation.Outcome;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.planning.ChangesAfterPublishing;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.slots.SlotRepository.AreaInfo;
import no.smartmat.console.slots.SlotRepository.StoredBookingInSlot;
import no.smartmat.console.slots.SlotSnapshot.StoredSlot;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import org.jooq.DSLContext;

/**
 * Changing bookings: a client into a window for one date, a standing weekly window, temporary stops. Each
 * change is one transaction (SQLite BEGIN IMMEDIATE: two coordinators' changes queue, never interleave), checks
 * the cut-off (a coordinator may override; the override gets its own audit entry), never takes a place that is
 * not free, and keeps the client's imported stops in the window they are booked into.
 */
public final class BookingService {

    /** Audit entity of every booking change; the entity id is the client number, so a client's history is one query. */
    public static final String AUDIT_ENTITY = "slot_booking";
    public static final String CUTOFF_OVERRIDE = "CUTOFF_OVERRIDE";

    private final Database db;
    private final SlotRepository repo;
    private final SlotDays days;
    private final CutoffRule cutoff;
    private final AuditLog audit;
    private final Clock clock;
    private final ChangesAfterPublishing afterPublishing;

    public BookingService(Database db, SlotRepository repo, SlotService slots, ChangesAfterPublishing afterPublishing,
                          AuditLog audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.afterPublishing = afterPublishing;
        this.cutoff = slots.cutoff();
        this.days = new SlotDays(repo, slots.calendar(), clock);
        this.audit = audit;
        this.clock = clock;
    }

    SlotDays days() {
        return days;
    }

    ChangesAfterPublishing afterPublishing() {
        return afterPublishing;
    }

    /**
     * Books the client into {@code window} on {@code date} (a one-off change; their standing booking stays for
     * other weeks). Moves them out of the window they were in that day. Refused when the window is full, past the
     * cut-off without {@code overrideCutoff}, not offered, or the client has a temporary stop that day.
     */
    public Outcome<UserMessage> book(long clientId, LocalDate date, TimeWindow window, boolean overrideCutoff, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("slots.refused.notAllowed");
        }
        return db.transaction(tx -> {
            Optional<ClientRef> found = repo.client(tx, clientId);
            if (found.isEmpty()) {
                return Outcome.refused("slots.refused.unknownClient");
            }
            ClientRef client = found.get();
            Optional<Outcome<UserMessage>> blocked = checkDay(tx, client, date, overrideCutoff);
            if (blocked.isPresent()) {
                return blocked.get();
            }
            long areaId = client.areaId().orElseThrow();
            String areaName = repo.area(tx, areaId).map(AreaInfo::name).orElse("");
            days.ensureStored(tx, areaId, date);
            Optional<StoredSlot> slot = repo.slotsOf(tx, areaId, date).stream()
                    .filter(s -> s.window().equals(window) && s.capacity() > 0).findFirst();
            if (slot.isEmpty()) {
                return Outcome.refused("slots.refused.notOffered", areaName,
                        SlotFormats.day(date), window.toString());
            }
            Optional<StoredBookingInSlot> before = repo.bookingOf(tx, clientId, date);
            if (before.isPresent() && before.get().slotId() == slot.get().id()) {
                return done("slots.done.unchanged", client.name(), window.toString(), SlotFormats.day(date));
            }
            if (!repo.takePlace(tx, slot.get().id())) {
                return Outcome.refused("slots.refused.full", window.toString(), SlotFormats.day(date),
                        slot.get().capacity());
            }
            before.ifPresent(b -> {
                repo.deleteBooking(tx, b.id());
                repo.releasePlace(tx, b.slotId());
            });
            boolean override = cutoff.isPast(date, clock.instant());
            repo.insertBooking(tx, slot.get().id(), clientId, date, BookingKind.ONE_OFF, override, by.id(), clock.instant());
            if (before.isPresent()) {
                days.placeWaiting(tx, areaId, date);
            }
            days.alignStops(tx, areaId, date);
            String details = date + " " + window + before.map(b -> " (var " + b.window() + ")").orElse("");
            record(tx, by, "BOOK", client, details, date);
            return done(tx, by, UserMessage.of("slots.done.booked", client.name(), window.toString(), SlotFormats.day(date)),
                    List.of());
        });
    }

    /** Undoes a one-off change: the client goes back to their standing window that day (or the default window). */
    public Outcome<UserMessage> revertToStanding(long clientId, LocalDate date, boolean overrideCutoff, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("slots.refused.notAllowed");
        }
        return db.transaction(tx -> {
            Optional<ClientRef> found = repo.client(tx, clientId);
            if (found.isEmpty()) {
                return Outcome.refused("slots.refused.unknownClient");
            }
            ClientRef client = found.get();
            Optional<StoredBookingInSlot> before = repo.bookingOf(tx, clientId, date);
            if (before.isEmpty() || before.get().kind() != BookingKind.ONE_OFF) {
                return done("slots.done.noOneOff", client.name(), SlotFormats.day(date));
            }
            Optional<Outcome<UserMessage>> late = checkCutoff(date, overrideCutoff);
            if (late.isPresent()) {
                return late.get();
            }
            long areaId = before.get().areaId();
            repo.deleteBooking(tx, before.get().id());
            repo.releasePlace(tx, before.get().slotId());
            days.placeWaiting(tx, areaId, date);
            days.alignStops(tx, areaId, date);
            Optional<WindowChoice> now = SlotCalendar.windowFor(days.day(tx, areaId, date), clientId);
            record(tx, by, "REVERT_TO_STANDING", client, date + " " + before.get().window() + " -> "
                    + now.map(c -> c.window() + " " + c.source()).orElse("-"), date);
            UserMessage message = now.filter(c -> c.source() == WindowChoice.Source.STANDING)
                    .map(c -> UserMessage.of("slots.done.revertedToStanding", client.name(), c.window().toString(),
                            SlotFormats.day(date)))
                    .orElseGet(() -> UserMessage.of("slots.done.revertedToDefault", client.name(),
                            now.map(c -> c.window().toString()).orElse("–"), SlotFormats.day(date)));
            return done(tx, by, message, List.of());
        });
    }

    /**
     * Gives the client a standing weekly booking in {@code window} on their area's delivery weekday from
     * {@code validFrom} on, ending the one they had. Days already booked into get the new place now; if the
     * window is full on any of them nothing changes and the refusal names those days.
     */
    public Outcome<UserMessage> setStanding(long clientId, TimeWindow window, LocalDate validFrom, boolean overrideCutoff,
                                     CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("slots.refused.notAllowed");
        }
        LocalDate today = LocalDate.now(clock);
        if (validFrom.isBefore(today)) {
            return invalid("validFrom", validFrom.toString(), "slots.validation.fromInPast");
        }
        return db.transaction(tx -> {
            Optional<ClientRef> found = repo.client(tx, clientId);
            if (found.isEmpty()) {
                return Outcome.refused("slots.refused.unknownClient");
            }
            ClientRef client = found.get();
            Optional<AreaInfo> area = client.areaId().flatMap(id -> repo.area(tx, id));
            if (area.isEmpty()) {
                return Outcome.refused("slots.refused.noArea", client.name());
            }
            if (area.get().weekday().isEmpty()) {
                return Outcome.refused("slots.refused.noWeekday", area.get().name());
            }
            DayOfWeek weekday = area.get().weekday().get();
            boolean inTemplate = repo.templates(tx, Optional.of(area.get().id())).stream()
                    .anyMatch(t -> t.weekday() == weekday && t.window().equals(window) && t.capacity() > 0);
            if (!inTemplate) {
                return Outcome.refused("slots.refused.notInTemplate", area.get().name(),
                        window.toString());
            }
            LocalDate first = validFrom.with(TemporalAdjusters.nextOrSame(weekday));
            Optional<Outcome<UserMessage>> late = checkCutoff(first, overrideCutoff);
            if (late.isPresent()) {
                return late.get();
            }
            // Check every stored day first: a refusal must leave everything as it was.
            List<LocalDate> stored = repo.storedDates(tx, area.get().id(), first).stream()
                    .filter(d -> d.getDayOfWeek() == weekday).toList();
            List<LocalDate> full = new ArrayList<>();
            for (LocalDate date : stored) {
                Optional<StoredBookingInSlot> b = repo.bookingOf(tx, clientId, date);
                if (b.isPresent() && (b.get().kind() == BookingKind.ONE_OFF || b.get().window().equals(window))) {
                    continue;
                }
                boolean room = repo.slotsOf(tx, area.get().id(), date).stream()
                        .anyMatch(s -> s.window().equals(window) && s.booked() < s.capacity());
                boolean paused = repo.pausesOf(tx, clientId).stream().anyMatch(p -> p.covers(date));
                if (!room && !paused) {
                    full.add(date);
                }
            }
            if (!full.isEmpty()) {
                return Outcome.refused("slots.refused.standingFull", window.toString(),
                        full.stream().map(d -> d.getDayOfMonth() + "." + d.getMonthValue() + ".").collect(Collectors.joining(", ")),
                        SlotFormats.day(full.getLast().plusWeeks(1)));
            }
            Optional<StandingBooking> previous = endStandingFrom(tx, clientId, validFrom);
            repo.insertStanding(tx, clientId, weekday, window, validFrom, by.id(), clock.instant());
            for (LocalDate date : stored) {
                Optional<StoredBookingInSlot> b = repo.bookingOf(tx, clientId, date);
                if (b.isPresent() && b.get().kind() == BookingKind.STANDING) {
                    repo.deleteBooking(tx, b.get().id());
                    repo.releasePlace(tx, b.get().slotId());
                }
                days.placeWaiting(tx, area.get().id(), date);
            }
            alignClientStops(tx, clientId, area.get().id(), first);
            record(tx, by, "STANDING_SET", client, weekday + " " + window + " fra " + validFrom
                    + previous.map(p -> " (var " + p.window() + ")").orElse(""), first);
            return done(tx, by, UserMessage.of("slots.done.standingSet", client.name(), window.toString(),
                    SlotFormats.day(first)), List.of());
        });
    }

    /** Ends the client's standing booking: from {@code from} on their deliveries get the area's default window. */
    public Outcome<UserMessage> endStanding(long clientId, LocalDate from, boolean overrideCutoff, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("slots.refused.notAllowed");
        }
        return db.transaction(tx -> {
            Optional<ClientRef> found = repo.client(tx, clientId);
            if (found.isEmpty() || found.get().areaId().isEmpty()) {
                return Outcome.refused("slots.refused.unknownClient");
            }
            ClientRef client = found.get();
            long areaId = client.areaId().get();
            List<StandingBooking> affected = repo.standingOf(tx, clientId).stream()
                    .filter(s -> s.validTo().map(to -> !to.isBefore(from)).orElse(true)).toList();
            if (affected.isEmpty()) {
                return done("slots.done.noStanding", client.name());
            }
            LocalDate first = from.with(TemporalAdjusters.nextOrSame(affected.getFirst().weekday()));
            Optional<Outcome<UserMessage>> late = checkCutoff(first, overrideCutoff);
            if (late.isPresent()) {
                return late.get();
            }
            endStandingFrom(tx, clientId, from);
            for (LocalDate date : repo.storedDates(tx, areaId, first)) {
                repo.bookingOf(tx, clientId, date).filter(b -> b.kind() == BookingKind.STANDING).ifPresent(b -> {
                    repo.deleteBooking(tx, b.id());
                    repo.releasePlace(tx, b.slotId());
                    days.placeWaiting(tx, areaId, date);
                });
            }
            alignClientStops(tx, clientId, areaId, first);
            record(tx, by, "STANDING_END", client, "fra " + from, first);
            return done(tx, by, UserMessage.of("slots.done.standingEnded", client.name(), SlotFormats.day(first)), List.of());
        });
    }

    /**
     * A temporary stop of the client's deliveries from {@code from} to {@code to} (both included), e.g. a
     * hospital stay. Their places on those days are given up (standing bookings waiting for room get them); the
     * standing booking itself stays and applies again after the stop.
     */
    public Outcome<UserMessage> pause(long clientId, LocalDate from, LocalDate to, String reason, boolean overrideCutoff,
                               CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("slots.refused.notAllowed");
        }
        List<FieldError> errors = new ArrayList<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add(FieldError.of("reason", reason, "slots.validation.reasonRequired"));
        }
        if (to.isBefore(from)) {
            errors.add(FieldError.of("to", to.toString(), "slots.validation.toBeforeFrom"));
        } else if (to.isBefore(LocalDate.now(clock))) {
            errors.add(FieldError.of("to", to.toString(), "slots.validation.pauseInPast"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(UserMessage.of("slots.refused.invalid", errors.size()), errors);
        }
        return db.transaction(tx -> {
            Optional<ClientRef> found = repo.client(tx, clientId);
            if (found.isEmpty() || found.get().areaId().isEmpty()) {
                return Outcome.refused("slots.refused.unknownClient");
            }
            ClientRef client = found.get();
            long areaId = client.areaId().get();
            Optional<DeliveryPause> overlapping = repo.pausesOf(tx, clientId).stream()
                    .filter(p -> !p.from().isAfter(to) && !p.to().isBefore(from)).findFirst();
            if (overlapping.isPresent()) {
                return Outcome.refused(UserMessage.of("slots.refused.pauseOverlaps",
                        SlotFormats.day(overlapping.get().from()), SlotFormats.day(overlapping.get().to()),
                        overlapping.get().reason()),
                        List.of(FieldError.of("from", from.toString(), "slots.validation.pauseOverlaps")));
            }
            Optional<Outcome<UserMessage>> late = checkPeriodCutoff(tx, areaId, from, to, overrideCutoff);
            if (late.isPresent()) {
                return late.get();
            }
            repo.insertPause(tx, clientId, from, to, why, by.id(), clock.instant());
            for (LocalDate date : repo.storedDates(tx, areaId, from)) {
                if (date.isAfter(to)) {
                    break;
                }
                repo.bookingOf(tx, clientId, date).ifPresent(b -> {
                    repo.deleteBooking(tx, b.id());
                    repo.releasePlace(tx, b.slotId());
                    days.placeWaiting(tx, areaId, date);
                    days.alignStops(tx, areaId, date);
                });
            }
            List<UserMessage> notices = new ArrayList<>();
            List<LocalDate> ordered = repo.openStopDates(tx, clientId, from).stream().filter(d -> !d.isAfter(to)).toList();
            if (!ordered.isEmpty()) {
                notices.add(UserMessage.of("slots.notice.pausedWithOrders", ordered.size(),
                        ordered.stream().map(d -> d.getDayOfMonth() + "." + d.getMonthValue() + ".").collect(Collectors.joining(", "))));
            }
            record(tx, by, "PAUSE", client, from + "–" + to + ": " + why, firstPastCutoff(tx, areaId, from, to));
            return done(tx, by, UserMessage.of("slots.done.paused", client.name(), SlotFormats.day(from),
                    SlotFormats.day(to)), notices);
        });
    }

    /**
     * Ends a temporary stop early (the client is home again): days from today on get their standing place back
     * where there is room. A stop that has not started yet is removed; one under way keeps its past days.
     */
    public Outcome<UserMessage> endPause(long pauseId, boolean overrideCutoff, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("slots.refused.notAllowed");
        }
        LocalDate today = LocalDate.now(clock);
        return db.transaction(tx -> {
            Optional<DeliveryPause> found = repo.pause(tx, pauseId);
            if (found.isEmpty()) {
                return Outcome.refused("slots.refused.unknownPause");
            }
            DeliveryPause pause = found.get();
            ClientRef client = repo.client(tx, pause.clientId()).orElseThrow();
            if (pause.to().isBefore(today)) {
                return done("slots.done.pauseOver", client.name());
            }
            long areaId = client.areaId().orElse(-1L);
            LocalDate from = pause.from().isAfter(today) ? pause.from() : today;
            Optional<Outcome<UserMessage>> late = checkPeriodCutoff(tx, areaId, from, pause.to(), overrideCutoff);
            if (late.isPresent()) {
                return late.get();
            }
            if (pause.from().isBefore(today)) {
                repo.endPause(tx, pauseId, today.minusDays(1));
            } else {
                repo.deletePause(tx, pauseId);
            }
            for (LocalDate date : repo.storedDates(tx, areaId, from)) {
                if (date.isAfter(pause.to())) {
                    break;
                }
                days.placeWaiting(tx, areaId, date);
                days.alignStops(tx, areaId, date);
            }
            record(tx, by, "PAUSE_END", client, pause.from() + "–" + pause.to() + " avsluttet fra " + from,
                    firstPastCutoff(tx, areaId, from, pause.to()));
            return done(tx, by, UserMessage.of("slots.done.pauseEnded", client.name(), SlotFormats.day(from)), List.of());
        });
    }

    // ------------------------------------------------------------------ rules shared by the changes

    /**
     * A change that was made, with its notices and one more for every stop of a published day it changed (window,
     * pause ...): the person making it learns there and then that drivers hold another plan.
     */
    private Outcome.Done<UserMessage> done(DSLContext tx, CurrentUser by, UserMessage message, List<UserMessage> notices) {
        List<UserMessage> all = new ArrayList<>(notices);
        all.addAll(PublishedChange.notices(afterPublishing.reconcile(tx, by)));
        return new Outcome.Done<>(message, all);
    }

    /** Client active, in an area, before the cut-off (or overridden), not paused. */
    private Optional<Outcome<UserMessage>> checkDay(DSLContext tx, ClientRef client, LocalDate date, boolean overrideCutoff) {
        if (client.areaId().isEmpty()) {
            return Optional.of(Outcome.refused("slots.refused.noArea", client.name()));
        }
        if (!repo.isClientActiveOn(tx, client.id(), date)) {
            return Optional.of(Outcome.refused("slots.refused.inactive", client.name(),
                    SlotFormats.day(date)));
        }
        Optional<Outcome<UserMessage>> late = checkCutoff(date, overrideCutoff);
        if (late.isPresent()) {
            return late;
        }
        return repo.pausesOf(tx, client.id()).stream().filter(p -> p.covers(date)).findFirst()
                .map(p -> Outcome.refused("slots.refused.paused", client.name(),
                        SlotFormats.day(p.from()), SlotFormats.day(p.to()), p.reason()));
    }

    private Optional<Outcome<UserMessage>> checkCutoff(LocalDate date, boolean overrideCutoff) {
        if (cutoff.isPast(date, clock.instant()) && !overrideCutoff) {
            return Optional.of(pastCutoff("slots.refused.pastCutoff",
                    SlotFormats.day(date), SlotFormats.wallClock(cutoff.deadline(date))));
        }
        return Optional.empty();
    }

    /** The cut-off rule for a period: its first delivery day (area weekday) from today on is what counts. */
    private Optional<Outcome<UserMessage>> checkPeriodCutoff(DSLContext tx, long areaId, LocalDate from, LocalDate to,
                                                      boolean overrideCutoff) {
        Optional<LocalDate> first = firstPastCutoff(tx, areaId, from, to);
        return first.isEmpty() ? Optional.empty() : checkCutoff(first.get(), overrideCutoff);
    }

    /** The first delivery day of the area in the period (from today on) whose cut-off has passed. */
    private Optional<LocalDate> firstPastCutoff(DSLContext tx, long areaId, LocalDate from, LocalDate to) {
        Optional<DayOfWeek> weekday = repo.area(tx, areaId).flatMap(AreaInfo::weekday);
        LocalDate today = LocalDate.now(clock);
        for (LocalDate d = from.isBefore(today) ? today : from; !d.isAfter(to); d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            boolean delivers = weekday.map(w -> w == dow).orElse(true);
            if (delivers && cutoff.isPast(d, clock.instant())) {
                return Optional.of(d);
            }
            if (!cutoff.isPast(d, clock.instant())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Ends the client's standing bookings that run into {@code from}; returns the one that was current. */
    private Optional<StandingBooking> endStandingFrom(DSLContext tx, long clientId, LocalDate from) {
        Optional<StandingBooking> current = Optional.empty();
        for (StandingBooking s : repo.standingOf(tx, clientId)) {
            if (s.validTo().map(to -> to.isBefore(from)).orElse(false)) {
                continue;
            }
            current = Optional.of(s);
            if (!s.validFrom().isBefore(from)) {
                repo.deleteStanding(tx, s.id());
            } else {
                repo.endStanding(tx, s.id(), from.minusDays(1));
            }
        }
        return current;
    }

    private void alignClientStops(DSLContext tx, long clientId, long areaId, LocalDate from) {
        for (LocalDate date : repo.openStopDates(tx, clientId, from)) {
            SlotCalendar.windowFor(days.day(tx, areaId, date), clientId)
                    .ifPresent(choice -> repo.setStopWindow(tx, clientId, date, choice.window()));
        }
    }

    private void record(DSLContext tx, CurrentUser by, String action, ClientRef client, String details, LocalDate date) {
        record(tx, by, action, client, details, Optional.of(date).filter(d -> cutoff.isPast(d, clock.instant())));
    }

    /** The change's audit entry, plus a CUTOFF_OVERRIDE entry when it touches a day whose cut-off has passed. */
    private void record(DSLContext tx, CurrentUser by, String action, ClientRef client, String details,
                        Optional<LocalDate> pastCutoff) {
        audit.record(tx, by, action, AUDIT_ENTITY, client.clientNumber(), details);
        pastCutoff.ifPresent(d -> audit.record(tx, by, CUTOFF_OVERRIDE, AUDIT_ENTITY, client.clientNumber(),
                action + " " + d + " etter fristen " + cutoff.deadline(d).toLocalDateTime() + ": " + details));
    }

    private static Outcome<UserMessage> invalid(String field, String value, String key, Object... args) {
        FieldError error = FieldError.of(field, value, key, args);
        return Outcome.refused(error.message(), List.of(error));
    }

    private static Outcome<UserMessage> done(String key, Object... args) {
        return Outcome.done(UserMessage.of(key, args));
    }

    /** Past the cut-off: the refusal is the same everywhere, the remedy names the window's checkbox or the option. */
    private static Outcome<UserMessage> pastCutoff(String key, Object... args) {
        return new Outcome.Refused<>(UserMessage.of(key, args), List.of(), Optional.of(CUTOFF_REMEDY));
    }

    private static final Outcome.Remedy CUTOFF_REMEDY = new Outcome.Remedy(
            UserMessage.of("slots.refused.pastCutoff.window"), UserMessage.of("slots.refused.pastCutoff.cli"));
}
