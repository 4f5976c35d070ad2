package no.smartmat.console.printing;

import java.util.List;
import java.util.Optional;
import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.TimeWindow;

/**
 * A stop as the documents show it: the client, where, and what the driver needs to know. The key-box code is
 * carried here and left out by the mapping unless the kitchen turned it on. {@code window} is the stop's window as
 * it is now; documents print the plan's ({@link PrintStop#window}).
 */
public record StopDetails(long stopId, long clientId, String clientNumber, String clientName, Address address,
                          Optional<String> area, Optional<String> phone, Optional<String> accessNotes,
                          Optional<String> keyBoxCode, boolean putInFridge, List<String> dietCodes, TimeWindow window,
                          Optional<String> notes, boolean cancelled) {

    public StopDetails {
        dietCodes = List.copyOf(dietCodes);
    }
}
