package no.smartmat.console.haccp;

import static no.smartmat.console.haccp.AlarmEvaluatorTest.CONFIG;
import static no.smartmat.console.haccp.AlarmEvaluatorTest.DAY;
import static no.smartmat.console.haccp.AlarmEvaluatorTest.OSLO;
import static no.smartmat.console.haccp.AlarmEvaluatorTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Missing checks: silent sensors and rounds not done by their deadline are never shown as OK. */
class GapDetectorTest {

    static final Duration THRESHOLD = ColdUnit.gapThreshold(Duration.ofMinutes(15));
    static final ColdUnit FRIDGE = new ColdUnit(3, "KS-1", "Kjøleskap", UnitKind.FRIDGE, "", Optional.empty(), "",
            Optional.empty(), Optional.empty(), true);
    static final ColdUnit VAN = new ColdUnit(4, "BIL-01-KJØL", "BIL-01 kjøl", UnitKind.VAN_CHILLED, "", Optional.of("BIL-01"),
            "", Optional.empty(), Optional.empty(), true);

    static List<Instant> times(Instant from, Instant to, Duration step) {
        List<Instant> t = new ArrayList<>();
        for (Instant i = from; i.isBefore(to); i = i.plus(step)) {
            t.add(i);
        }
        return t;
    }

    @Test
    void theGapThresholdIsTwiceTheIntervalOrTheIntervalPlusFifteenMinutesWhicheverIsLonger() {
        assertThat(ColdUnit.gapThreshold(Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(30));
        assertThat(ColdUnit.gapThreshold(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(20));
        assertThat(ColdUnit.gapThreshold(Duration.ofMinutes(60))).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void oneLostTransmissionIsToleratedButFortyFiveSilentMinutesAreAMissingCheck() {
        List<Instant> t = new ArrayList<>(times(at(0, 0), at(10, 0), Duration.ofMinutes(15)));
        t.remove(at(6, 15)); // 06:00 -> 06:30: 30 minutes, tolerated
        t.remove(at(8, 15));
        t.remove(at(8, 30)); // 08:00 -> 08:45: 45 minutes

        List<MissingCheck> gaps = GapDetector.sensorGaps(1, t, THRESHOLD, at(0, 0), at(0, 0), at(9, 50), at(12, 0),
                Suppression.none(OSLO));

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.type()).isEqualTo(MissingCheck.Type.SENSOR_GAP);
            assertThat(g.from()).isEqualTo(at(8, 0));
            assertThat(g.to()).isEqualTo(at(8, 45));
            assertThat(g.ongoing()).isFalse();
        });
    }

    @Test
    void aSensorThatStoppedIsAnOngoingMissingCheckUntilNow() {
        List<Instant> t = times(at(0, 0), at(9, 0), Duration.ofMinutes(15));

        List<MissingCheck> gaps = GapDetector.sensorGaps(1, t, THRESHOLD, at(0, 0), at(0, 0), at(23, 59), at(11, 0),
                Suppression.none(OSLO));

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(at(8, 45));
            assertThat(g.to()).isEqualTo(at(11, 0));
            assertThat(g.ongoing()).isTrue();
        });
    }

    @Test
    void aUnitWithNoReadingsAtAllIsOneMissingCheckSinceItWasFirstWatched() {
        assertThat(GapDetector.sensorGaps(1, List.of(), THRESHOLD, at(6, 0), at(0, 0), at(23, 59), at(12, 0),
                Suppression.none(OSLO))).singleElement().satisfies(g -> assertThat(g.from()).isEqualTo(at(6, 0)));
    }

    @Test
    void aSilentSensorInAParkedVanBetweenToursIsNoMissingCheck() {
        ColdUnit van = new ColdUnit(5, "BIL-02-KJØL", "", UnitKind.VAN_CHILLED, "", Optional.empty(), "", Optional.empty(),
                Optional.of(15), true);
        List<Instant> t = new ArrayList<>(times(at(6, 30), at(16, 30), Duration.ofMinutes(15)));
        t.addAll(times(at(6, 30).plus(Duration.ofDays(1)), at(9, 0).plus(Duration.ofDays(1)), Duration.ofMinutes(15)));

        assertThat(GapDetector.sensorGaps(5, t, THRESHOLD, at(0, 0), at(6, 30), at(8, 0).plus(Duration.ofDays(1)),
                at(8, 0).plus(Duration.ofDays(1)), Suppression.forUnit(van, CONFIG, OSLO))).isEmpty();
    }

    static Reading manual(long id, Instant measured, Instant recorded, boolean late) {
        return new Reading(id, FRIDGE.id(), measured, recorded, 3.5, ReadingSource.MANUAL, MeasureMethod.AIR, "TERM-1",
                "", late, "Kåre", Optional.empty(), Optional.empty());
    }

    @Test
    void aRoundWithNoReadingByItsDeadlineIsMissingAndOneNotYetDueIsNot() {
        List<MissingCheck> missed = GapDetector.missedRounds(FRIDGE, CONFIG.rounds(), List.of(), DAY, DAY,
                at(0, 0).minus(Duration.ofDays(10)), at(14, 0), OSLO);

        assertThat(missed).singleElement().satisfies(m -> {
            assertThat(m.roundId()).contains("MORNING");
            assertThat(m.from()).isEqualTo(at(6, 0));
            assertThat(m.to()).isEqualTo(at(10, 0));
            assertThat(m.lateReading()).isEmpty();
        });
    }

    @Test
    void aReadingTakenInTheWindowAndTypedInOnTimeCompletesTheRound() {
        List<Reading> readings = List.of(manual(1, at(7, 30), at(7, 31), false), manual(2, at(14, 5), at(14, 6), false));

        assertThat(GapDetector.missedRounds(FRIDGE, CONFIG.rounds(), readings, DAY, DAY,
                at(0, 0).minus(Duration.ofDays(10)), at(18, 0), OSLO)).isEmpty();
    }

    @Test
    void aReadingTypedInLateDoesNotCompleteTheRoundButIsNamedInTheMissingCheck() {
        List<Reading> readings = List.of(manual(1, at(7, 30), at(12, 10), true));

        assertThat(GapDetector.missedRounds(FRIDGE, CONFIG.rounds(), readings, DAY, DAY,
                at(0, 0).minus(Duration.ofDays(10)), at(12, 30), OSLO)).singleElement()
                .satisfies(m -> assertThat(m.lateReading()).hasValueSatisfying(l -> assertThat(l.readingId()).isEqualTo(1)));
    }

    @Test
    void vanRoundsRunOnWeekdaysOnlyAndNotBeforeTheUnitWasWatched() {
        java.time.LocalDate saturday = DAY.plusDays(5);
        assertThat(GapDetector.missedRounds(VAN, CONFIG.rounds(), List.of(), saturday, saturday,
                at(0, 0), at(0, 0).plus(Duration.ofDays(6)), OSLO)).isEmpty();
        assertThat(GapDetector.missedRounds(VAN, CONFIG.rounds(), List.of(), DAY, DAY, at(12, 0), at(23, 0), OSLO))
                .singleElement().satisfies(m -> assertThat(m.roundId()).contains("RETURN"));
    }
}
