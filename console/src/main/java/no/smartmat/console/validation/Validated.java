package no.smartmat.console.validation;

import java.util.List;
import java.util.function.Function;

/** A value that passed its rules, or the list of what is wrong with it. */
public sealed interface Validated<T> {

    record Valid<T>(T value) implements Validated<T> {}

    record Invalid<T>(List<FieldError> errors) implements Validated<T> {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("Invalid needs at least one error");
            }
        }
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> invalid(List<FieldError> errors) {
        return new Invalid<>(errors);
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    default List<FieldError> errors() {
        return this instanceof Invalid<T>(List<FieldError> errors) ? errors : List.of();
    }

    default <R> Validated<R> map(Function<T, R> f) {
        return switch (this) {
            case Valid<T>(T value) -> new Valid<>(f.apply(value));
            case Invalid<T>(List<FieldError> errors) -> new Invalid<>(errors);
        };
    }
}
