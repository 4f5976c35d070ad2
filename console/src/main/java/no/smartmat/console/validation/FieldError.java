package no.smartmat.console.validation;

import no.smartmat.console.i18n.UserMessage;

/**
 * One thing wrong with one field: which field (the form's field or the file's column), the value as
 * given, and what was expected. {@code location} says where in a file it came from (e.g. "linje 12"),
 * empty for a form.
 */
public record FieldError(String location, String field, String value, UserMessage message) {

    public static FieldError of(String field, String value, String key, Object... args) {
        return new FieldError("", field, value == null ? "" : value, UserMessage.of(key, args));
    }

    public FieldError at(String newLocation) {
        return new FieldError(newLocation, field, value, message);
    }
}
