package no.smartmat.planner.advice;

import java.time.LocalTime;

/** A delivery window the client could book: service must start between {@code start} and {@code end}. */
public record CandidateWindow(LocalTime start, LocalTime end) {

    public CandidateWindow {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends " + end + " before it starts " + start);
        }
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
