package no.smartmat.console.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A client's details as stored: validated, normalised. {@code areaName} and {@code regularDriverCode} are
 * the human keys (as in the client register file); the repository resolves them to rows.
 */
public record ClientData(
        String clientNumber,
        String name,
        String address,
        String postcode,
        String city,
        Optional<GeoPoint> location,
        String phone,
        Optional<String> areaName,
        String accessNotes,
        String keyBoxCode,
        boolean putInFridge,
        List<String> dietCodes,
        Optional<String> regularDriverCode,
        int serviceMinutes,
        Optional<LocalDate> activeFrom,
        Optional<LocalDate> activeTo) {

    public ClientData {
        dietCodes = List.copyOf(dietCodes);
    }

    public boolean isActiveOn(LocalDate date) {
        return activeFrom.map(from -> !date.isBefore(from)).orElse(true)
                && activeTo.map(to -> !date.isAfter(to)).orElse(true);
    }

    public ClientData withActiveTo(Optional<LocalDate> newActiveTo) {
        return new ClientData(clientNumber, name, address, postcode, city, location, phone, areaName, accessNotes,
                keyBoxCode, putInFridge, dietCodes, regularDriverCode, serviceMinutes, activeFrom, newActiveTo);
    }
}
