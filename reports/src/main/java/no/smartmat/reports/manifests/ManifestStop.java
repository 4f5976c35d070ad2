package no.smartmat.reports.manifests;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.TimeWindow;

/**
 * One row of a manifest: one stop in driving order.
 *
 * @param stopNumber  1-based position in driving order (printed big)
 * @param eta         planned arrival (service start) from the published plan
 * @param window      the client's delivery window
 * @param clientName  full name
 * @param address     street, postcode, post town
 * @param phone       the client's phone number, if any
 * @param accessNotes where the key box is, which door, where to leave things — never the
 *                    code itself; the console keeps the code in {@code keyBoxCode}
 * @param keyBoxCode  the key-box code; printed only when {@link ManifestOptions#printKeyBoxCodes()}
 *                    is on, otherwise the row says "Kode: ikke skrevet ut"
 * @param instructions what the driver does with the bags of each zone (the console's rule, e.g. KJØL
 *                    "SETTES I KJØLESKAP", FRYS "SETTES I FRYSER"); empty: none
 * @param packages    the stop's packages (any order; printed grouped by zone)
 * @param notes       free-text notes for the driver (wrapped, line breaks kept)
 * @param changes     what changed since the previous version of this weekday's route
 */
public record ManifestStop(
        int stopNumber,
        LocalTime eta,
        TimeWindow window,
        String clientName,
        Address address,
        Optional<String> phone,
        Optional<String> accessNotes,
        Optional<String> keyBoxCode,
        List<ZoneInstruction> instructions,
        List<ManifestPackage> packages,
        Optional<String> notes,
        StopChanges changes) {

    public ManifestStop {
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(accessNotes, "accessNotes");
        Objects.requireNonNull(keyBoxCode, "keyBoxCode");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(changes, "changes");
        packages = List.copyOf(packages);
        instructions = List.copyOf(instructions);
        if (stopNumber < 1) {
            throw new IllegalArgumentException("stopNumber must be 1 or more: " + stopNumber);
        }
    }
}
