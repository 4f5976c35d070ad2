package no.smartmat.console.slots.ui;

import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Label;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.slots.TimeWindow;
import no.smartmat.console.validation.FieldError;

/** Small things the window screen's parts share: compact window text, node ids, dates, result messages. */
final class SlotUi {

    static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter INPUT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private SlotUi() {}

    /** "09–11" for whole hours, else "09:30–11:00": the board's columns are narrow. */
    static String shortWindow(TimeWindow w) {
        boolean wholeHours = w.start().getMinute() == 0 && w.end().getMinute() == 0;
        return wholeHours ? "%02d–%02d".formatted(w.start().getHour(), w.end().getHour()) : w.toString();
    }

    /** "0900-1100": window part of node ids, e.g. {@code slots-book-0900-1100}. */
    static String windowId(TimeWindow w) {
        return "%02d%02d-%02d%02d".formatted(w.start().getHour(), w.start().getMinute(), w.end().getHour(), w.end().getMinute());
    }

    /** Id of a calendar cell: {@code slot-AREA-YYYYMMDD-HHMM-HHMM}. */
    static String cellId(long areaId, LocalDate date, TimeWindow w) {
        return "slot-" + areaId + "-" + ID_DATE.format(date) + "-" + windowId(w);
    }

    static String date(UiContext ui, LocalDate date, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, ui.messages().locale()).format(date);
    }

    /** Shows a booking result in {@code message}: green when done, red with the reason when refused. */
    static void show(UiContext ui, Label message, Outcome<UserMessage> result) {
        switch (result) {
            case Outcome.Done<UserMessage> done -> {
                // A change to a day whose plan is published is done, but drivers hold another plan: say it as a warning.
                boolean afterPublishing = done.notices().stream().anyMatch(n -> n.key().startsWith("planning.changed."));
                message.getStyleClass().setAll("label", afterPublishing ? "notice-message" : "success-message");
                String notices = done.notices().stream().map(n -> (afterPublishing ? "\n" : " ") + ui.messages().render(n))
                        .reduce("", String::concat);
                message.setText(ui.messages().render(done.value()) + notices);
            }
            case Outcome.Refused<UserMessage> refused -> {
                message.getStyleClass().setAll("label", "field-error");
                message.setText(ui.messages().render(refused.reason()) + fieldErrors(ui, refused.errors())
                        + refused.remedy(Outcome.Surface.WINDOW).map(r -> " " + ui.messages().render(r)).orElse(""));
            }
        }
    }

    static void error(Label message, String text) {
        message.getStyleClass().setAll("label", "field-error");
        message.setText(text);
    }

    static void success(Label message, String text) {
        message.getStyleClass().setAll("label", "success-message");
        message.setText(text);
    }

    private static String fieldErrors(UiContext ui, List<FieldError> errors) {
        return errors.stream().map(e -> " " + ui.messages().render(e.message())).reduce("", String::concat);
    }
}
