package no.smartmat.console.slots;

import java.util.List;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.FieldError;

/** What became of a booking change: done (with notices worth reading), or refused with the reason. */
public sealed interface BookingResult {

    record Done(UserMessage message, List<UserMessage> notices) implements BookingResult {
        public Done {
            notices = List.copyOf(notices);
        }
    }

    /** Nothing was changed. {@code errors} name the form fields at fault, when there are any. */
    record Refused(Problem problem, UserMessage message, List<FieldError> errors) implements BookingResult {
        public Refused {
            errors = List.copyOf(errors);
        }

        /**
         * What the person can do about the refusal, in the terms of where they are: the window's checkbox, the command
         * line's option. The refusal itself ({@link #message}) is the same everywhere.
         */
        public Optional<UserMessage> remedy(Surface where) {
            if (problem != Problem.PAST_CUTOFF) {
                return Optional.empty();
            }
            return Optional.of(UserMessage.of(switch (where) {
                case WINDOW -> "slots.refused.pastCutoff.window";
                case COMMAND_LINE -> "slots.refused.pastCutoff.cli";
            }));
        }
    }

    /** Where a result is shown. */
    enum Surface { WINDOW, COMMAND_LINE }

    enum Problem {
        /** The window has no free place (another coordinator may just have taken the last one). */
        FULL,
        /** The day's cut-off has passed and the change was not marked as an override. */
        PAST_CUTOFF,
        /** The client's area has no such open window that day. */
        NOT_OFFERED,
        /** The client has a temporary stop that day. */
        PAUSED,
        /** The person working may not change bookings. */
        NOT_ALLOWED,
        /** A form value is missing or wrong; see {@code errors}. */
        INVALID,
        UNKNOWN_CLIENT
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    static Done done(String key, Object... args) {
        return new Done(UserMessage.of(key, args), List.of());
    }

    static Refused refused(Problem problem, String key, Object... args) {
        return new Refused(problem, UserMessage.of(key, args), List.of());
    }
}
