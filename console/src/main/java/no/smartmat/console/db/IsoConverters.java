package no.smartmat.console.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jooq.impl.AbstractConverter;

/**
 * SQLite has no date or time types; the schema keeps them as ISO-8601 text so the file stays readable
 * with any SQLite tool and sorts correctly. Instants are written with a fixed width (milliseconds, UTC)
 * because text comparison is what orders them.
 */
public final class IsoConverters {

    private IsoConverters() {}

    public static final DateTimeFormatter INSTANT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    public static String formatInstant(Instant instant) {
        return INSTANT_FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static final class DateConverter extends AbstractConverter<String, LocalDate> {
        public DateConverter() {
            super(String.class, LocalDate.class);
        }

        @Override
        public LocalDate from(String text) {
            return text == null ? null : LocalDate.parse(text);
        }

        @Override
        public String to(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    /** Times of day to the minute: windows, shifts, ETAs. */
    public static final class TimeConverter extends AbstractConverter<String, LocalTime> {
        public TimeConverter() {
            super(String.class, LocalTime.class);
        }

        @Override
        public LocalTime from(String text) {
            return text == null ? null : LocalTime.parse(text);
        }

        @Override
        public String to(LocalTime time) {
            return time == null ? null : TIME_FORMAT.format(time);
        }
    }

    public static final class InstantConverter extends AbstractConverter<String, Instant> {
        public InstantConverter() {
            super(String.class, Instant.class);
        }

        @Override
        public Instant from(String text) {
            return text == null ? null : Instant.parse(text);
        }

        @Override
        public String to(Instant instant) {
            return instant == null ? null : formatInstant(instant);
        }
    }
}
