package no.smartmat.console.haccp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.smartmat.console.i18n.UserMessage;

/**
 * The rule that raised a deviation, stored compactly in deviation_event.rule (e.g. {@code DELAY:30:CONSECUTIVE;RED_AT:12.0})
 * so it can be shown in the reader's language later: {@link #describe} gives one message per part.
 */
public final class RuleCode {

    public static final String SEPARATOR = ";";

    private RuleCode() {}

    public static String manual() {
        return "MANUAL";
    }

    public static String delay(int minutes, DelayCounting counting) {
        return "DELAY:" + minutes + ":" + counting.name();
    }

    public static String redAt(double celsius) {
        return "RED_AT:" + String.format(Locale.ROOT, "%.1f", celsius);
    }

    public static String redAfter(int minutes) {
        return "RED_AFTER:" + minutes;
    }

    public static String cooling(double from, double to, long minutes) {
        return String.format(Locale.ROOT, "COOLING:%.1f:%.1f:%d", from, to, minutes);
    }

    public static String coolingStart(double from) {
        return String.format(Locale.ROOT, "COOLING_START:%.1f", from);
    }

    /** One message per part; unknown parts are shown as they are stored. */
    public static List<UserMessage> describe(String rule) {
        List<UserMessage> parts = new ArrayList<>();
        if (rule == null || rule.isBlank()) {
            return parts;
        }
        for (String part : rule.split(SEPARATOR)) {
            String[] f = part.split(":");
            try {
                parts.add(switch (f[0]) {
                    case "MANUAL" -> UserMessage.of("haccp.rule.manual");
                    case "DELAY" -> UserMessage.of("haccp.rule.delay." + f[2], Integer.parseInt(f[1]));
                    case "RED_AT" -> UserMessage.of("haccp.rule.redAt", Double.parseDouble(f[1]));
                    case "RED_AFTER" -> UserMessage.of("haccp.rule.redAfter", Integer.parseInt(f[1]) / 60.0);
                    case "COOLING" -> UserMessage.of("haccp.rule.cooling", Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), Integer.parseInt(f[3]));
                    case "COOLING_START" -> UserMessage.of("haccp.rule.coolingStart", Double.parseDouble(f[1]));
                    default -> UserMessage.of("haccp.rule.other", part);
                });
            } catch (RuntimeException e) {
                parts.add(UserMessage.of("haccp.rule.other", part));
            }
        }
        return parts;
    }
}
