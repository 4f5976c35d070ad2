package no.smartmat.console.orders;

import java.time.LocalTime;
import no.smartmat.console.fleet.Capacity;

/**
 * A client's stop on the batch's day as it stands before the import: its window, how many active orders
 * already share it (the kitchen's dinner, say) with their packages, and whether a published plan has it.
 */
public record StopState(long id, long clientId, boolean cancelled, LocalTime windowStart, LocalTime windowEnd,
                        int activeOrders, Capacity packages, boolean planned) {}
