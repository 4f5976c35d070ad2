package no.smartmat.console.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parsing of the values people type and municipalities export: decimal comma or point, yes/no in
 * Norwegian and English, ISO or Norwegian dates. Each parser adds a {@link FieldError} and returns empty
 * when the text is not what was expected.
 */
public final class Fields {

    private Fields() {}

    public static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    public static Optional<String> required(String field, String text, List<FieldError> errors) {
        String t = trim(text);
        if (t.isEmpty()) {
            errors.add(FieldError.of(field, text, "validation.required"));
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** A decimal number written with a point or a Norwegian decimal comma ("59,89" or "59.89"). */
    public static Optional<Double> decimal(String field, String text, List<FieldError> errors) {
        String t = trim(text).replace('\u00a0', ' ').replace(" ", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.chars().filter(c -> c == ',').count() == 1 && !t.contains(".")) {
            t = t.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(t).doubleValue());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, text, "validation.notDecimal"));
            return Optional.empty();
        }
    }

    public static Optional<Integer> integer(String field, String text, int min, int max, List<FieldError> errors) {
        String t = trim(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(t);
            if (value < min || value > max) {
                errors.add(FieldError.of(field, text, "validation.outOfRange", String.valueOf(min), String.valueOf(max)));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, text, "validation.notInteger"));
            return Optional.empty();
        }
    }

    public static Optional<Boolean> yesNo(String field, String text, List<FieldError> errors) {
        String t = trim(text).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "" -> Optional.empty();
            case "ja", "j", "yes", "y", "true", "1", "x" -> Optional.of(true);
            case "nei", "n", "no", "false", "0" -> Optional.of(false);
            default -> {
                errors.add(FieldError.of(field, text, "validation.notYesNo"));
                yield Optional.empty();
            }
        };
    }

    /** ISO (2026-12-01) or Norwegian (01.12.2026) date. */
    public static Optional<LocalDate> date(String field, String text, List<FieldError> errors) {
        String t = trim(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = t.split("\\.");
                return Optional.of(LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
            }
            return Optional.of(LocalDate.parse(t));
        } catch (java.time.DateTimeException e) {
            errors.add(FieldError.of(field, text, "validation.notDate"));
            return Optional.empty();
        }
    }

    /** 09:00, 9:00, 0900 or 9. */
    public static Optional<LocalTime> time(String field, String text, List<FieldError> errors) {
        String t = trim(text).replace('.', ':');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (t.matches("\\d{1,2}")) {
                return Optional.of(LocalTime.of(Integer.parseInt(t), 0));
            }
            if (t.matches("\\d{4}")) {
                return Optional.of(LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2))));
            }
            if (t.matches("\\d{1,2}:\\d{2}")) {
                String[] p = t.split(":");
                return Optional.of(LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the error below
        }
        errors.add(FieldError.of(field, text, "validation.notTime"));
        return Optional.empty();
    }
}
