package no.smartmat.console.slots;

/** How a client got a place in a window on a date: from the weekly standing booking, or changed for that date. */
public enum BookingKind {
    STANDING,
    ONE_OFF
}
