package no.smartmat.console.slots;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.slots.SlotRepository.AreaInfo;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;
import org.jooq.DSLContext;

/**
 * The kitchen's time frames: each area's weekly windows (templates) and the changes for single dates
 * (exceptions). A change reaches the days already booked into from today on; it is refused, with the day
 * and window named, when it would leave fewer places than that window's one-off bookings.
 */
public final class SlotTemplateService {

    public static final String AUDIT_TEMPLATE = "slot_template";
    public static final String AUDIT_EXCEPTION = "slot_exception";
    public static final int MAX_CAPACITY = 999;

    private final Database db;
    private final SlotRepository repo;
    private final SlotDays days;
    // Template and exception changes move stops like bookings do; their results cannot carry notices yet (see the
    // screens), but the changes are recorded, so the day\'s plan and its printing show them.
    private final no.smartmat.console.planning.ChangesAfterPublishing afterPublishing;
    private final AuditLog audit;
    private final Clock clock;

    public SlotTemplateService(Database db, SlotRepository repo, BookingService bookings, AuditLog audit, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.days = bookings.days();
        this.afterPublishing = bookings.afterPublishing();
        this.audit = audit;
        this.clock = clock;
    }

    public List<SlotTemplate> templates(long areaId) {
        return repo.templates(db.dsl(), Optional.of(areaId));
    }

    public List<SlotException> exceptions(long areaId, LocalDate from, LocalDate to) {
        return repo.exceptions(db.dsl(), Optional.of(areaId), from, to);
    }

    /** A new weekly window for the area; {@code isDefault} makes it the area's default window that weekday. */
    public Validated<SlotTemplate> addTemplate(long areaId, DayOfWeek weekday, String start, String end, String capacity,
                                               boolean isDefault, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<TimeWindow> window = TimeWindow.parse("start", start, "end", end, errors);
        Optional<Integer> places = capacity(capacity, errors);
        if (!by.role().canPlan()) {
            errors.add(FieldError.of("capacity", capacity, "slots.refused.notAllowed"));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return inTransaction(tx -> {
            Optional<AreaInfo> area = repo.area(tx, areaId);
            if (area.isEmpty()) {
                return Validated.<SlotTemplate>invalid(List.of(FieldError.of("area", String.valueOf(areaId), "slots.validation.unknownArea")));
            }
            boolean taken = repo.templates(tx, Optional.of(areaId)).stream()
                    .anyMatch(t -> t.weekday() == weekday && t.window().equals(window.get()));
            if (taken) {
                return Validated.<SlotTemplate>invalid(List.of(FieldError.of("start", start, "slots.validation.templateExists",
                        window.get().toString())));
            }
            long id = repo.insertTemplate(tx, areaId, weekday, window.get(), places.get(), isDefault);
            if (isDefault) {
                repo.clearDefault(tx, areaId, weekday, id);
            }
            syncWeekday(tx, area.get(), weekday, by);
            audit.record(tx, by, "CREATE", AUDIT_TEMPLATE, area.get().name() + " " + weekday,
                    window.get() + " kapasitet " + places.get() + (isDefault ? " standard" : ""));
            return Validated.valid(repo.template(tx, id).orElseThrow());
        });
    }

    /** New capacity / default flag of a weekly window. */
    public Validated<SlotTemplate> updateTemplate(long templateId, String capacity, boolean isDefault, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Integer> places = capacity(capacity, errors);
        if (!by.role().canPlan()) {
            errors.add(FieldError.of("capacity", capacity, "slots.refused.notAllowed"));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return inTransaction(tx -> {
            SlotTemplate before = repo.template(tx, templateId).orElseThrow();
            AreaInfo area = repo.area(tx, before.areaId()).orElseThrow();
            repo.updateTemplate(tx, templateId, places.get(), isDefault);
            if (isDefault) {
                repo.clearDefault(tx, before.areaId(), before.weekday(), templateId);
            }
            syncWeekday(tx, area, before.weekday(), by);
            audit.record(tx, by, "UPDATE", AUDIT_TEMPLATE, area.name() + " " + before.weekday(), before.window()
                    + " kapasitet " + before.capacity() + " -> " + places.get() + (isDefault ? " standard" : ""));
            return Validated.valid(repo.template(tx, templateId).orElseThrow());
        });
    }

    /**
     * Removes a weekly window. Refused while clients have a standing booking in it (move them first), or
     * while a day booked into has one-off bookings in it.
     */
    public Validated<SlotTemplate> deleteTemplate(long templateId, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Validated.invalid(List.of(FieldError.of("template", "", "slots.refused.notAllowed")));
        }
        return inTransaction(tx -> {
            SlotTemplate t = repo.template(tx, templateId).orElseThrow();
            AreaInfo area = repo.area(tx, t.areaId()).orElseThrow();
            LocalDate today = LocalDate.now(clock);
            long standing = repo.snapshot(tx, today, today.plusYears(10), Optional.of(t.areaId())).standing().stream()
                    .filter(c -> c.booking().weekday() == t.weekday() && c.booking().window().equals(t.window())).count();
            if (standing > 0) {
                return Validated.<SlotTemplate>invalid(List.of(FieldError.of("template", t.window().toString(),
                        "slots.validation.templateInUse", standing, t.window().toString())));
            }
            repo.deleteTemplate(tx, templateId);
            syncWeekday(tx, area, t.weekday(), by);
            audit.record(tx, by, "DELETE", AUDIT_TEMPLATE, area.name() + " " + t.weekday(), t.window() + " kapasitet " + t.capacity());
            return Validated.valid(t);
        });
    }

    /**
     * An exception for one date: with no window (start and end empty) it closes the area's whole day
     * (capacity must then be 0); with a window it sets that window's capacity that day (0 closes it), or adds the
     * window if the template does not have it. It replaces an earlier exception for the same date and window.
     */
    public Validated<SlotException> addException(long areaId, String date, String start, String end, String capacity,
                                                 String reason, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> day = Fields.date("date", date, errors);
        if (day.isEmpty() && Fields.trim(date).isEmpty()) {
            errors.add(FieldError.of("date", date, "validation.required"));
        }
        boolean wholeDay = Fields.trim(start).isEmpty() && Fields.trim(end).isEmpty();
        Optional<TimeWindow> window = wholeDay ? Optional.empty() : TimeWindow.parse("start", start, "end", end, errors);
        Optional<Integer> places = capacity(capacity, errors);
        if (wholeDay && places.filter(p -> p > 0).isPresent()) {
            errors.add(FieldError.of("capacity", capacity, "slots.validation.wholeDayCapacity"));
        }
        String why = Fields.trim(reason);
        if (why.isEmpty()) {
            errors.add(FieldError.of("reason", reason, "slots.validation.reasonRequired"));
        }
        day.filter(d -> d.isBefore(LocalDate.now(clock)))
                .ifPresent(d -> errors.add(FieldError.of("date", date, "slots.validation.dateInPast")));
        if (!by.role().canPlan()) {
            errors.add(FieldError.of("reason", reason, "slots.refused.notAllowed"));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return inTransaction(tx -> {
            AreaInfo area = repo.area(tx, areaId).orElseThrow();
            repo.deleteExceptionsLike(tx, areaId, day.get(), window);
            long id = repo.insertException(tx, areaId, day.get(), window, places.get(), why, by.id(), clock.instant());
            List<UserMessage> conflicts = days.conflicts(tx, areaId, area.name(), day.get());
            if (!conflicts.isEmpty()) {
                throw new Conflict(conflicts.stream().map(m -> new FieldError("", "capacity", capacity, m)).toList());
            }
            days.sync(tx, areaId, day.get());
            afterPublishing.reconcile(tx, day.get(), by);
            audit.record(tx, by, "CREATE", AUDIT_EXCEPTION, area.name() + " " + day.get(),
                    window.map(TimeWindow::toString).orElse("hele dagen") + " kapasitet " + places.get() + ": " + why);
            return Validated.valid(repo.exception(tx, id).orElseThrow());
        });
    }

    /** Removes an exception: the date follows its template again. */
    public Validated<SlotException> deleteException(long exceptionId, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Validated.invalid(List.of(FieldError.of("exception", "", "slots.refused.notAllowed")));
        }
        return inTransaction(tx -> {
            SlotException e = repo.exception(tx, exceptionId).orElseThrow();
            if (e.date().isBefore(LocalDate.now(clock))) {
                return Validated.<SlotException>invalid(List.of(FieldError.of("exception", e.date().toString(),
                        "slots.validation.pastExceptionStays")));
            }
            AreaInfo area = repo.area(tx, e.areaId()).orElseThrow();
            repo.deleteException(tx, exceptionId);
            List<UserMessage> conflicts = days.conflicts(tx, e.areaId(), area.name(), e.date());
            if (!conflicts.isEmpty()) {
                throw new Conflict(conflicts.stream().map(m -> new FieldError("", "exception", "", m)).toList());
            }
            days.sync(tx, e.areaId(), e.date());
            afterPublishing.reconcile(tx, e.date(), by);
            audit.record(tx, by, "DELETE", AUDIT_EXCEPTION, area.name() + " " + e.date(),
                    e.window().map(TimeWindow::toString).orElse("hele dagen") + " kapasitet " + e.capacity() + ": " + e.reason());
            return Validated.valid(e);
        });
    }

    /**
     * Carries a weekday's template change into the area's stored days from today on; throws {@link Conflict}
     * (undoing the change) when a day's one-off bookings would not fit.
     */
    private void syncWeekday(DSLContext tx, AreaInfo area, DayOfWeek weekday, CurrentUser by) {
        List<LocalDate> dates = repo.storedDates(tx, area.id(), LocalDate.now(clock)).stream()
                .filter(d -> d.getDayOfWeek() == weekday).toList();
        List<FieldError> problems = new ArrayList<>();
        for (LocalDate d : dates) {
            days.conflicts(tx, area.id(), area.name(), d).forEach(m -> problems.add(new FieldError("", "capacity", "", m)));
        }
        if (!problems.isEmpty()) {
            throw new Conflict(problems);
        }
        dates.forEach(d -> days.sync(tx, area.id(), d));
        afterPublishing.reconcile(tx, by);
    }

    /**
     * Runs a change that may discover, half-way, that it conflicts with bookings: the {@link Conflict} rolls the
     * transaction back and its errors become the answer.
     */
    private <T> Validated<T> inTransaction(java.util.function.Function<DSLContext, Validated<T>> work) {
        try {
            return db.transaction(work);
        } catch (Conflict c) {
            return Validated.invalid(c.errors);
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof Conflict c) {
                return Validated.invalid(c.errors);
            }
            throw e;
        }
    }

    private static Optional<Integer> capacity(String text, List<FieldError> errors) {
        Optional<Integer> value = Fields.integer("capacity", text, 0, MAX_CAPACITY, errors);
        if (value.isEmpty() && Fields.trim(text).isEmpty()) {
            errors.add(FieldError.of("capacity", text, "validation.required"));
        }
        return value;
    }

    /** Thrown inside a transaction to undo a change that conflicts with bookings; never leaves this class. */
    private static final class Conflict extends RuntimeException {
        private final List<FieldError> errors;

        Conflict(List<FieldError> errors) {
            super("conflicts with bookings", null, false, false);
            this.errors = List.copyOf(errors);
        }
    }
}
