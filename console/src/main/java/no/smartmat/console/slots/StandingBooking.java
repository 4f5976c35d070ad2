package no.smartmat.console.slots;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** A client's weekly window: the same window on {@code weekday} every week from {@code validFrom} until changed. */
public record StandingBooking(long id, long clientId, DayOfWeek weekday, TimeWindow window, LocalDate validFrom,
                              Optional<LocalDate> validTo) {

    public boolean appliesOn(LocalDate date) {
        return date.getDayOfWeek() == weekday && !date.isBefore(validFrom)
                && validTo.map(to -> !date.isAfter(to)).orElse(true);
    }
}
