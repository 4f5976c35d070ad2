package no.smartmat.reports.haccp;

import static no.smartmat.reports.samples.SampleHaccp.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.smartmat.reports.samples.SampleHaccp;

class UnitStatisticsTest {

    private static HaccpUnit unit(Duration maxGap, List<LimitProfile> limits, Reading... readings) {
        return new HaccpUnit("U", "Kjøleskap", UnitKind.FRIDGE, "", Optional.empty(), limits, maxGap, List.of(readings),
                List.of(), List.of());
    }

    @Test
    void timeInRangeIsWeightedByHowLongEachValueHeld() {
        HaccpUnit u = unit(Duration.ofHours(2), List.of(SampleHaccp.chilled()),
                Reading.sensor(at(1, 0, 0), 3.0),   // green 1 h
                Reading.sensor(at(1, 1, 0), 6.0),   // yellow 1 h
                Reading.sensor(at(1, 2, 0), 3.5));  // green, holds 2 h (max gap) until 04:00
        UnitStatistics s = UnitStatistics.of(u, at(1, 0, 0), at(1, 4, 0));
        assertThat(s.covered()).isEqualTo(Duration.ofHours(4));
        assertThat(s.inGreen()).isEqualTo(Duration.ofHours(3));
        assertThat(s.greenShare().orElseThrow()).isCloseTo(0.75, within(1e-9));
        assertThat(s.min().orElseThrow()).isEqualTo(3.0);
        assertThat(s.max().orElseThrow()).isEqualTo(6.0);
        assertThat(s.mean().orElseThrow()).isCloseTo(12.5 / 3, within(1e-9));
    }

    @Test
    void doesNotBridgeGapsLongerThanTheMaximum() {
        HaccpUnit u = unit(Duration.ofMinutes(30), List.of(SampleHaccp.chilled()),
                Reading.sensor(at(1, 0, 0), 3.0),
                Reading.sensor(at(1, 5, 0), 3.0));
        UnitStatistics s = UnitStatistics.of(u, at(1, 0, 0), at(2, 0, 0));
        assertThat(s.covered()).isEqualTo(Duration.ofHours(1));
        assertThat(s.coverageShare()).isCloseTo(1.0 / 24, within(1e-9));
        assertThat(s.greenShare().orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void judgesEachReadingByTheLimitsInForceWhenItWasTaken() {
        LimitProfile strict = SampleHaccp.chilled();
        LimitProfile relaxed = new LimitProfile(at(2, 0, 0), List.of(LimitBand.atMost(Level.GREEN, 5),
                LimitBand.above(Level.RED, 5)));
        HaccpUnit u = unit(Duration.ofHours(1), List.of(relaxed, strict),
                Reading.sensor(at(1, 12, 0), 4.5),
                Reading.sensor(at(2, 12, 0), 4.5));
        assertThat(u.levelOf(u.readings().get(0))).isEqualTo(Level.YELLOW);
        assertThat(u.levelOf(u.readings().get(1))).isEqualTo(Level.GREEN);
    }

    @Test
    void hasNoFiguresWithoutReadings() {
        UnitStatistics s = UnitStatistics.of(unit(Duration.ofHours(1), List.of(SampleHaccp.chilled())),
                at(1, 0, 0), at(2, 0, 0));
        assertThat(s.readings()).isZero();
        assertThat(s.min()).isEmpty();
        assertThat(s.greenShare()).isEmpty();
        assertThat(s.coverageShare()).isZero();
    }

    @Test
    void theNightClocksGoBackHasTwentyFiveHoursOfPeriod() {
        HaccpReport report = new HaccpReport("K", java.time.LocalDate.of(2026, 10, 25), java.time.LocalDate.of(2026, 10, 25),
                "R", at(1, 0, 0), SampleHaccp.OSLO, List.of(), List.of());
        assertThat(Duration.between(report.periodStart(), report.periodEnd())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void ignoresReadingsOutsideThePeriod() {
        HaccpUnit u = unit(Duration.ofHours(1), List.of(SampleHaccp.chilled()),
                Reading.sensor(at(1, 0, 0).minusSeconds(60), 20.0),
                Reading.sensor(at(1, 0, 30), 3.0),
                Reading.sensor(Instant.from(at(2, 0, 0)), 20.0));
        UnitStatistics s = UnitStatistics.of(u, at(1, 0, 0), at(2, 0, 0));
        assertThat(s.readings()).isEqualTo(1);
        assertThat(s.max().orElseThrow()).isEqualTo(3.0);
    }
}
