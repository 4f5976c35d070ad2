package no.smartmat.console.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.smartmat.console.i18n.UserMessage;

/**
 * What became of a request a person made: done (its value, with notices worth reading), or refused with the reason,
 * and then nothing was changed. The one result type of the services besides {@link Validated} (which a form's
 * checks give): a refusal always carries its reason as a message the window and the command line render alike.
 * Tests look at the reason's key, not at its wording.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value, List<UserMessage> notices) implements Outcome<T> {
        public Done {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Nothing was changed. {@code errors} name the form fields at fault, when there are any; {@code remedy} says what
     * the person can do about it where they are, when that differs between the window and the command line.
     */
    record Refused<T>(UserMessage reason, List<FieldError> errors, Optional<Remedy> remedy) implements Outcome<T> {
        public Refused {
            errors = List.copyOf(errors);
        }

        public Optional<UserMessage> remedy(Surface where) {
            return remedy.map(r -> switch (where) {
                case WINDOW -> r.inWindow();
                case COMMAND_LINE -> r.onCommandLine();
            });
        }

        /** The same refusal, for a request of another type (a refusal carries no value). */
        public <R> Refused<R> retyped() {
            return new Refused<>(reason, errors, remedy);
        }
    }

    /** What to do about a refusal, in the terms of each place it is shown: the window's checkbox, the command's option. */
    record Remedy(UserMessage inWindow, UserMessage onCommandLine) {}

    /** Where an outcome is shown. */
    enum Surface { WINDOW, COMMAND_LINE }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value, List.of());
    }

    static <T> Outcome<T> done(T value, List<UserMessage> notices) {
        return new Done<>(value, notices);
    }

    static <T> Refused<T> refused(String key, Object... args) {
        return new Refused<>(UserMessage.of(key, args), List.of(), Optional.empty());
    }

    static <T> Refused<T> refused(UserMessage reason, List<FieldError> errors) {
        return new Refused<>(reason, errors, Optional.empty());
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The value, when done. */
    default Optional<T> valueIfDone() {
        return this instanceof Done<T>(T value, List<UserMessage> notices) ? Optional.of(value) : Optional.empty();
    }

    default <R> Outcome<R> flatMap(Function<T, Outcome<R>> f) {
        return switch (this) {
            case Done<T>(T value, List<UserMessage> notices) -> f.apply(value);
            case Refused<T> refused -> refused.retyped();
        };
    }
}
