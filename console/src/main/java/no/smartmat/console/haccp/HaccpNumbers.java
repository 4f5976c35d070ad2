package no.smartmat.console.haccp;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Temperatures and shares as people read them: one decimal, rounded half up as the printed report rounds them, so
 * 46,25 °C is «46,3 °C» on the screen, on the command line and on paper alike.
 */
public final class HaccpNumbers {

    private HaccpNumbers() {}

    public static String decimal(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    public static String celsius(double value, Locale locale) {
        return decimal(value, locale) + " °C";
    }
}
