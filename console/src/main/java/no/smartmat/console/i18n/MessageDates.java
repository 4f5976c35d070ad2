package no.smartmat.console.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Dates inside messages. Services do not know the UI language, and MessageFormat formats only {@link Date}s, so
 * messages carry a Date whose wall-clock reading in the JVM's zone is the kitchen's local date/time; the bundle's
 * pattern (e.g. {@code {0,date,EEEE d.M.}}) then writes weekday and month names in the UI's language.
 */
public final class MessageDates {

    private MessageDates() {}

    /** A delivery date (at noon, so no DST change moves it to a neighbouring day). */
    public static Date day(LocalDate date) {
        return wallClock(date.atTime(12, 0));
    }

    /** A moment as the kitchen's clock shows it, e.g. a cut-off deadline. */
    public static Date wallClock(ZonedDateTime time) {
        return wallClock(time.toLocalDateTime());
    }

    public static Date wallClock(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
