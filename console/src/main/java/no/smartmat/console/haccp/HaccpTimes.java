package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/** Times as kitchen staff type and read them: local wall-clock time in the kitchen's zone. */
public final class HaccpTimes {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private HaccpTimes() {}

    /**
     * "08:15" (today), "23.11.2026 08:15", "2026-11-23 08:15" or an ISO instant with offset. Adds a field error and
     * returns empty when the text is none of these.
     */
    public static Optional<Instant> parseLocal(String field, String text, Clock clock, List<FieldError> errors) {
        String t = Fields.trim(text);
        ZoneId zone = clock.getZone();
        try {
            if (t.matches("\\d{1,2}[:.]\\d{2}")) {
                Optional<LocalTime> time = Fields.time(field, t, new java.util.ArrayList<>());
                if (time.isPresent()) {
                    return Optional.of(LocalDate.now(clock).atTime(time.get()).atZone(zone).toInstant());
                }
            }
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}[ T]\\d{1,2}[:.]\\d{2}")) {
                String[] p = t.split("[ T]");
                List<FieldError> local = new java.util.ArrayList<>();
                Optional<LocalDate> d = Fields.date(field, p[0], local);
                Optional<LocalTime> time = Fields.time(field, p[1], local);
                if (d.isPresent() && time.isPresent()) {
                    return Optional.of(d.get().atTime(time.get()).atZone(zone).toInstant());
                }
            } else if (t.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?")) {
                return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant());
            } else if (!t.isEmpty()) {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the error below
        }
        errors.add(FieldError.of(field, text, "haccp.validation.notDateTime"));
        return Optional.empty();
    }

    public static String format(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
