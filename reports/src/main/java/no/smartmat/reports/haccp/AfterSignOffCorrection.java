package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Objects;

/** A correction made to a signed period (listed, never hidden). */
public record AfterSignOffCorrection(Instant correctedAt, String correctedBy, String what, String reason) {

    public AfterSignOffCorrection {
        Objects.requireNonNull(correctedAt, "correctedAt");
        Objects.requireNonNull(correctedBy, "correctedBy");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }
}
