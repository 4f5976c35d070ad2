package no.smartmat.console.orders;

import java.util.Optional;
import no.smartmat.console.fleet.Capacity;

/**
 * One line of the preview table: the file's order, who it goes to (once known), its packages per zone, what
 * importing does with it, and the stop it joins: {@code ordersOnStop} other active orders already share the
 * client's stop that day (0: a new stop), {@code sameClientInBatch} more orders of this batch do.
 */
public record OrderRow(ParsedOrder order, ClientMatch match, Optional<ClientChoice> client, Capacity zones,
                       int packagesWithoutZone, int lines, OrderChange.Kind change, int ordersOnStop,
                       int sameClientInBatch, boolean stopPlanned, int openProblems) {}
