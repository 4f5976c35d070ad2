package no.smartmat.reports.common;

import java.time.LocalTime;
import java.util.Objects;

/** A delivery window in local wall-clock time (Europe/Oslo), start not after end. */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + "–" + end);
        }
    }

    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** "11:00–13:00" (en dash, as Norwegian typography wants). */
    public String formatted() {
        return NorwegianFormat.time(start) + "–" + NorwegianFormat.time(end);
    }
}
