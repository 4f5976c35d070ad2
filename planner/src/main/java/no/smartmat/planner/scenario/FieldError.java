package no.smartmat.planner.scenario;

/**
 * What is wrong with one field of an input file, e.g. {@code stops[12].windowEnd} and
 * {@code "25:00" is not a time HH:MM}. For a file that is not JSON at all the field is the position
 * ({@code line 4, column 17}); for a file that cannot be read it is {@code file}.
 */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
