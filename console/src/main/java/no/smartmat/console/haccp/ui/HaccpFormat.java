package no.smartmat.console.haccp.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.AlarmEvaluator;
import no.smartmat.console.haccp.Deviation;
import no.smartmat.console.haccp.HaccpNumbers;
import no.smartmat.console.haccp.HaccpTimes;
import no.smartmat.console.haccp.Level;
import no.smartmat.console.haccp.Limits;
import no.smartmat.console.haccp.MissingCheck;
import no.smartmat.console.haccp.RuleCode;

/** How the HACCP screens write temperatures, ranges, times and rules in the UI's language. */
final class HaccpFormat {

    private final UiContext ui;
    private final ZoneId zone;

    HaccpFormat(UiContext ui) {
        this.ui = ui;
        this.zone = ui.zone();
    }

    /** Dates as the kitchen writes them (23.11.2026), whatever the machine's locale; ISO is accepted when typed. */
    static javafx.scene.control.DatePicker datePicker(String id) {
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker();
        picker.setId(id);
        picker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : HaccpTimes.DATE.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return no.smartmat.console.validation.Fields.date("date", text, new java.util.ArrayList<>()).orElse(null);
            }
        });
        picker.setPrefWidth(140);
        return picker;
    }

    /**
     * A table column no narrower than its own title (a header cut to «Instru…» tells nobody anything); the column's
     * cells either fit their width ({@code Columns.fixed}) or wrap ({@code Columns.wrapping}).
     */
    static <C extends javafx.scene.control.TableColumn<?, ?>> C titleFits(C column) {
        javafx.scene.text.Text title = new javafx.scene.text.Text(column.getText());
        title.setStyle("-fx-font-weight: bold;");
        column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(title.getLayoutBounds().getWidth() * 1.1) + 28));
        return column;
    }

    String celsius(double value) {
        return HaccpNumbers.celsius(value, ui.messages().locale());
    }

    String number(double value) {
        return HaccpNumbers.decimal(value, ui.messages().locale());
    }

    /** The allowed range beside an input: "≤ 4,0 °C", "≥ 60,0 °C", "0,0–4,0 °C", or the cooling rule. */
    String range(Limits l, String occasion) {
        if (l.isCooling()) {
            return AlarmEvaluator.COOLING_END.equals(occasion)
                    ? ui.tr("haccp.ui.range.coolingEnd", celsius(l.maxCelsius().orElse(10.0)), l.redAfterMinutes().orElse(120))
                    : ui.tr("haccp.ui.range.coolingStart", celsius(l.minCelsius().orElse(60.0)));
        }
        if (l.okMax().isPresent() && l.okMin().isPresent()) {
            return number(l.okMin().get()) + "–" + celsius(l.okMax().get());
        }
        if (l.okMax().isPresent()) {
            return "≤ " + celsius(l.okMax().get());
        }
        return l.okMin().map(min -> "≥ " + celsius(min)).orElse("");
    }

    String time(Instant at) {
        return HaccpTimes.time(at, zone);
    }

    String dateTime(Instant at) {
        return HaccpTimes.format(at, zone);
    }

    String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes < 60 ? ui.tr("haccp.ui.minutes", minutes)
                : ui.tr("haccp.ui.hoursMinutes", minutes / 60, minutes % 60);
    }

    String level(Level level) {
        return ui.tr("haccp.level." + level);
    }

    String levelStyle(Level level) {
        return switch (level) {
            case GREEN -> "haccp-green-text";
            case YELLOW -> "haccp-yellow-text";
            case RED -> "haccp-red-text";
        };
    }

    String rule(Deviation d) {
        return RuleCode.describe(d.rule()).stream().map(ui.messages()::render).collect(Collectors.joining("; "));
    }

    String occasion(String occasion) {
        return occasion == null || occasion.isEmpty() ? "" : ui.tr("haccp.occasion." + occasion);
    }

    String missing(MissingCheck m) {
        String what = m.roundId().map(r -> ui.tr("haccp.missing.ROUND", occasion(r))).orElse(ui.tr("haccp.missing.SENSOR_GAP"));
        String late = m.lateReading().map(l -> " – " + ui.tr("haccp.missing.lateReading", dateTime(l.measuredAt()),
                dateTime(l.recordedAt()))).orElse("");
        return what + late;
    }
}
