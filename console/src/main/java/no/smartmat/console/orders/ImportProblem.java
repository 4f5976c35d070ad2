package no.smartmat.console.orders;

import no.smartmat.console.i18n.UserMessage;

/**
 * Something wrong (or worth knowing) in an order file: where, which field, the value as written, and what
 * was expected. {@code target} says what leaving it out removes: a whole file, an order, or one part (a CSV
 * line, a package, an item line); {@code fix} says whether the coordinator can repair it in the preview
 * instead.
 */
public record ImportProblem(Severity severity, Where where, String field, String value, UserMessage message,
                            String target, Fix fix) {

    public enum Severity {
        /** The file cannot be read as an order batch at all; only leaving the whole file out resolves it. */
        FATAL,
        /** Blocks the import until fixed or until its target is left out. */
        ERROR,
        /** Shown to the coordinator; does not block. */
        WARNING
    }

    public enum Fix {
        NONE,
        /** Choose the package's temperature zone (KJØL/FRYS/TØRR). */
        CHOOSE_ZONE,
        /** Confirm which client this is (a candidate, another client, or a new client from the file). */
        MATCH_CLIENT
    }

    public ImportProblem {
        value = value == null ? "" : value;
        field = field == null ? "" : field;
    }

    public boolean blocks() {
        return severity != Severity.WARNING;
    }

    static ImportProblem fatal(Where where, UserMessage message) {
        return new ImportProblem(Severity.FATAL, where, "", "", message, fileKey(where.file()), Fix.NONE);
    }

    static ImportProblem error(Where where, String field, String value, String target, String key, Object... args) {
        return new ImportProblem(Severity.ERROR, where, field, value, UserMessage.of(key, args), target, Fix.NONE);
    }

    static ImportProblem warning(Where where, String field, String value, String target, String key, Object... args) {
        return new ImportProblem(Severity.WARNING, where, field, value, UserMessage.of(key, args), target, Fix.NONE);
    }

    ImportProblem withFix(Fix newFix) {
        return new ImportProblem(severity, where, field, value, message, target, newFix);
    }

    /** The exclusion key of a whole file. */
    public static String fileKey(String fileName) {
        return "file:" + fileName;
    }
}
