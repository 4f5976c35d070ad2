package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** The alarm rules on synthetic traces: delays counted both ways, yellow and red, suppression windows, cooling. */
class AlarmEvaluatorTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final HaccpConfig CONFIG = new ConfigLoader(Optional.empty()).load("haccp", HaccpConfig.class);
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final Duration SENSOR_HOLD = ColdUnit.gapThreshold(Duration.ofMinutes(15));

    static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(OSLO).toInstant();
    }

    /** One sensor reading every 15 minutes from {@code start}, one value per reading. */
    static List<TracePoint> every15(Instant start, double... values) {
        List<TracePoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new TracePoint(i + 1, start.plus(Duration.ofMinutes(15L * i)), values[i], false, ""));
        }
        return points;
    }

    static Limits chilled(DelayCounting counting) {
        Limits d = Limits.defaults(UnitKind.COLD_ROOM, CONFIG, DAY.minusDays(30));
        return new Limits(0, d.regime(), d.validFrom(), d.minCelsius(), d.maxCelsius(), d.escalateAboveCelsius(),
                d.redCelsius(), d.redAfterMinutes(), d.transportTolerance(), d.alarmDelayMinutes(), counting);
    }

    static List<Episode> run(List<TracePoint> trace, Limits limits, Suppression suppression, Instant now) {
        return AlarmEvaluator.evaluate(trace, new AlarmEvaluator.Context(LimitTimeline.of(limits, OSLO), suppression,
                SENSOR_HOLD, CONFIG.cumulativeWindow(), now));
    }

    static List<Episode> run(List<TracePoint> trace, Limits limits) {
        return run(trace, limits, Suppression.none(OSLO), at(23, 0));
    }

    @Test
    void defaultsFollowTheNorwegianGuidanceInTheConfigFile() {
        Limits c = chilled(DelayCounting.CONSECUTIVE);
        assertThat(c.okMax()).contains(4.0);
        assertThat(c.level(4.0)).isEqualTo(Level.GREEN);
        assertThat(c.level(4.1)).isEqualTo(Level.YELLOW);
        assertThat(c.level(11.9)).isEqualTo(Level.YELLOW);
        assertThat(c.level(12.0)).isEqualTo(Level.RED);
        assertThat(c.alarmDelayMinutes()).isEqualTo(30);
        Limits van = Limits.defaults(UnitKind.VAN_FROZEN, CONFIG, DAY);
        Limits freezer = Limits.defaults(UnitKind.FREEZER, CONFIG, DAY);
        assertThat(van.level(-16.0)).as("+3 °C tolerated in transport").isEqualTo(Level.GREEN);
        assertThat(freezer.level(-16.0)).isEqualTo(Level.YELLOW);
        Limits hot = Limits.defaults(UnitKind.HOT_HOLDING, CONFIG, DAY);
        assertThat(hot.level(60.0)).isEqualTo(Level.GREEN);
        assertThat(hot.breach(59.5)).contains(DeviationKind.TOO_COLD);
    }

    @Test
    void aBreachNoLongerThanTheDelayRaisesNothing() {
        // 10:15 and 10:30 too warm, back at 10:45: 30 minutes, not more than the 30 minute delay
        assertThat(run(every15(at(10, 0), 3.0, 5.0, 5.0, 3.0), chilled(DelayCounting.CONSECUTIVE))).isEmpty();
    }

    @Test
    void aBreachLongerThanTheDelayIsAYellowDeviationFromItsFirstReadingToTheFirstBackInside() {
        List<Episode> found = run(every15(at(10, 0), 3.0, 5.0, 5.5, 6.0, 3.5), chilled(DelayCounting.CONSECUTIVE));

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(DeviationKind.TOO_WARM);
            assertThat(e.severity()).isEqualTo(Level.YELLOW);
            assertThat(e.start()).isEqualTo(at(10, 15));
            assertThat(e.end()).contains(at(11, 0));
            assertThat(e.maxCelsius()).isEqualTo(6.0);
            assertThat(e.minCelsius()).isEqualTo(5.0);
            assertThat(e.rule()).isEqualTo("DELAY:30:CONSECUTIVE");
        });
    }

    @Test
    void doorOpeningsThatKeepComingBackAreCaughtOnlyWhenCountedCumulatively() {
        // out for 15 minutes, in for 15, out for 15, ...: never more than 30 minutes in a row, 45 within two hours
        List<TracePoint> flapping = every15(at(10, 0), 3.0, 5.0, 3.0, 5.0, 3.0, 5.0, 3.0, 5.0, 3.0);

        assertThat(run(flapping, chilled(DelayCounting.CONSECUTIVE))).isEmpty();
        assertThat(run(flapping, chilled(DelayCounting.CUMULATIVE))).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(at(10, 15));
            assertThat(e.end()).contains(at(11, 30));
            assertThat(e.rule()).isEqualTo("DELAY:30:CUMULATIVE");
        });
    }

    @Test
    void twelveDegreesOrMoreForLongerThanTheDelayIsRed() {
        List<Episode> found = run(every15(at(10, 0), 3.0, 12.5, 13.0, 12.8, 3.0), chilled(DelayCounting.CONSECUTIVE));

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Level.RED);
            assertThat(e.rule()).isEqualTo("DELAY:30:CONSECUTIVE;RED_AT:12.0");
        });
    }

    @Test
    void sevenToTwelveDegreesTurnsRedOnlyAfterTwelveHours() {
        double[] eleven = new double[1 + 11 * 4];
        double[] thirteen = new double[1 + 13 * 4];
        java.util.Arrays.fill(eleven, 8.0);
        java.util.Arrays.fill(thirteen, 8.0);
        Instant start = at(0, 0);

        List<Episode> elevenHours = run(every15(start, eleven), chilled(DelayCounting.CONSECUTIVE), Suppression.none(OSLO),
                start.plus(Duration.ofHours(11)));
        List<Episode> thirteenHours = run(every15(start, thirteen), chilled(DelayCounting.CONSECUTIVE),
                Suppression.none(OSLO), start.plus(Duration.ofHours(13)));

        assertThat(elevenHours).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Level.YELLOW);
            assertThat(e.ongoing()).isTrue();
        });
        assertThat(thirteenHours).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Level.RED);
            assertThat(e.rule()).endsWith("RED_AFTER:720");
        });
    }

    @Test
    void aDefrostCycleInsideItsSuppressionWindowRaisesNothingButTheSameOutsideDoes() {
        Limits freezer = Limits.defaults(UnitKind.FREEZER, CONFIG, DAY.minusDays(1));
        ColdUnit unit = new ColdUnit(1, "FR-1", "Fryserom", UnitKind.FREEZER, "", Optional.empty(), "", Optional.empty(),
                Optional.of(15), true);
        Suppression defrost = Suppression.forUnit(unit, CONFIG, OSLO);
        double[] cycle = {-20, -12, -9, -11, -19};

        assertThat(run(every15(at(2, 45), cycle), freezer, defrost, at(23, 0))).isEmpty();
        assertThat(run(every15(at(9, 45), cycle), freezer, defrost, at(23, 0))).singleElement()
                .satisfies(e -> assertThat(e.start()).isEqualTo(at(10, 0)));
    }

    @Test
    void aManualReadingOutOfRangeIsADeviationAtOnceUntilAReadingBackInside() {
        List<TracePoint> trace = List.of(new TracePoint(7, at(8, 0), 6.5, true, "DEPARTURE"),
                new TracePoint(8, at(8, 40), 3.8, true, ""));

        assertThat(run(trace.subList(0, 1), chilled(DelayCounting.CONSECUTIVE))).singleElement().satisfies(e -> {
            assertThat(e.ongoing()).isTrue();
            assertThat(e.readingId()).isEqualTo(7);
            assertThat(e.rule()).isEqualTo("MANUAL");
        });
        assertThat(run(trace, chilled(DelayCounting.CONSECUTIVE))).singleElement()
                .satisfies(e -> assertThat(e.end()).contains(at(8, 40)));
    }

    @Test
    void aBreachStillGoingAtTheEndOfTheTraceIsOngoingOnceTheDelayHasPassed() {
        List<TracePoint> trace = every15(at(10, 0), 3.0, 5.0, 5.0);

        assertThat(run(trace, chilled(DelayCounting.CONSECUTIVE), Suppression.none(OSLO), at(10, 40))).isEmpty();
        assertThat(run(trace, chilled(DelayCounting.CONSECUTIVE), Suppression.none(OSLO), at(10, 50)))
                .singleElement().satisfies(e -> assertThat(e.ongoing()).isTrue());
    }

    @Test
    void hotHoldingBelowSixtyIsYellowAfterTheDelayAndRedAfterTwoHours() {
        Limits hot = Limits.defaults(UnitKind.HOT_HOLDING, CONFIG, DAY.minusDays(1));
        double[] values = new double[12]; // 55 °C from 10:15 to 12:45: two and a half hours
        java.util.Arrays.fill(values, 55.0);
        values[0] = 65.0;
        values[11] = 62.0;

        assertThat(run(every15(at(10, 0), 65, 55, 55, 62), hot)).singleElement()
                .satisfies(e -> assertThat(e.severity()).isEqualTo(Level.YELLOW));
        assertThat(run(every15(at(10, 0), values), hot)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(DeviationKind.TOO_COLD);
            assertThat(e.severity()).isEqualTo(Level.RED);
        });
    }

    @Test
    void coolingFromSixtyToTenMustTakeAtMostTwoHours() {
        Limits cooling = Limits.defaults(UnitKind.BLAST_CHILLER, CONFIG, DAY.minusDays(1));
        TracePoint start = new TracePoint(1, at(10, 0), 78.0, true, AlarmEvaluator.COOLING_START);

        assertThat(run(List.of(start, new TracePoint(2, at(11, 45), 8.0, true, AlarmEvaluator.COOLING_END)), cooling))
                .isEmpty();
        assertThat(run(List.of(start, new TracePoint(2, at(12, 0), 12.0, true, AlarmEvaluator.COOLING_END)), cooling))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(DeviationKind.COOLING_TOO_SLOW);
                    assertThat(e.severity()).isEqualTo(Level.RED);
                    assertThat(e.end()).contains(at(12, 0));
                });
        assertThat(run(List.of(start), cooling, Suppression.none(OSLO), at(12, 30))).singleElement()
                .satisfies(e -> assertThat(e.ongoing()).isTrue());
    }

    @Test
    void theLimitsInForceWhenEachReadingWasTakenJudgeIt() {
        Limits strict = chilled(DelayCounting.CONSECUTIVE);
        Limits lenient = new Limits(0, strict.regime(), DAY, strict.minCelsius(), Optional.of(6.0),
                strict.escalateAboveCelsius(), strict.redCelsius(), strict.redAfterMinutes(), 0, 30,
                DelayCounting.CONSECUTIVE);
        LimitTimeline timeline = new LimitTimeline(List.of(lenient, strict), OSLO);
        List<TracePoint> yesterday = every15(at(10, 0).minus(Duration.ofDays(1)), 5, 5, 5, 5, 3);
        List<TracePoint> today = every15(at(10, 0), 5, 5, 5, 5, 3);
        List<TracePoint> both = new ArrayList<>(yesterday);
        both.addAll(today);

        List<Episode> found = AlarmEvaluator.evaluate(both, new AlarmEvaluator.Context(timeline, Suppression.none(OSLO),
                SENSOR_HOLD, CONFIG.cumulativeWindow(), at(23, 0)));

        // 5 °C broke the 4 °C limit yesterday; from today the unit's limit is 6 °C
        assertThat(found).singleElement().satisfies(e -> assertThat(e.start()).isEqualTo(at(10, 0).minus(Duration.ofDays(1))));
    }
}
