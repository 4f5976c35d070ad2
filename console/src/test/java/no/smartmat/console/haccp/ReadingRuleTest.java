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
import no.smartmat.reports.haccp.LimitBand;
import no.smartmat.reports.haccp.LimitProfile;
import org.junit.jupiter.api.Test;

/** The one rule a reading is judged by, and the report's bands drawn from it. */
class ReadingRuleTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final HaccpConfig CONFIG = HaccpConfig.load(new ConfigLoader(Optional.empty()));
    static final Instant NOON = LocalDate.of(2026, 11, 23).atTime(12, 0).atZone(OSLO).toInstant();

    static ReadingRule rule(UnitKind kind) {
        return new ReadingRule(LimitTimeline.of(Limits.defaults(kind, CONFIG, LocalDate.of(2026, 1, 1)), OSLO),
                Suppression.none(OSLO));
    }

    @Test
    void aCoolingIsJudgedByItsSteps() {
        ReadingRule cooling = rule(UnitKind.BLAST_CHILLER);
        Optional<Instant> startedAnHourAgo = Optional.of(NOON.minus(Duration.ofHours(1)));

        assertThat(cooling.judge(72, NOON, ReadingRule.COOLING_START, Optional.empty()).level()).isEqualTo(Level.GREEN);
        assertThat(cooling.judge(55, NOON, ReadingRule.COOLING_START, Optional.empty()).breach())
                .contains(DeviationKind.TOO_COLD);
        assertThat(cooling.judge(9.5, NOON, ReadingRule.COOLING_END, startedAnHourAgo).level()).isEqualTo(Level.GREEN);
        assertThat(cooling.judge(12, NOON, ReadingRule.COOLING_END, startedAnHourAgo).breach())
                .contains(DeviationKind.COOLING_TOO_SLOW);
        assertThat(cooling.judge(9.5, NOON, ReadingRule.COOLING_END, Optional.of(NOON.minus(Duration.ofMinutes(121))))
                .level()).isEqualTo(Level.RED);
        assertThat(cooling.judge(9.5, NOON, ReadingRule.COOLING_END, Optional.empty()).breach())
                .as("an end without its start proves nothing").contains(DeviationKind.COOLING_TOO_SLOW);
    }

    @Test
    void judgingInOrderPairsEachEndWithTheStartBeforeIt() {
        ReadingRule cooling = rule(UnitKind.BLAST_CHILLER);
        List<Reading> day = List.of(reading(1, NOON, 80, ReadingRule.COOLING_START),
                reading(2, NOON.plus(Duration.ofMinutes(100)), 8, ReadingRule.COOLING_END),
                reading(3, NOON.plus(Duration.ofMinutes(200)), 8, ReadingRule.COOLING_END));

        var verdicts = cooling.judgeAll(day);

        assertThat(verdicts.get(2L).level()).isEqualTo(Level.GREEN);
        assertThat(verdicts.get(3L).level()).as("its start was used already").isEqualTo(Level.RED);
    }

    @Test
    void aReadingInsideASuppressionWindowIsJudgedButNotOutsideTheRule() {
        ReadingRule van = new ReadingRule(rule(UnitKind.VAN_CHILLED).limits(),
                Suppression.forUnit(new ColdUnit(1, "BIL-01-KJØL", "BIL-01 kjøleavdeling", UnitKind.VAN_CHILLED, "",
                        Optional.of("BIL-01"), "", Optional.empty(), Optional.empty(), true), CONFIG, OSLO));
        Instant evening = LocalDate.of(2026, 11, 23).atTime(17, 0).atZone(OSLO).toInstant();

        Verdict v = van.judge(6.4, evening, "RETURN", Optional.empty());

        assertThat(v.level()).isEqualTo(Level.YELLOW);
        assertThat(v.suppressed()).isTrue();
        assertThat(v.outsideRule()).isFalse();
        assertThat(van.judge(6.4, NOON, "RETURN", Optional.empty()).outsideRule()).isTrue();
    }

    /**
     * Every value from −40 to 100 °C, for every kind of unit: the band the report draws it on has the level the rule
     * gives it (for a blast chiller a value between its steps, as a reading that is neither start nor end).
     */
    @Test
    void theReportsBandsGiveEveryValueTheLevelTheRuleGivesIt() {
        for (UnitKind kind : UnitKind.values()) {
            Limits limits = Limits.defaults(kind, CONFIG, LocalDate.of(2026, 1, 1));
            LimitProfile profile = new LimitProfile(Instant.EPOCH, HaccpPdf.bands(limits));
            ReadingRule rule = rule(kind);
            List<String> disagreements = new ArrayList<>();
            for (int tenths = -400; tenths <= 1000; tenths++) {
                double v = tenths / 10.0;
                Level byRule = rule.judge(v, NOON, "", Optional.empty()).level();
                String byBand = profile.bands().stream().filter(b -> b.contains(v)).map(LimitBand::level)
                        .map(Enum::name).findFirst().orElse("RED");
                if (!byBand.equals(byRule.name())) {
                    disagreements.add(v + " °C: rule " + byRule + ", band " + byBand);
                }
            }
            assertThat(disagreements).as(kind.name()).isEmpty();
        }
    }

    private static Reading reading(long id, Instant at, double celsius, String occasion) {
        return new Reading(id, 1, at, at, celsius, ReadingSource.MANUAL, MeasureMethod.PROBE, "", occasion, false, "",
                Optional.empty(), Optional.empty());
    }
}
