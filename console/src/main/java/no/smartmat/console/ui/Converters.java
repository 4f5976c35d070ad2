package no.smartmat.console.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.function.Function;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import no.smartmat.console.validation.Fields;

/** How a choice box or a date field shows its values and reads what is typed. */
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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * A date field shows 24.11.2026 and takes what the order files take (24.11.2026 or 2026-11-24); a date it cannot
     * read leaves the field on the date it had.
     */
    public static StringConverter<LocalDate> typedDate(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return Fields.date("date", s, new ArrayList<>()).orElse(picker.getValue());
            }
        };
    }
}
