package no.smartmat.reports.haccp;

import java.util.Objects;

import no.smartmat.reports.common.NorwegianFormat;

/**
 * A temperature range with its level. Each end is open or closed, because guidance puts
 * the boundary on different sides: chilled food is OK at exactly 4 °C ({@code atMost(GREEN, 4)}),
 * red from exactly 12 °C ({@code atLeast(RED, 12)}), warning strictly between
 * ({@code between(YELLOW, 4, 12)}); hot holding is OK from 60 °C ({@code atLeast(GREEN, 60)})
 * and red below ({@code below(RED, 60)}). Infinite ends are written with the factories.
 */
public record LimitBand(Level level, double fromCelsius, boolean fromInclusive, double toCelsius, boolean toInclusive) {

    public LimitBand {
        Objects.requireNonNull(level, "level");
        if (Double.isNaN(fromCelsius) || Double.isNaN(toCelsius) || fromCelsius > toCelsius
                || (fromCelsius == toCelsius && !(fromInclusive && toInclusive))) {
            throw new IllegalArgumentException("empty limit band: " + fromCelsius + ".." + toCelsius);
        }
    }

    /** ≤ {@code celsius}. */
    public static LimitBand atMost(Level level, double celsius) {
        return new LimitBand(level, Double.NEGATIVE_INFINITY, false, celsius, true);
    }

    /** &lt; {@code celsius}. */
    public static LimitBand below(Level level, double celsius) {
        return new LimitBand(level, Double.NEGATIVE_INFINITY, false, celsius, false);
    }

    /** ≥ {@code celsius}. */
    public static LimitBand atLeast(Level level, double celsius) {
        return new LimitBand(level, celsius, true, Double.POSITIVE_INFINITY, false);
    }

    /** &gt; {@code celsius}. */
    public static LimitBand above(Level level, double celsius) {
        return new LimitBand(level, celsius, false, Double.POSITIVE_INFINITY, false);
    }

    /** Strictly between {@code from} and {@code to} (the neighbouring bands own the ends). */
    public static LimitBand between(Level level, double from, double to) {
        return new LimitBand(level, from, false, to, false);
    }

    public boolean contains(double celsius) {
        boolean lowOk = fromInclusive ? celsius >= fromCelsius : celsius > fromCelsius;
        boolean highOk = toInclusive ? celsius <= toCelsius : celsius < toCelsius;
        return lowOk && highOk;
    }

    /** True if this band and {@code higher} (which starts at or after this one) share a value. */
    boolean overlaps(LimitBand higher) {
        return higher.fromCelsius < toCelsius
                || (higher.fromCelsius == toCelsius && higher.fromInclusive && toInclusive);
    }

    /** "≤ 4,0 °C", "mellom 4,0 og 12,0 °C", "≥ 12,0 °C", "&lt; 60,0 °C". */
    public String describe() {
        boolean low = Double.isInfinite(fromCelsius);
        boolean high = Double.isInfinite(toCelsius);
        if (low && high) {
            return "alle verdier";
        }
        if (low) {
            return (toInclusive ? "≤ " : "< ") + NorwegianFormat.celsius(toCelsius);
        }
        if (high) {
            return (fromInclusive ? "≥ " : "> ") + NorwegianFormat.celsius(fromCelsius);
        }
        String low2 = (fromInclusive ? "fra " : "over ") + NorwegianFormat.decimal(fromCelsius, 1);
        String high2 = (toInclusive ? " til og med " : " til ") + NorwegianFormat.celsius(toCelsius);
        return fromInclusive || toInclusive ? low2 + high2
                : "mellom " + NorwegianFormat.decimal(fromCelsius, 1) + " og " + NorwegianFormat.celsius(toCelsius);
    }
}
