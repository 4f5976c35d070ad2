package no.smartmat.console.printing;

import java.util.function.Function;
import no.smartmat.console.i18n.UserMessage;

/** A result the user may have to act on: the value, or why there is none and what to do (rendered at the edge). */
public sealed interface PrintOutcome<T> {

    record Ok<T>(T value) implements PrintOutcome<T> {}

    record Refused<T>(UserMessage reason) implements PrintOutcome<T> {}

    static <T> PrintOutcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> PrintOutcome<T> refused(String key, Object... args) {
        return new Refused<>(UserMessage.of(key, args));
    }

    default <R> PrintOutcome<R> flatMap(Function<T, PrintOutcome<R>> f) {
        return switch (this) {
            case Ok<T>(T value) -> f.apply(value);
            case Refused<T>(UserMessage reason) -> new Refused<>(reason);
        };
    }
}
