package no.smartmat.console.slots;

/**
 * The window a client's delivery on a date goes in, and why: the client's booking for that date, their
 * standing weekly booking, or (no booking, or no room for it) the area's default window.
 */
public record WindowChoice(TimeWindow window, Source source) {

    public enum Source {
        ONE_OFF,
        STANDING,
        AREA_DEFAULT
    }
}
