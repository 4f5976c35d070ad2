package no.smartmat.console.slots;

/**
 * A client's place in a window on one date. On a day nobody has booked into yet the places of standing
 * bookings are computed, not stored ({@code stored} false); they are stored on the day's first booking.
 */
public record Placement(ClientRef client, TimeWindow window, BookingKind kind, boolean override, boolean stored) {}
