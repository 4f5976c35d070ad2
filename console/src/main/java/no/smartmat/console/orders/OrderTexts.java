package no.smartmat.console.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Values as they appear inside messages: dates the Norwegian way, in both languages. */
final class OrderTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OrderTexts() {}

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
