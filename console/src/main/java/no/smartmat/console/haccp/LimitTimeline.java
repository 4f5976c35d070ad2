package no.smartmat.console.haccp;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A unit's limit versions in date order: the one in force at an instant is the latest whose {@code validFrom}
 * day has begun (in the kitchen's zone); readings before the first version are judged by the first.
 */
public record LimitTimeline(List<Limits> versions, ZoneId zone) {

    public LimitTimeline {
        versions = versions.stream().sorted(Comparator.comparing(Limits::validFrom)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a unit needs at least one limit version");
        }
    }

    public static LimitTimeline of(Limits only, ZoneId zone) {
        return new LimitTimeline(List.of(only), zone);
    }

    public Limits at(Instant instant) {
        Limits current = versions.getFirst();
        for (Limits l : versions) {
            if (!l.validFrom().atStartOfDay(zone).toInstant().isAfter(instant)) {
                current = l;
            }
        }
        return current;
    }

    public Limits latest() {
        return versions.getLast();
    }

    /** When the unit began to be watched: the start of its first version's day. */
    public Instant monitoredFrom() {
        return versions.getFirst().validFrom().atStartOfDay(zone).toInstant();
    }
}
