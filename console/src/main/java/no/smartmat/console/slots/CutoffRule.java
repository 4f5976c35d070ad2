package no.smartmat.console.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When bookings and changes for a delivery day close: {@code daysBefore} calendar days earlier at
 * {@code time}, in the kitchen's time zone (so a DST change does not move the deadline's wall-clock time).
 */
public record CutoffRule(int daysBefore, java.time.LocalTime time, ZoneId zone) {

    public CutoffRule {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("cutoff.daysBefore must be 0 or more, was " + daysBefore);
        }
    }

    public static CutoffRule of(SlotSettings settings, ZoneId zone) {
        return new CutoffRule(settings.cutoff().daysBefore(), settings.cutoff().time(), zone);
    }

    public ZonedDateTime deadline(LocalDate deliveryDate) {
        return deliveryDate.minusDays(daysBefore).atTime(time).atZone(zone);
    }

    /** True from the deadline on: bookings for {@code deliveryDate} need a coordinator's override. */
    public boolean isPast(LocalDate deliveryDate, Instant now) {
        return !now.isBefore(deadline(deliveryDate).toInstant());
    }

    /** The first delivery date that can still be booked without an override. */
    public LocalDate firstOpenDate(Instant now) {
        LocalDate date = now.atZone(zone).toLocalDate();
        while (isPast(date, now)) {
            date = date.plusDays(1);
        }
        return date;
    }
}
