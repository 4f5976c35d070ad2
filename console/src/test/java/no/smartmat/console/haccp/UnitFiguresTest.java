package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A unit's figures: by time for a sensor, by count for a unit read by hand, suppressed readings left out. */
class UnitFiguresTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Instant MIDNIGHT = LocalDate.of(2026, 11, 23).atStartOfDay(OSLO).toInstant();

    static ColdUnit unit(Optional<Integer> sensorMinutes) {
        return new ColdUnit(1, "KR-1", "Kjølerom", UnitKind.COLD_ROOM, "", Optional.empty(), "", Optional.empty(),
                sensorMinutes, true);
    }

    static Instant at(int hour, int minute) {
        return MIDNIGHT.plus(Duration.ofHours(hour).plusMinutes(minute));
    }

    static HaccpReport.ReportReading reading(Instant at, double celsius, Level level, boolean suppressed, ReadingSource s) {
        return new HaccpReport.ReportReading(new Reading(0, 1, at, at, celsius, s, MeasureMethod.AIR, "", "", false, "",
                Optional.empty(), Optional.empty()), level, suppressed);
    }

    @Test
    void aSensorsShareInRangeIsWeightedByHowLongEachValueHeld() {
        // Every 30 min (gap threshold 60 min): green 00:00-01:00, yellow 01:00-01:30, green from 01:30 to 04:00.
        List<HaccpReport.ReportReading> readings = new ArrayList<>();
        for (int m = 0; m < 240; m += 30) {
            boolean warm = m == 60;
            readings.add(reading(at(0, m), warm ? 6.0 : 3.0, warm ? Level.YELLOW : Level.GREEN, false, ReadingSource.SENSOR));
        }
        UnitFigures f = UnitFigures.of(unit(Optional.of(30)), readings, MIDNIGHT, at(4, 0));

        assertThat(f.weighting()).isEqualTo(UnitFigures.Weighting.TIME);
        assertThat(f.covered()).isEqualTo(Duration.ofHours(4));
        assertThat(f.inRange().orElseThrow()).isCloseTo(3.5 / 4, within(1e-9));
        assertThat(f.coverage().orElseThrow()).isCloseTo(1.0, within(1e-9));
        assertThat(f.max().orElseThrow()).isEqualTo(6.0);
    }

    @Test
    void aSensorGapLongerThanItsThresholdCountsNeitherWay() {
        List<HaccpReport.ReportReading> readings = List.of(reading(at(0, 0), 3, Level.GREEN, false, ReadingSource.SENSOR),
                reading(at(5, 0), 3, Level.GREEN, false, ReadingSource.SENSOR));

        UnitFigures f = UnitFigures.of(unit(Optional.of(15)), readings, MIDNIGHT, at(6, 0));

        assertThat(f.covered()).isEqualTo(Duration.ofMinutes(60));
        assertThat(f.coverage().orElseThrow()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(f.inRange().orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void aUnitReadByHandCountsEachReadingOnceWhateverTheHoursBetween() {
        List<HaccpReport.ReportReading> readings = List.of(
                reading(at(7, 30), 3.1, Level.GREEN, false, ReadingSource.MANUAL),
                reading(at(14, 0), 5.2, Level.YELLOW, false, ReadingSource.MANUAL),
                reading(at(14, 40), 3.9, Level.GREEN, false, ReadingSource.MANUAL));

        UnitFigures f = UnitFigures.of(unit(Optional.empty()), readings, MIDNIGHT, at(23, 0));

        assertThat(f.weighting()).isEqualTo(UnitFigures.Weighting.COUNT);
        assertThat(f.inRange().orElseThrow()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(f.coverage()).isEmpty();
        assertThat(f.manual()).isEqualTo(3);
    }

    @Test
    void suppressedReadingsAreCountedAsReadingsButLeftOutOfTheFigures() {
        List<HaccpReport.ReportReading> readings = List.of(
                reading(at(2, 45), -21, Level.GREEN, false, ReadingSource.SENSOR),
                reading(at(3, 0), -13, Level.YELLOW, true, ReadingSource.SENSOR),
                reading(at(3, 15), -11.5, Level.RED, true, ReadingSource.SENSOR),
                reading(at(3, 45), -20.5, Level.GREEN, false, ReadingSource.SENSOR));

        UnitFigures f = UnitFigures.of(unit(Optional.of(15)), readings, at(2, 45), at(4, 0));

        assertThat(f.readings()).isEqualTo(4);
        assertThat(f.suppressed()).isEqualTo(2);
        assertThat(f.max().orElseThrow()).isEqualTo(-20.5);
        assertThat(f.mean().orElseThrow()).isCloseTo(-20.75, within(1e-9));
        assertThat(f.inRange().orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void noReadingsNoFigures() {
        UnitFigures f = UnitFigures.of(unit(Optional.empty()), List.of(), MIDNIGHT, at(12, 0));

        assertThat(f.readings()).isZero();
        assertThat(f.mean()).isEmpty();
        assertThat(f.inRange()).isEmpty();
    }
}
