package no.smartmat.console.orders;

import java.util.Optional;
import no.smartmat.console.fleet.Zone;

/**
 * Packages (bags, totes) as read: {@code count} of them in one zone, or one identified by {@code code} (an
 * SSCC or the supplier's bag id). The zone is empty when the file did not say it clearly; the coordinator
 * then chooses it. {@code key} is what leaving this package out refers to.
 */
public record ParsedPackage(String key, Where where, Optional<String> code, Optional<Zone> zone, int count,
                            String description) {

    ParsedPackage withZone(Zone newZone) {
        return new ParsedPackage(key, where, code, Optional.of(newZone), count, description);
    }
}
