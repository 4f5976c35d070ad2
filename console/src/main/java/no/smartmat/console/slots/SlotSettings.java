package no.smartmat.console.slots;

import java.time.LocalTime;
import no.smartmat.console.fleet.Capacity;

/** The kitchen's delivery-window rules, from {@code config/defaults/slots.yaml} (comments there). */
public record SlotSettings(Cutoff cutoff, double greenDetourKm, Capacity newStopDemand) {

    /** Bookings for a day close {@code daysBefore} days before it at {@code time} (local time). */
    public record Cutoff(int daysBefore, LocalTime time) {}
}
