package no.smartmat.console.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values. */
public final class Converters {

    private Converters() {}

    /**
     * For lists the person picks from but never types into: {@code fromString} is never called there. An empty
     * selection shows as nothing.
     */
    public static <T> StringConverter<T> displaying(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
