package no.smartmat.console.haccp;

import java.time.Instant;
import java.util.Optional;

/**
 * What was done about a deviation (korrigerende tiltak): cause, action, what happened to the food, who did it and
 * when. A closing action ends the case; an earlier one (while the breach still lasted) is kept as what was done
 * meanwhile. A correction is a new action pointing at the one it corrects.
 */
public record CorrectiveAction(long id, long deviationId, String cause, String actionTaken, FoodOutcome foodOutcome,
                               String performedBy, Instant performedAt, boolean closing, Optional<Long> correctsId,
                               String recordedBy, Instant recordedAt) {}
