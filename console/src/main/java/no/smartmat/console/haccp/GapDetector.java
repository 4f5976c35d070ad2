package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Missing checks, computed from what was recorded (so a gap can never be hidden by not looking):
 * <ul>
 *   <li>a sensor unit with no sensor reading for longer than max(2 × interval, interval + 15 min);</li>
 *   <li>a manual round not done by its deadline: no reading measured in the round's window that was typed in on time
 *       (a late entry stays visible as such, it does not make the round done).</li>
 * </ul>
 * Gaps entirely inside a suppression window (vans parked between tours) are not missing checks.
 */
public final class GapDetector {

    private GapDetector() {}

    /**
     * Gaps of a sensor unit overlapping [from, to) (only up to {@code now}). {@code sensorTimes} should include the
     * last reading before {@code from}, so a gap that began earlier is seen; without one, the gap runs from
     * {@code monitoredFrom}.
     */
    public static List<MissingCheck> sensorGaps(long unitId, List<Instant> sensorTimes, Duration threshold,
                                                Instant monitoredFrom, Instant from, Instant to, Instant now,
                                                Suppression suppression) {
        Instant start = from.isBefore(monitoredFrom) ? monitoredFrom : from;
        Instant end = to.isAfter(now) ? now : to;
        List<MissingCheck> gaps = new ArrayList<>();
        if (!start.isBefore(end)) {
            return gaps;
        }
        List<Instant> times = sensorTimes.stream().filter(t -> !t.isBefore(monitoredFrom) && !t.isAfter(end))
                .sorted().distinct().toList();
        Instant previous = monitoredFrom;
        for (Instant t : times) {
            if (t.isAfter(start)) {
                addGap(unitId, previous, t, false, threshold, start, suppression, gaps);
            }
            previous = t;
        }
        addGap(unitId, previous, end, !to.isBefore(now), threshold, start, suppression, gaps);
        return gaps;
    }

    private static void addGap(long unitId, Instant a, Instant b, boolean ongoing, Duration threshold, Instant start,
                               Suppression suppression, List<MissingCheck> gaps) {
        if (Duration.between(a, b).compareTo(threshold) <= 0 || !b.isAfter(start)) {
            return;
        }
        if (suppression.covers(a.plus(threshold), b)) {
            return;
        }
        gaps.add(new MissingCheck(unitId, MissingCheck.Type.SENSOR_GAP, Optional.empty(), a, b, ongoing, Optional.empty()));
    }

    /** Rounds of {@code unit} on the days [fromDay, toDay] whose deadline passed before {@code now} without a timely reading. */
    public static List<MissingCheck> missedRounds(ColdUnit unit, List<HaccpConfig.Round> rounds, List<Reading> readings,
                                                  LocalDate fromDay, LocalDate toDay, Instant monitoredFrom,
                                                  Instant now, ZoneId zone) {
        List<MissingCheck> missed = new ArrayList<>();
        for (LocalDate day = fromDay; !day.isAfter(toDay); day = day.plusDays(1)) {
            for (HaccpConfig.Round round : rounds) {
                if (!round.runsOn(day.getDayOfWeek()) || !round.appliesTo(unit)) {
                    continue;
                }
                Instant opens = day.atTime(round.opens()).atZone(zone).toInstant();
                Instant due = day.atTime(round.due()).atZone(zone).toInstant();
                if (due.isAfter(now) || due.isBefore(monitoredFrom)) {
                    continue;
                }
                List<Reading> inWindow = readings.stream()
                        .filter(r -> !r.measuredAt().isBefore(opens) && !r.measuredAt().isAfter(due))
                        .sorted(Comparator.comparing(Reading::measuredAt)).toList();
                if (inWindow.stream().anyMatch(r -> !r.late())) {
                    continue;
                }
                Optional<MissingCheck.LateReading> late = inWindow.stream().findFirst()
                        .map(r -> new MissingCheck.LateReading(r.id(), r.measuredAt(), r.recordedAt(), r.celsius()));
                missed.add(new MissingCheck(unit.id(), MissingCheck.Type.ROUND, Optional.of(round.id()), opens, due,
                        false, late));
            }
        }
        return missed;
    }
}
