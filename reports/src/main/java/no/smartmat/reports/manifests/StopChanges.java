package no.smartmat.reports.manifests;

import java.util.Objects;
import java.util.Optional;

import no.smartmat.reports.common.TimeWindow;

/**
 * What changed for a stop since the previous version of the same weekday's route. The
 * console compares the routes; the manifest only marks what it is told.
 *
 * @param newClient      the client was not on the previous version ("NY")
 * @param previousWindow present if the delivery window changed: the old window ("NY TID")
 */
public record StopChanges(boolean newClient, Optional<TimeWindow> previousWindow) {

    public static final StopChanges NONE = new StopChanges(false, Optional.empty());

    public StopChanges {
        Objects.requireNonNull(previousWindow, "previousWindow");
    }

    public static StopChanges clientAdded() {
        return new StopChanges(true, Optional.empty());
    }

    public static StopChanges windowChanged(TimeWindow previous) {
        return new StopChanges(false, Optional.of(previous));
    }

    public boolean windowChanged() {
        return previousWindow.isPresent();
    }

    public boolean any() {
        return newClient || windowChanged();
    }
}
