package no.smartmat.console.slots;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import no.smartmat.console.i18n.MessageDates;

/** Dates inside the delivery windows' messages: see {@link MessageDates}, which every feature's messages share. */
public final class SlotFormats {

    private SlotFormats() {}

    /** A delivery date (at noon, so no DST change moves it to a neighbouring day). */
    public static Date day(LocalDate date) {
        return MessageDates.day(date);
    }

    /** A moment as the kitchen's clock shows it, e.g. a cut-off deadline. */
    public static Date wallClock(ZonedDateTime time) {
        return MessageDates.wallClock(time);
    }
}
