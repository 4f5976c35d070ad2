package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Objects;

/** The corrective action recorded for a deviation (korrigerende tiltak). */
public record CorrectiveAction(String cause, String action, FoodOutcome foodOutcome, String recordedBy, Instant recordedAt) {

    public CorrectiveAction {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(foodOutcome, "foodOutcome");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
