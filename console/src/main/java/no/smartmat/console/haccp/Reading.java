package no.smartmat.console.haccp;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored temperature reading (temperature_reading). Never changed: a correction is another Reading whose
 * {@code correctsId} points here, with a reason. {@code recordedBy} is the person's name ("" for imports and sensors).
 */
public record Reading(long id, long unitId, Instant measuredAt, Instant recordedAt, double celsius, ReadingSource source,
                      MeasureMethod method, String instrumentId, String occasion, boolean late, String recordedBy,
                      Optional<Long> correctsId, Optional<String> correctionReason) {

    public boolean isCorrection() {
        return correctsId.isPresent();
    }

    public TracePoint toTracePoint() {
        return new TracePoint(id, measuredAt, celsius, source == ReadingSource.MANUAL, occasion);
    }
}
