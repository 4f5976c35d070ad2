package no.smartmat.console.slots;

import java.time.LocalDate;

/** A temporary stop of a client's deliveries (hospital stay, visiting family), both days included. */
public record DeliveryPause(long id, long clientId, LocalDate from, LocalDate to, String reason) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
