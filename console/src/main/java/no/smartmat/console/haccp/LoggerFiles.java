package no.smartmat.console.haccp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.FieldError;

/**
 * Reading logger and sensor exports, without the database: a CSV file through a column mapping, or Disruptive
 * Technologies event JSON. Each row becomes a reading for a unit, or an error naming its line, field and value.
 */
public final class LoggerFiles {

    private LoggerFiles() {}

    public enum TemperatureUnit {
        C, F
    }

    /**
     * How a logger's CSV reads: which column holds the time and in what format ({@code ISO} or a java.time pattern
     * such as {@code dd.MM.yyyy HH:mm}), which the temperature, in °C or °F, with a decimal comma or point, and the
     * time zone of times written without an offset.
     */
    public record CsvMapping(String timestampColumn, String timestampPattern, String valueColumn, TemperatureUnit unit,
                             boolean decimalComma, ZoneId zone) {}

    /** One reading found in a file, with where it came from ({@link #where}). */
    public record Row(String location, String device, Instant measuredAt, double celsius) {}

    /**
     * What a file held: its readings, the lines or events that failed, notices, and {@code fileError} when the file as
     * a whole cannot be read this way (a column the mapping names is not in it).
     */
    public record Parsed(List<Row> rows, List<FieldError> errors, List<UserMessage> notices,
                         Optional<UserMessage> fileError) {
        Parsed(List<Row> rows, List<FieldError> errors, List<UserMessage> notices) {
            this(rows, errors, notices, Optional.empty());
        }

        public List<String> errorLocations() {
            return errors.stream().map(FieldError::location).distinct().toList();
        }
    }

    /** A location in a file: its line number. */
    static String line(int line) {
        return String.valueOf(line);
    }

    /** A location in a JSON document read whole: the event's number, and its id when it has one. */
    static String event(int number, String eventId) {
        return "#" + number + (eventId.isEmpty() ? "" : " " + eventId);
    }

    /** A problem's location as the reader is told it: "linje 12", "hendelse 3 (id)", or nothing for the whole file. */
    public static UserMessage where(String location) {
        if (location.startsWith("#")) {
            String[] parts = location.substring(1).split(" ", 2);
            return parts.length == 2 ? UserMessage.of("haccp.import.atEventId", parts[0], parts[1])
                    : UserMessage.of("haccp.import.atEvent", parts[0]);
        }
        return location.isEmpty() ? UserMessage.of("haccp.import.inFile") : UserMessage.of("haccp.import.atLine", location);
    }

    private static final List<String> TIME_PATTERNS = List.of("ISO", "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm",
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "d.M.yyyy H:mm");
    private static final Pattern TIME_HEADER = Pattern.compile("(?i).*(tid|time|dato|date|timestamp|målt|malt).*");
    private static final Pattern VALUE_HEADER = Pattern.compile("(?i).*(temp|verdi|value|°c|°f|celsius).*");

    /** A mapping guessed from the header and the first rows, for the person to confirm; empty if nothing fits. */
    public static Optional<CsvMapping> guess(CsvFile file, ZoneId zone) {
        Optional<String> time = file.header().stream().filter(h -> TIME_HEADER.matcher(h).matches()).findFirst();
        Optional<String> value = file.header().stream()
                .filter(h -> VALUE_HEADER.matcher(h).matches() && !time.map(h::equals).orElse(false)).findFirst();
        if (time.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        List<CsvFile.Row> sample = file.rows().stream().filter(r -> !r.isBlank()).limit(20).toList();
        Optional<String> pattern = TIME_PATTERNS.stream()
                .filter(p -> !sample.isEmpty() && sample.stream().allMatch(r -> parseTime(r.get(time.get()), p, zone).isPresent()))
                .findFirst();
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        boolean comma = sample.stream().anyMatch(r -> r.get(value.get()).contains(","));
        TemperatureUnit unit = value.get().toUpperCase(Locale.ROOT).contains("°F") || value.get().matches("(?i).*\\(f\\).*")
                ? TemperatureUnit.F : TemperatureUnit.C;
        return Optional.of(new CsvMapping(time.get(), pattern.get(), value.get(), unit, comma, zone));
    }

    public static Parsed readCsv(CsvFile file, CsvMapping mapping, String device) {
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<UserMessage> notices = new ArrayList<>();
        if (file.wasLatin1()) {
            notices.add(UserMessage.of("haccp.import.latin1", file.fileName()));
        }
        Optional<String> timeColumn = file.column(mapping.timestampColumn());
        Optional<String> valueColumn = file.column(mapping.valueColumn());
        if (timeColumn.isEmpty() || valueColumn.isEmpty()) {
            // Not a line's fault: the file is not the kind the mapping describes (another logger, or no logger file).
            String missing = timeColumn.isEmpty() ? mapping.timestampColumn() : mapping.valueColumn();
            return new Parsed(rows, errors, notices, Optional.of(UserMessage.of("haccp.import.noColumn", file.fileName(),
                    missing, String.join(", ", file.header()))));
        }
        Instant previous = Instant.MIN;
        for (CsvFile.Row r : file.rows()) {
            if (r.isBlank()) {
                continue;
            }
            String where = line(r.line());
            String timeText = r.get(timeColumn.get());
            String valueText = r.get(valueColumn.get());
            Optional<Instant> at = parseTime(timeText, mapping.timestampPattern(), mapping.zone(), previous);
            previous = at.orElse(previous);
            if (at.isEmpty()) {
                errors.add(new FieldError(where, timeColumn.get(), timeText,
                        UserMessage.of("haccp.import.badTime", mapping.timestampPattern())));
            }
            Optional<Double> celsius = parseValue(valueText, mapping);
            if (celsius.isEmpty()) {
                errors.add(new FieldError(where, valueColumn.get(), valueText, UserMessage.of(
                        mapping.decimalComma() ? "haccp.import.badValueComma" : "haccp.import.badValuePoint")));
            }
            if (at.isPresent() && celsius.isPresent()) {
                rows.add(new Row(where, device, at.get(), celsius.get()));
            }
        }
        return new Parsed(rows, errors, notices);
    }

    static Optional<Instant> parseTime(String text, String pattern, ZoneId zone) {
        return parseTime(text, pattern, zone, Instant.MIN);
    }

    /**
     * A local time in the hour that repeats when summer time ends (02:00-02:59 twice in late October) is read with
     * the earlier offset, unless that would put it before the previous row: loggers write in time order, so the second
     * pass through the hour takes the later offset instead of collapsing onto the first and leaving a gap.
     */
    static Optional<Instant> parseTime(String text, String pattern, ZoneId zone, Instant previous) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            if ("ISO".equalsIgnoreCase(pattern)) {
                if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                    return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).toInstant());
                }
                return Optional.of(resolve(LocalDateTime.parse(t.replace(' ', 'T')), zone, previous));
            }
            // STRICT: the default resolver would quietly turn 31.11. into 30.11.; 'uuuu' because STRICT needs an era for 'yyyy'
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                    .withResolverStyle(ResolverStyle.STRICT);
            return Optional.of(resolve(LocalDateTime.parse(t, f), zone, previous));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant resolve(LocalDateTime local, ZoneId zone, Instant previous) {
        ZonedDateTime earlier = ZonedDateTime.of(local, zone).withEarlierOffsetAtOverlap();
        if (earlier.toInstant().isBefore(previous)) {
            ZonedDateTime later = earlier.withLaterOffsetAtOverlap();
            if (!later.toInstant().isBefore(previous)) {
                return later.toInstant();
            }
        }
        return earlier.toInstant();
    }

    static Optional<Double> parseValue(String text, CsvMapping mapping) {
        String t = text == null ? "" : text.strip().replace("\u00a0", "").replace(" ", "")
                .replace("°C", "").replace("°F", "").replace('\u2212', '-');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (mapping.decimalComma()) {
            if (t.contains(".")) {
                return Optional.empty();
            }
            t = t.replace(',', '.');
        } else if (t.contains(",")) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Optional.empty();
            }
            if (mapping.unit() == TemperatureUnit.F) {
                v = Math.round((v - 32) * 5 / 9 * 100) / 100.0;
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Disruptive Technologies events: a JSON array of events, {@code {"events": [...]}}, one event, the Data
     * Connector's {@code {"event": {...}, "labels": {...}}}, or one such object per line. Of each temperature event
     * it reads {@code targetName} (the device is its last segment), {@code data.temperature.value} and
     * {@code data.temperature.updateTime}. Events of other types are counted and left out.
     */
    public static Parsed readDisruptiveJson(String fileName, byte[] bytes) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<UserMessage> notices = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            collect(json.readTree(text), events);
        } catch (Exception whole) {
            String[] lines = text.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    collect(json.readTree(lines[i]), events);
                } catch (Exception e) {
                    errors.add(new FieldError(line(i + 1), "json", abbreviate(lines[i]),
                            UserMessage.of("haccp.import.badJson", String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int otherTypes = 0;
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String where = event(i + 1, e.hasNonNull("eventId") ? e.get("eventId").asText() : "");
            String type = e.path("eventType").asText("temperature");
            JsonNode temperature = e.path("data").path("temperature");
            if (!"temperature".equals(type) || temperature.isMissingNode()) {
                otherTypes++;
                continue;
            }
            String target = e.path("targetName").asText("");
            String device = target.contains("/") ? target.substring(target.lastIndexOf('/') + 1).strip() : target.strip();
            if (device.isEmpty()) {
                errors.add(new FieldError(where, "targetName", target, UserMessage.of("haccp.import.noDevice")));
                continue;
            }
            JsonNode value = temperature.path("value");
            String time = temperature.path("updateTime").asText("");
            Optional<Instant> at;
            try {
                at = Optional.of(Instant.parse(time));
            } catch (DateTimeParseException ex) {
                at = Optional.empty();
                errors.add(new FieldError(where, "data.temperature.updateTime", time, UserMessage.of("haccp.import.badTime", "ISO")));
            }
            if (!value.isNumber()) {
                errors.add(new FieldError(where, "data.temperature.value", value.asText(""),
                        UserMessage.of("haccp.import.badValuePoint")));
                continue;
            }
            at.ifPresent(a -> rows.add(new Row(where, device, a, value.asDouble())));
        }
        if (otherTypes > 0) {
            notices.add(UserMessage.of("haccp.import.otherEvents", otherTypes));
        }
        if (events.isEmpty() && errors.isEmpty()) {
            return new Parsed(rows, errors, notices, Optional.of(UserMessage.of("haccp.import.noEvents", fileName)));
        }
        return new Parsed(rows, errors, notices);
    }

    private static void collect(JsonNode node, List<JsonNode> events) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, events));
        } else if (node.has("events") && node.get("events").isArray()) {
            node.get("events").forEach(n -> collect(n, events));
        } else if (node.has("event") && node.get("event").isObject()) {
            events.add(node.get("event"));
        } else if (node.isObject()) {
            events.add(node);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** True if the bytes look like JSON rather than CSV. */
    public static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t' || (b & 0xFF) == 0xEF || (b & 0xFF) == 0xBB
                    || (b & 0xFF) == 0xBF)) {
                return false;
            }
        }
        return false;
    }
}
