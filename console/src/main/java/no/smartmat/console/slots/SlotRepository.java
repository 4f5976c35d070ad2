package no.smartmat.console.slots;

import static no.smartmat.console.db.jooq.Tables.APP_USER;
import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DELIVERY_PAUSE;
import static no.smartmat.console.db.jooq.Tables.DELIVERY_SLOT;
import static no.smartmat.console.db.jooq.Tables.SLOT_BOOKING;
import static no.smartmat.console.db.jooq.Tables.SLOT_EXCEPTION;
import static no.smartmat.console.db.jooq.Tables.SLOT_TEMPLATE;
import static no.smartmat.console.db.jooq.Tables.STANDING_BOOKING;
import static no.smartmat.console.db.jooq.Tables.STOP;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.db.jooq.tables.records.DeliverySlotRecord;
import no.smartmat.console.db.jooq.tables.records.SlotExceptionRecord;
import no.smartmat.console.db.jooq.tables.records.SlotTemplateRecord;
import no.smartmat.console.db.jooq.tables.records.StandingBookingRecord;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.slots.SlotSnapshot.StandingCandidate;
import no.smartmat.console.slots.SlotSnapshot.StoredBooking;
import no.smartmat.console.slots.SlotSnapshot.StoredSlot;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Slot templates, exceptions, the days' windows, bookings, standing bookings and pauses over jOOQ. */
public final class SlotRepository {

    // ------------------------------------------------------------------ reading

    SlotSnapshot snapshot(DSLContext ctx, LocalDate from, LocalDate to, Optional<Long> areaId) {
        Map<Long, String> areaNames = ctx.select(AREA.ID, AREA.NAME).from(AREA)
                .where(areaId.map(AREA.ID::eq).orElse(DSL.noCondition()))
                .fetchMap(AREA.ID, AREA.NAME);
        Condition inRange = DELIVERY_SLOT.DELIVERY_DATE.between(from, to)
                .and(areaId.map(DELIVERY_SLOT.AREA_ID::eq).orElse(DSL.noCondition()));
        List<StoredSlot> slots = ctx.selectFrom(DELIVERY_SLOT).where(inRange)
                .fetch(r -> new StoredSlot(r.getId(), r.getAreaId(), r.getDeliveryDate(),
                        new TimeWindow(r.getWindowStart(), r.getWindowEnd()), r.getCapacity(), r.getBooked(), r.getIsDefault()));
        List<StoredBooking> bookings = ctx.select(SLOT_BOOKING.asterisk(), CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME,
                        CLIENT.ADDRESS, CLIENT.AREA_ID)
                .from(SLOT_BOOKING).join(DELIVERY_SLOT).on(DELIVERY_SLOT.ID.eq(SLOT_BOOKING.SLOT_ID))
                .join(CLIENT).on(CLIENT.ID.eq(SLOT_BOOKING.CLIENT_ID))
                .where(inRange)
                .fetch(r -> new StoredBooking(r.get(SLOT_BOOKING.ID), r.get(SLOT_BOOKING.SLOT_ID), clientRef(r),
                        r.get(SLOT_BOOKING.DELIVERY_DATE), BookingKind.valueOf(r.get(SLOT_BOOKING.KIND)),
                        r.get(SLOT_BOOKING.IS_OVERRIDE)));
        Condition clientInArea = areaId.map(CLIENT.AREA_ID::eq).orElse(DSL.noCondition());
        List<StandingCandidate> standing = ctx.select(STANDING_BOOKING.asterisk(), CLIENT.ID, CLIENT.CLIENT_NUMBER,
                        CLIENT.NAME, CLIENT.ADDRESS, CLIENT.AREA_ID, CLIENT.ACTIVE_FROM, CLIENT.ACTIVE_TO)
                .from(STANDING_BOOKING).join(CLIENT).on(CLIENT.ID.eq(STANDING_BOOKING.CLIENT_ID))
                .where(STANDING_BOOKING.VALID_FROM.le(to))
                .and(STANDING_BOOKING.VALID_TO.isNull().or(STANDING_BOOKING.VALID_TO.ge(from)))
                .and(clientInArea)
                .orderBy(STANDING_BOOKING.ID)
                .fetch(r -> new StandingCandidate(toStanding(r.into(STANDING_BOOKING)), clientRef(r),
                        Optional.ofNullable(r.get(CLIENT.ACTIVE_FROM)), Optional.ofNullable(r.get(CLIENT.ACTIVE_TO))));
        List<DeliveryPause> pauses = ctx.select(DELIVERY_PAUSE.asterisk()).from(DELIVERY_PAUSE)
                .join(CLIENT).on(CLIENT.ID.eq(DELIVERY_PAUSE.CLIENT_ID))
                .where(DELIVERY_PAUSE.PAUSE_FROM.le(to)).and(DELIVERY_PAUSE.PAUSE_TO.ge(from)).and(clientInArea)
                .fetch(r -> toPause(r.into(DELIVERY_PAUSE)));
        List<SlotSnapshot.ActiveClient> clients = ctx.select(CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, CLIENT.ADDRESS,
                        CLIENT.AREA_ID, CLIENT.ACTIVE_FROM, CLIENT.ACTIVE_TO).from(CLIENT)
                .where(CLIENT.AREA_ID.isNotNull()).and(clientInArea)
                .and(CLIENT.ACTIVE_FROM.isNull().or(CLIENT.ACTIVE_FROM.le(to)))
                .and(CLIENT.ACTIVE_TO.isNull().or(CLIENT.ACTIVE_TO.ge(from)))
                .orderBy(CLIENT.NAME, CLIENT.CLIENT_NUMBER)
                .fetch(r -> new SlotSnapshot.ActiveClient(clientRef(r), Optional.ofNullable(r.get(CLIENT.ACTIVE_FROM)),
                        Optional.ofNullable(r.get(CLIENT.ACTIVE_TO))));
        return new SlotSnapshot(from, to, areaNames, templates(ctx, areaId), exceptions(ctx, areaId, from, to), slots,
                bookings, standing, pauses, clients);
    }

    List<SlotTemplate> templates(DSLContext ctx, Optional<Long> areaId) {
        return ctx.selectFrom(SLOT_TEMPLATE).where(areaId.map(SLOT_TEMPLATE.AREA_ID::eq).orElse(DSL.noCondition()))
                .fetch(SlotRepository::toTemplate).stream()
                .sorted(java.util.Comparator.comparingLong(SlotTemplate::areaId).thenComparing(SlotTemplate::weekday)
                        .thenComparing(SlotTemplate::window))
                .toList();
    }

    Optional<SlotTemplate> template(DSLContext ctx, long id) {
        return ctx.selectFrom(SLOT_TEMPLATE).where(SLOT_TEMPLATE.ID.eq(id)).fetchOptional(SlotRepository::toTemplate);
    }

    List<SlotException> exceptions(DSLContext ctx, Optional<Long> areaId, LocalDate from, LocalDate to) {
        return ctx.select(SLOT_EXCEPTION.asterisk(), APP_USER.USERNAME).from(SLOT_EXCEPTION)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(SLOT_EXCEPTION.CREATED_BY))
                .where(SLOT_EXCEPTION.EXCEPTION_DATE.between(from, to))
                .and(areaId.map(SLOT_EXCEPTION.AREA_ID::eq).orElse(DSL.noCondition()))
                .orderBy(SLOT_EXCEPTION.EXCEPTION_DATE, SLOT_EXCEPTION.ID)
                .fetch(r -> toException(r.into(SLOT_EXCEPTION), Optional.ofNullable(r.get(APP_USER.USERNAME)).orElse("")));
    }

    Optional<SlotException> exception(DSLContext ctx, long id) {
        return ctx.selectFrom(SLOT_EXCEPTION).where(SLOT_EXCEPTION.ID.eq(id)).fetchOptional(r -> toException(r, ""));
    }

    Optional<ClientRef> client(DSLContext ctx, long clientId) {
        return ctx.select(CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, CLIENT.ADDRESS, CLIENT.AREA_ID).from(CLIENT)
                .where(CLIENT.ID.eq(clientId)).fetchOptional(SlotRepository::clientRef);
    }

    Map<Long, ClientRef> clients(DSLContext ctx, Collection<Long> clientIds) {
        return ctx.select(CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, CLIENT.ADDRESS, CLIENT.AREA_ID).from(CLIENT)
                .where(CLIENT.ID.in(clientIds)).fetch(SlotRepository::clientRef).stream()
                .collect(Collectors.toMap(ClientRef::id, c -> c));
    }

    boolean isClientActiveOn(DSLContext ctx, long clientId, LocalDate date) {
        return ctx.fetchExists(CLIENT, CLIENT.ID.eq(clientId)
                .and(CLIENT.ACTIVE_FROM.isNull().or(CLIENT.ACTIVE_FROM.le(date)))
                .and(CLIENT.ACTIVE_TO.isNull().or(CLIENT.ACTIVE_TO.ge(date))));
    }

    /** The area's name and delivery weekday (empty weekday: not set yet). */
    record AreaInfo(long id, String name, Optional<DayOfWeek> weekday) {}

    Optional<AreaInfo> area(DSLContext ctx, long areaId) {
        return ctx.selectFrom(AREA).where(AREA.ID.eq(areaId)).fetchOptional(r -> new AreaInfo(r.getId(), r.getName(),
                Optional.ofNullable(r.getDeliveryWeekday()).map(DayOfWeek::of)));
    }

    List<ClientRef> clientsOfArea(DSLContext ctx, long areaId, LocalDate activeOn) {
        return ctx.select(CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, CLIENT.ADDRESS, CLIENT.AREA_ID).from(CLIENT)
                .where(CLIENT.AREA_ID.eq(areaId))
                .and(CLIENT.ACTIVE_FROM.isNull().or(CLIENT.ACTIVE_FROM.le(activeOn)))
                .and(CLIENT.ACTIVE_TO.isNull().or(CLIENT.ACTIVE_TO.ge(activeOn)))
                .orderBy(CLIENT.NAME).fetch(SlotRepository::clientRef);
    }

    List<StandingBooking> standingOf(DSLContext ctx, long clientId) {
        return ctx.selectFrom(STANDING_BOOKING).where(STANDING_BOOKING.CLIENT_ID.eq(clientId))
                .orderBy(STANDING_BOOKING.VALID_FROM, STANDING_BOOKING.ID).fetch(SlotRepository::toStanding);
    }

    List<DeliveryPause> pausesOf(DSLContext ctx, long clientId) {
        return ctx.selectFrom(DELIVERY_PAUSE).where(DELIVERY_PAUSE.CLIENT_ID.eq(clientId))
                .orderBy(DELIVERY_PAUSE.PAUSE_FROM).fetch(SlotRepository::toPause);
    }

    Optional<DeliveryPause> pause(DSLContext ctx, long pauseId) {
        return ctx.selectFrom(DELIVERY_PAUSE).where(DELIVERY_PAUSE.ID.eq(pauseId)).fetchOptional(SlotRepository::toPause);
    }

    /** Dates from {@code from} on whose windows are stored for the area. */
    List<LocalDate> storedDates(DSLContext ctx, long areaId, LocalDate from) {
        return ctx.selectDistinct(DELIVERY_SLOT.DELIVERY_DATE).from(DELIVERY_SLOT)
                .where(DELIVERY_SLOT.AREA_ID.eq(areaId)).and(DELIVERY_SLOT.DELIVERY_DATE.ge(from))
                .orderBy(DELIVERY_SLOT.DELIVERY_DATE).fetch(DELIVERY_SLOT.DELIVERY_DATE);
    }

    boolean isStored(DSLContext ctx, long areaId, LocalDate date) {
        return ctx.fetchExists(DELIVERY_SLOT, DELIVERY_SLOT.AREA_ID.eq(areaId).and(DELIVERY_SLOT.DELIVERY_DATE.eq(date)));
    }

    List<StoredSlot> slotsOf(DSLContext ctx, long areaId, LocalDate date) {
        return ctx.selectFrom(DELIVERY_SLOT).where(DELIVERY_SLOT.AREA_ID.eq(areaId)).and(DELIVERY_SLOT.DELIVERY_DATE.eq(date))
                .fetch(r -> new StoredSlot(r.getId(), r.getAreaId(), r.getDeliveryDate(),
                        new TimeWindow(r.getWindowStart(), r.getWindowEnd()), r.getCapacity(), r.getBooked(), r.getIsDefault()));
    }

    /** The client's booking on {@code date} with the window it is in. */
    Optional<StoredBookingInSlot> bookingOf(DSLContext ctx, long clientId, LocalDate date) {
        return ctx.select(SLOT_BOOKING.ID, SLOT_BOOKING.SLOT_ID, SLOT_BOOKING.KIND, SLOT_BOOKING.IS_OVERRIDE,
                        DELIVERY_SLOT.WINDOW_START, DELIVERY_SLOT.WINDOW_END, DELIVERY_SLOT.AREA_ID)
                .from(SLOT_BOOKING).join(DELIVERY_SLOT).on(DELIVERY_SLOT.ID.eq(SLOT_BOOKING.SLOT_ID))
                .where(SLOT_BOOKING.CLIENT_ID.eq(clientId)).and(SLOT_BOOKING.DELIVERY_DATE.eq(date))
                .fetchOptional(r -> new StoredBookingInSlot(r.get(SLOT_BOOKING.ID), r.get(SLOT_BOOKING.SLOT_ID),
                        r.get(DELIVERY_SLOT.AREA_ID), new TimeWindow(r.get(DELIVERY_SLOT.WINDOW_START), r.get(DELIVERY_SLOT.WINDOW_END)),
                        BookingKind.valueOf(r.get(SLOT_BOOKING.KIND)), r.get(SLOT_BOOKING.IS_OVERRIDE)));
    }

    record StoredBookingInSlot(long id, long slotId, long areaId, TimeWindow window, BookingKind kind, boolean override) {}

    /** Bookings of one stored window, newest first: the order in which standing places give way. */
    List<StoredBooking> bookingsOfSlot(DSLContext ctx, long slotId) {
        return ctx.select(SLOT_BOOKING.asterisk(), CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, CLIENT.ADDRESS, CLIENT.AREA_ID)
                .from(SLOT_BOOKING).join(CLIENT).on(CLIENT.ID.eq(SLOT_BOOKING.CLIENT_ID))
                .where(SLOT_BOOKING.SLOT_ID.eq(slotId)).orderBy(SLOT_BOOKING.ID.desc())
                .fetch(r -> new StoredBooking(r.get(SLOT_BOOKING.ID), r.get(SLOT_BOOKING.SLOT_ID), clientRef(r),
                        r.get(SLOT_BOOKING.DELIVERY_DATE), BookingKind.valueOf(r.get(SLOT_BOOKING.KIND)),
                        r.get(SLOT_BOOKING.IS_OVERRIDE)));
    }

    /** The client's stops still to deliver (imported orders) from {@code from} on, by date. */
    List<LocalDate> openStopDates(DSLContext ctx, long clientId, LocalDate from) {
        return ctx.select(STOP.DELIVERY_DATE).from(STOP).where(STOP.CLIENT_ID.eq(clientId))
                .and(STOP.DELIVERY_DATE.ge(from)).and(STOP.STATUS.in(StopStatus.toDeliver())).orderBy(STOP.DELIVERY_DATE)
                .fetch(STOP.DELIVERY_DATE);
    }

    /** Stops still to deliver of the area's clients on {@code date}: client id to the stop's window. */
    Map<Long, TimeWindow> openStopsOfArea(DSLContext ctx, long areaId, LocalDate date) {
        return ctx.select(STOP.CLIENT_ID, STOP.WINDOW_START, STOP.WINDOW_END).from(STOP)
                .join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .where(CLIENT.AREA_ID.eq(areaId)).and(STOP.DELIVERY_DATE.eq(date)).and(STOP.STATUS.in(StopStatus.toDeliver()))
                .fetchMap(r -> r.get(STOP.CLIENT_ID), r -> new TimeWindow(r.get(STOP.WINDOW_START), r.get(STOP.WINDOW_END)));
    }

    // ------------------------------------------------------------------ writing

    long insertSlot(DSLContext ctx, long areaId, LocalDate date, ResolvedDay.Window w) {
        DeliverySlotRecord r = ctx.newRecord(DELIVERY_SLOT);
        r.setAreaId(areaId);
        r.setDeliveryDate(date);
        r.setWindowStart(w.window().start());
        r.setWindowEnd(w.window().end());
        r.setCapacity(w.capacity());
        r.setBooked(0);
        r.setIsDefault(w.isDefault());
        r.store();
        return r.getId();
    }

    void updateSlot(DSLContext ctx, long slotId, int capacity, boolean isDefault) {
        ctx.update(DELIVERY_SLOT).set(DELIVERY_SLOT.CAPACITY, capacity).set(DELIVERY_SLOT.IS_DEFAULT, isDefault)
                .where(DELIVERY_SLOT.ID.eq(slotId)).execute();
    }

    void deleteSlot(DSLContext ctx, long slotId) {
        ctx.deleteFrom(DELIVERY_SLOT).where(DELIVERY_SLOT.ID.eq(slotId)).execute();
    }

    /**
     * Takes one place in the window, only if one is free. The condition is the guard against selling the
     * last place twice; the table's CHECK (booked <= capacity) is the second one.
     */
    boolean takePlace(DSLContext ctx, long slotId) {
        return ctx.update(DELIVERY_SLOT).set(DELIVERY_SLOT.BOOKED, DELIVERY_SLOT.BOOKED.plus(1))
                .where(DELIVERY_SLOT.ID.eq(slotId)).and(DELIVERY_SLOT.BOOKED.lt(DELIVERY_SLOT.CAPACITY))
                .execute() == 1;
    }

    void releasePlace(DSLContext ctx, long slotId) {
        ctx.update(DELIVERY_SLOT).set(DELIVERY_SLOT.BOOKED, DELIVERY_SLOT.BOOKED.minus(1))
                .where(DELIVERY_SLOT.ID.eq(slotId)).execute();
    }

    long insertBooking(DSLContext ctx, long slotId, long clientId, LocalDate date, BookingKind kind, boolean override,
                       Optional<Long> by, Instant now) {
        return ctx.insertInto(SLOT_BOOKING).set(SLOT_BOOKING.SLOT_ID, slotId).set(SLOT_BOOKING.CLIENT_ID, clientId)
                .set(SLOT_BOOKING.DELIVERY_DATE, date).set(SLOT_BOOKING.KIND, kind.name())
                .set(SLOT_BOOKING.IS_OVERRIDE, override).set(SLOT_BOOKING.CREATED_BY, userId(by))
                .set(SLOT_BOOKING.CREATED_AT, now).returning(SLOT_BOOKING.ID).fetchSingle().getId();
    }

    void deleteBooking(DSLContext ctx, long bookingId) {
        ctx.deleteFrom(SLOT_BOOKING).where(SLOT_BOOKING.ID.eq(bookingId)).execute();
    }

    void setStopWindow(DSLContext ctx, long clientId, LocalDate date, TimeWindow window) {
        ctx.update(STOP).set(STOP.WINDOW_START, window.start()).set(STOP.WINDOW_END, window.end())
                .where(STOP.CLIENT_ID.eq(clientId)).and(STOP.DELIVERY_DATE.eq(date)).and(STOP.STATUS.in(StopStatus.toDeliver()))
                .and(STOP.WINDOW_START.ne(window.start()).or(STOP.WINDOW_END.ne(window.end())))
                .execute();
    }

    long insertTemplate(DSLContext ctx, long areaId, DayOfWeek weekday, TimeWindow window, int capacity, boolean isDefault) {
        SlotTemplateRecord r = ctx.newRecord(SLOT_TEMPLATE);
        r.setAreaId(areaId);
        r.setWeekday(weekday.getValue());
        r.setWindowStart(window.start());
        r.setWindowEnd(window.end());
        r.setCapacity(capacity);
        r.setIsDefault(isDefault);
        r.store();
        return r.getId();
    }

    void updateTemplate(DSLContext ctx, long id, int capacity, boolean isDefault) {
        ctx.update(SLOT_TEMPLATE).set(SLOT_TEMPLATE.CAPACITY, capacity).set(SLOT_TEMPLATE.IS_DEFAULT, isDefault)
                .where(SLOT_TEMPLATE.ID.eq(id)).execute();
    }

    /** Only one default window per area and weekday. */
    void clearDefault(DSLContext ctx, long areaId, DayOfWeek weekday, long exceptId) {
        ctx.update(SLOT_TEMPLATE).set(SLOT_TEMPLATE.IS_DEFAULT, false)
                .where(SLOT_TEMPLATE.AREA_ID.eq(areaId)).and(SLOT_TEMPLATE.WEEKDAY.eq(weekday.getValue()))
                .and(SLOT_TEMPLATE.ID.ne(exceptId)).execute();
    }

    void deleteTemplate(DSLContext ctx, long id) {
        ctx.deleteFrom(SLOT_TEMPLATE).where(SLOT_TEMPLATE.ID.eq(id)).execute();
    }

    long insertException(DSLContext ctx, long areaId, LocalDate date, Optional<TimeWindow> window, int capacity,
                         String reason, Optional<Long> by, Instant now) {
        SlotExceptionRecord r = ctx.newRecord(SLOT_EXCEPTION);
        r.setAreaId(areaId);
        r.setExceptionDate(date);
        r.setWindowStart(window.map(TimeWindow::start).orElse(null));
        r.setWindowEnd(window.map(TimeWindow::end).orElse(null));
        r.setCapacity(capacity);
        r.setReason(reason);
        r.setCreatedBy(userId(by));
        r.setCreatedAt(now);
        r.store();
        return r.getId();
    }

    void deleteException(DSLContext ctx, long id) {
        ctx.deleteFrom(SLOT_EXCEPTION).where(SLOT_EXCEPTION.ID.eq(id)).execute();
    }

    /** Exceptions of the same area, date and window (or whole day) as the one about to be added. */
    void deleteExceptionsLike(DSLContext ctx, long areaId, LocalDate date, Optional<TimeWindow> window) {
        Condition sameWindow = window.map(w -> SLOT_EXCEPTION.WINDOW_START.eq(w.start()).and(SLOT_EXCEPTION.WINDOW_END.eq(w.end())))
                .orElse(SLOT_EXCEPTION.WINDOW_START.isNull());
        ctx.deleteFrom(SLOT_EXCEPTION).where(SLOT_EXCEPTION.AREA_ID.eq(areaId)).and(SLOT_EXCEPTION.EXCEPTION_DATE.eq(date))
                .and(sameWindow).execute();
    }

    long insertStanding(DSLContext ctx, long clientId, DayOfWeek weekday, TimeWindow window, LocalDate validFrom,
                        Optional<Long> by, Instant now) {
        StandingBookingRecord r = ctx.newRecord(STANDING_BOOKING);
        r.setClientId(clientId);
        r.setWeekday(weekday.getValue());
        r.setWindowStart(window.start());
        r.setWindowEnd(window.end());
        r.setValidFrom(validFrom);
        r.setCreatedBy(userId(by));
        r.setCreatedAt(now);
        r.store();
        return r.getId();
    }

    void endStanding(DSLContext ctx, long standingId, LocalDate lastDay) {
        ctx.update(STANDING_BOOKING).set(STANDING_BOOKING.VALID_TO, lastDay).where(STANDING_BOOKING.ID.eq(standingId)).execute();
    }

    void deleteStanding(DSLContext ctx, long standingId) {
        ctx.deleteFrom(STANDING_BOOKING).where(STANDING_BOOKING.ID.eq(standingId)).execute();
    }

    long insertPause(DSLContext ctx, long clientId, LocalDate from, LocalDate to, String reason, Optional<Long> by, Instant now) {
        return ctx.insertInto(DELIVERY_PAUSE).set(DELIVERY_PAUSE.CLIENT_ID, clientId).set(DELIVERY_PAUSE.PAUSE_FROM, from)
                .set(DELIVERY_PAUSE.PAUSE_TO, to).set(DELIVERY_PAUSE.REASON, reason)
                .set(DELIVERY_PAUSE.CREATED_BY, userId(by)).set(DELIVERY_PAUSE.CREATED_AT, now)
                .returning(DELIVERY_PAUSE.ID).fetchSingle().getId();
    }

    void deletePause(DSLContext ctx, long pauseId) {
        ctx.deleteFrom(DELIVERY_PAUSE).where(DELIVERY_PAUSE.ID.eq(pauseId)).execute();
    }

    void endPause(DSLContext ctx, long pauseId, LocalDate lastDay) {
        ctx.update(DELIVERY_PAUSE).set(DELIVERY_PAUSE.PAUSE_TO, lastDay).where(DELIVERY_PAUSE.ID.eq(pauseId)).execute();
    }

    // ------------------------------------------------------------------ mapping

    /** The created_by value: the user's id, or NULL for headless work (the audit log keeps the name). */
    private static Long userId(Optional<Long> by) {
        return by.orElse(null);
    }

    private static ClientRef clientRef(Record r) {
        return new ClientRef(r.get(CLIENT.ID), r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.NAME), r.get(CLIENT.ADDRESS),
                Optional.ofNullable(r.get(CLIENT.AREA_ID)));
    }

    private static SlotTemplate toTemplate(SlotTemplateRecord r) {
        return new SlotTemplate(r.getId(), r.getAreaId(), DayOfWeek.of(r.getWeekday()),
                new TimeWindow(r.getWindowStart(), r.getWindowEnd()), r.getCapacity(), r.getIsDefault());
    }

    private static SlotException toException(SlotExceptionRecord r, String createdBy) {
        Optional<TimeWindow> window = r.getWindowStart() == null || r.getWindowEnd() == null ? Optional.empty()
                : Optional.of(new TimeWindow(r.getWindowStart(), r.getWindowEnd()));
        return new SlotException(r.getId(), r.getAreaId(), r.getExceptionDate(), window, r.getCapacity(), r.getReason(),
                createdBy, r.getCreatedAt());
    }

    private static StandingBooking toStanding(StandingBookingRecord r) {
        return new StandingBooking(r.getId(), r.getClientId(), DayOfWeek.of(r.getWeekday()),
                new TimeWindow(r.getWindowStart(), r.getWindowEnd()), r.getValidFrom(), Optional.ofNullable(r.getValidTo()));
    }

    private static DeliveryPause toPause(no.smartmat.console.db.jooq.tables.records.DeliveryPauseRecord r) {
        return new DeliveryPause(r.getId(), r.getClientId(), r.getPauseFrom(), r.getPauseTo(), r.getReason());
    }
}
