package no.smartmat.reports.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Norwegian (Bokmål) formatting of dates, times and numbers for printed documents.
 * Names are spelled out here instead of taken from the JDK's locale data, because a
 * jlinked runtime without {@code jdk.localedata} would silently print English months.
 */
public final class NorwegianFormat {

    private static final String[] WEEKDAYS = {
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
    private static final String[] MONTHS = {
        "januar", "februar", "mars", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "desember"};

    /** The typographic minus sign: a hyphen next to a temperature reads badly. */
    public static final String MINUS = "\u2212";

    private NorwegianFormat() {
    }

    /** "1.12.2026". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
    }

    /** "1.12." */
    public static String dayMonth(LocalDate date) {
        return date.getDayOfMonth() + "." + date.getMonthValue() + ".";
    }

    /** "tirsdag". */
    public static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    /** "desember". */
    public static String month(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1];
    }

    /** "tirsdag 1. desember 2026". */
    public static String dateLong(LocalDate date) {
        return weekday(date) + " " + date.getDayOfMonth() + ". " + month(date) + " " + date.getYear();
    }

    /** "Tirsdag 1.12.". */
    public static String weekdayDayMonth(LocalDate date) {
        return capitalize(weekday(date)) + " " + dayMonth(date);
    }

    /** "08:05". */
    public static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** "1.12.2026 kl. 08:05". */
    public static String dateTime(LocalDateTime dateTime) {
        return date(dateTime.toLocalDate()) + " kl. " + time(dateTime.toLocalTime());
    }

    /** "1.12.2026 kl. 08:05" in the given time zone. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return dateTime(LocalDateTime.ofInstant(instant, zone));
    }

    /** A decimal number with a decimal comma and a real minus sign: "−18,5". */
    public static String decimal(double value, int fractionDigits) {
        String s = String.format(Locale.ROOT, "%." + fractionDigits + "f", value).replace('.', ',');
        if (s.startsWith("-")) {
            s = isZero(s) ? s.substring(1) : MINUS + s.substring(1);
        }
        return s;
    }

    private static boolean isZero(String s) {
        return s.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    /** "−18,0 °C". */
    public static String celsius(double value) {
        return decimal(value, 1) + " °C";
    }

    /** "5 t 28 min", "45 min". */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return hours + " t " + rest + " min";
    }

    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
