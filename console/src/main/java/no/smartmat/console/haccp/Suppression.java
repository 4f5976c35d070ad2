package no.smartmat.console.haccp;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The suppression windows that apply to one unit (defrost, vans between tours): readings inside raise nothing. */
public record Suppression(List<HaccpConfig.SuppressionWindow> windows, ZoneId zone) {

    public Suppression {
        windows = List.copyOf(windows);
    }

    public static Suppression none(ZoneId zone) {
        return new Suppression(List.of(), zone);
    }

    public static Suppression forUnit(ColdUnit unit, HaccpConfig config, ZoneId zone) {
        return new Suppression(config.suppressionWindows().stream().filter(w -> w.appliesTo(unit)).toList(), zone);
    }

    public boolean at(Instant instant) {
        if (windows.isEmpty()) {
            return false;
        }
        var local = instant.atZone(zone).toLocalTime();
        return windows.stream().anyMatch(w -> w.contains(local));
    }

    /** True if every moment of [from, to) lies in a window (checked every five minutes). */
    public boolean covers(Instant from, Instant to) {
        if (windows.isEmpty() || !to.isAfter(from)) {
            return false;
        }
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(300)) {
            if (!at(t)) {
                return false;
            }
        }
        return true;
    }
}
