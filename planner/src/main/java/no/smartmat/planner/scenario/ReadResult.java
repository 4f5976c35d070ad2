package no.smartmat.planner.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of reading a file a user gave us: the value, or every problem found with the field each
 * is about. A malformed file is an expected outcome, so it is a value rather than an exception.
 */
public sealed interface ReadResult<T> {

    boolean isOk();

    Optional<T> value();

    List<FieldError> errors();

    /** One line per problem, each starting with the source and the field. */
    String describe();

    /** The value, or an {@link InvalidInputException} whose message is {@link #describe()}. */
    default T orElseThrow() {
        return value().orElseThrow(() -> new InvalidInputException(describe()));
    }

    static <T> ReadResult<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> ReadResult<T> failed(String source, List<FieldError> errors) {
        return new Failed<>(source, errors);
    }

    record Ok<T>(T content) implements ReadResult<T> {
        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public Optional<T> value() {
            return Optional.of(content);
        }

        @Override
        public List<FieldError> errors() {
            return List.of();
        }

        @Override
        public String describe() {
            return "ok";
        }
    }

    record Failed<T>(String source, List<FieldError> errors) implements ReadResult<T> {
        public Failed {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failed read needs at least one error");
            }
        }

        @Override
        public boolean isOk() {
            return false;
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return errors.stream().map(e -> source + ": " + e).collect(Collectors.joining(System.lineSeparator()));
        }
    }

    /** Thrown by {@link #orElseThrow()}; its message names the file and the fields. */
    final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidInputException(String message) {
            super(message);
        }
    }
}
