package no.smartmat.console.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.delivery.StopChangeKind;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.i18n.MessageDates;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.planner.scenario.Capacity;

/**
 * A change to a stop of a day whose plan was already published, as every place that shows it names it: the day,
 * the published version, the van whose route has the stop (none for a stop the plan does not have), the client,
 * and what it was and is. {@code before} and {@code after} are stored language-neutral (see
 * {@link #packagesText}); {@link #message} words them.
 */
public record PublishedChange(long id, LocalDate date, long planId, int planVersion, Optional<String> vanCode, long stopId,
                              String clientNumber, String clientName, StopChangeKind kind, String before, String after,
                              String changedBy, Instant changedAt) {

    /** The change as one line of the day's list (the day and version are said once, above the list). */
    public UserMessage line() {
        return UserMessage.of("planning.changed.line." + kind, MessageDates.day(date), planVersion,
                vanCode.orElse("–"), clientName, clientNumber, shown(before), shown(after));
    }

    /** What to do about changes after publishing: plan again and publish, or accept them. */
    public static final UserMessage ADVICE = UserMessage.of("planning.changed.advice");

    /** "Endret etter publisering: ..." with the day, version, route, client and the change. */
    public UserMessage message() {
        return UserMessage.of("planning.changed." + kind, MessageDates.day(date), planVersion,
                vanCode.orElse("–"), clientName, clientNumber, shown(before), shown(after));
    }

    /**
     * What the person who made (or prints) the changes is told: one line per change, then what to do about them;
     * nothing when there are none.
     */
    public static List<UserMessage> notices(List<PublishedChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<UserMessage> notices = new ArrayList<>(changes.stream().map(PublishedChange::message).toList());
        notices.add(ADVICE);
        return notices;
    }

    /** Packages per zone as stored: {@code CHILLED=2 FROZEN=1 AMBIENT=0}. */
    public static String packagesText(Capacity c) {
        return "CHILLED=" + c.chilled() + " FROZEN=" + c.frozen() + " AMBIENT=" + c.ambient();
    }

    /** The stored form as a person reads it: zone words for packages, an en dash in windows and periods. */
    private String shown(String value) {
        if (kind == StopChangeKind.PACKAGES) {
            // "CHILLED=2 FROZEN=1 AMBIENT=0" -> "KJØL 2, FRYS 1, TØRR 0", in the zones' own words
            return java.util.Arrays.stream(value.split(" ")).map(part -> part.split("="))
                    .map(p -> Zone.valueOf(p[0]).norwegian() + " " + p[1])
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (kind == StopChangeKind.WINDOW || kind == StopChangeKind.ADDED) {
            return value.replace('-', '–');
        }
        return value.isEmpty() ? "–" : value.replace("..", "–");
    }
}
