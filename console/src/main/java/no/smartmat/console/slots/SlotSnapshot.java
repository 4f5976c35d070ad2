package no.smartmat.console.slots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the window rules need for a date range, read in a handful of queries so a week of 27 areas is
 * computed in memory rather than by a query per cell.
 */
record SlotSnapshot(LocalDate from, LocalDate to, Map<Long, String> areaNames, List<SlotTemplate> templates,
                    List<SlotException> exceptions, List<StoredSlot> slots, List<StoredBooking> bookings,
                    List<StandingCandidate> standing, List<DeliveryPause> pauses, List<ActiveClient> clients) {

    /** A client of one of the snapshot's areas with the days they are a client. */
    record ActiveClient(ClientRef client, Optional<LocalDate> activeFrom, Optional<LocalDate> activeTo) {

        boolean isActiveOn(LocalDate date) {
            return activeFrom.map(f -> !date.isBefore(f)).orElse(true) && activeTo.map(t -> !date.isAfter(t)).orElse(true);
        }
    }

    /** A window of a day as stored in {@code delivery_slot}. */
    record StoredSlot(long id, long areaId, LocalDate date, TimeWindow window, int capacity, int booked, boolean isDefault) {}

    /** A row of {@code slot_booking} with its client. */
    record StoredBooking(long id, long slotId, ClientRef client, LocalDate date, BookingKind kind, boolean override) {}

    /** A standing booking with the client it belongs to and the days that client is active. */
    record StandingCandidate(StandingBooking booking, ClientRef client, Optional<LocalDate> activeFrom,
                             Optional<LocalDate> activeTo) {

        boolean wantsDeliveryOn(LocalDate date) {
            return booking.appliesOn(date) && activeFrom.map(f -> !date.isBefore(f)).orElse(true)
                    && activeTo.map(t -> !date.isAfter(t)).orElse(true);
        }
    }
}
