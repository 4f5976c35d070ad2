package no.smartmat.console.haccp;

import java.time.Instant;

/** One reading as the alarm rules see it. {@code occasion} matters for cooling (COOLING_START/COOLING_END). */
public record TracePoint(long readingId, Instant at, double celsius, boolean manual, String occasion) {

    public static TracePoint sensor(Instant at, double celsius) {
        return new TracePoint(0, at, celsius, false, "");
    }

    public static TracePoint manual(Instant at, double celsius) {
        return new TracePoint(0, at, celsius, true, "");
    }
}
