package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.CORRECTIVE_ACTION;
import static no.smartmat.console.db.jooq.Tables.DEVIATION_EVENT;
import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readings typed in by hand: who and when, late entries, and the deviation an out-of-range value requires. */
class ManualReadingTest {

    @TempDir
    Path dir;
    HaccpKitchen k;

    @BeforeEach
    void kitchen() {
        k = HaccpKitchen.create(dir);
    }

    @Test
    void anInRangeReadingIsStoredWithWhoAndWhen() {
        var saved = k.haccp.readings().record(k.entry("KS-1", "3,5", ""), k.kitchen);

        assertThat(saved.isValid()).isTrue();
        Reading r = ((Validated.Valid<ReadingService.Saved>) saved).value().reading();
        assertThat(r.celsius()).isEqualTo(3.5);
        assertThat(r.recordedBy()).isEqualTo(k.kitchen.displayName());
        assertThat(r.recordedAt()).isEqualTo(k.clock.instant());
        assertThat(r.late()).isFalse();
        assertThat(k.haccp.verify().intact()).isTrue();
    }

    @Test
    void aReadingTypedInMoreThanAnHourAfterItWasTakenIsMarkedLate() {
        var saved = k.haccp.readings().record(k.entry("KS-1", "3,5", "08:30"), k.kitchen);

        assertThat(((Validated.Valid<ReadingService.Saved>) saved).value().late()).isTrue();
    }

    @Test
    void anOutOfRangeReadingIsRefusedUntilItsDeviationIsRecordedAndNothingIsStoredMeanwhile() {
        var refused = k.haccp.readings().record(k.entry("KS-1", "7,5", ""), k.kitchen);

        assertThat(refused.errors()).extracting(FieldError::field).containsExactly("deviation");
        assertThat(k.app.db().dsl().fetchCount(TEMPERATURE_READING)).isZero();

        var incomplete = k.haccp.readings().record(withDeviation(k.entry("KS-1", "7,5", ""),
                HaccpKitchen.deviation("Døren stod på gløtt", "", "")), k.kitchen);
        assertThat(incomplete.errors()).extracting(FieldError::field).containsExactly("actionTaken", "foodOutcome");
        assertThat(k.app.db().dsl().fetchCount(TEMPERATURE_READING)).isZero();
    }

    @Test
    void aDeviationCannotBeClosedWhileTheBreachLastsAndIsClosedByItsActionAfterwards() {
        var saved = k.haccp.readings().record(withDeviation(k.entry("KS-1", "7,5", ""),
                HaccpKitchen.deviation("Døren stod på gløtt", "Lukket døren, flyttet maten til KR-1", "MOVED")), k.kitchen);
        long deviationId = ((Validated.Valid<ReadingService.Saved>) saved).value().deviationId().orElseThrow();
        Deviation ongoing = k.haccp.deviations().byId(deviationId).orElseThrow();
        assertThat(ongoing.status()).isEqualTo(Deviation.Status.ONGOING);
        assertThat(ongoing.actions()).singleElement().satisfies(a -> assertThat(a.closing()).isFalse());

        var tooEarly = k.haccp.deviations().recordAction(deviationId,
                new DeviationService.ActionForm("Døren", "Flyttet maten", "MOVED", "", ""), true, k.kitchen);
        assertThat(tooEarly.errors()).singleElement()
                .satisfies(e -> assertThat(e.message().key()).isEqualTo("haccp.validation.stillOngoing"));

        k.clock.advance(Duration.ofMinutes(40));
        assertThat(k.haccp.readings().record(k.entry("KS-1", "3,9", ""), k.kitchen).isValid()).isTrue();
        Deviation ended = k.haccp.deviations().byId(deviationId).orElseThrow();
        assertThat(ended.status()).isEqualTo(Deviation.Status.AWAITING_ACTION);
        assertThat(ended.endedAt()).contains(k.clock.instant());
        assertThat(ended.duration(k.clock.instant())).isEqualTo(Duration.ofMinutes(40));
        assertThat(ended.maxCelsius()).contains(7.5);

        assertThat(k.haccp.deviations().recordAction(deviationId, new DeviationService.ActionForm(
                "Døren stod på gløtt", "Maten flyttet, kontrollmåling 3,9 °C", "MOVED", "", ""), true, k.kitchen).isValid()).isTrue();
        assertThat(k.haccp.deviations().byId(deviationId).orElseThrow().status()).isEqualTo(Deviation.Status.CLOSED);
        assertThat(k.haccp.deviations().open()).isEmpty();
        // the end and the closing were new rows; the first row is as it was written
        assertThat(k.app.db().dsl().fetchCount(DEVIATION_EVENT)).isEqualTo(2);
        assertThat(k.app.db().dsl().fetchCount(CORRECTIVE_ACTION)).isEqualTo(2);
        assertThat(k.app.db().dsl().fetchSingle(DEVIATION_EVENT, DEVIATION_EVENT.ID.eq(deviationId)).getEndedAt()).isNull();
        assertThat(k.haccp.verify().intact()).isTrue();
    }

    @Test
    void aSecondOutOfRangeReadingDuringAnOngoingDeviationNeedsNoNewEntry() {
        k.haccp.readings().record(withDeviation(k.entry("KS-1", "6,0", "09:30"),
                HaccpKitchen.deviation("Ukjent", "Justert termostat", "KEPT")), k.kitchen);

        var second = k.haccp.readings().record(k.entry("KS-1", "5,5", ""), k.kitchen);

        assertThat(second.isValid()).isTrue();
        assertThat(k.haccp.deviations().all()).hasSize(1);
    }

    @Test
    void twelveDegreesOrMoreIsARedDeviation() {
        var saved = k.haccp.readings().record(withDeviation(k.entry("KS-1", "12,4", ""),
                HaccpKitchen.deviation("Kompressor stanset", "Kastet maten, ringte service", "DISCARDED")), k.kitchen);

        long id = ((Validated.Valid<ReadingService.Saved>) saved).value().deviationId().orElseThrow();
        assertThat(k.haccp.deviations().byId(id).orElseThrow().severity()).isEqualTo(Level.RED);
    }

    @Test
    void aCoolingThatTakesLongerThanTwoHoursNeedsADeviation() {
        var start = new ReadingService.ManualEntry(k.unitId("NK-1"), "78", "", MeasureMethod.PROBE, "TERM-1",
                AlarmEvaluator.COOLING_START, Optional.empty());
        assertThat(k.haccp.readings().record(start, k.kitchen).isValid()).isTrue();
        k.clock.advance(Duration.ofMinutes(150));
        var end = new ReadingService.ManualEntry(k.unitId("NK-1"), "9,5", "", MeasureMethod.PROBE, "TERM-1",
                AlarmEvaluator.COOLING_END, Optional.empty());

        assertThat(k.haccp.readings().record(end, k.kitchen).errors()).extracting(FieldError::field).containsExactly("deviation");
        var withEntry = new ReadingService.ManualEntry(end.unitId(), end.value(), "", MeasureMethod.PROBE, "TERM-1",
                AlarmEvaluator.COOLING_END, Optional.of(HaccpKitchen.deviation("For stor gryte", "Kassert", "DISCARDED")));
        assertThat(k.haccp.readings().record(withEntry, k.kitchen).isValid()).isTrue();
        assertThat(k.haccp.deviations().all()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeviationKind.COOLING_TOO_SLOW);
            assertThat(d.status()).isEqualTo(Deviation.Status.CLOSED);
        });
    }

    @Test
    void aCoolingStartBelowSixtyDegreesIsRedAndIsSavedOnlyWithItsDeviationEntry() {
        var start = new ReadingService.ManualEntry(k.unitId("NK-1"), "55", "", MeasureMethod.PROBE, "TERM-1",
                ReadingRule.COOLING_START, Optional.empty());
        assertThat(k.haccp.readings().assess(k.unitId("NK-1"), 55, k.clock.instant(), ReadingRule.COOLING_START))
                .satisfies(a -> {
                    assertThat(a.level()).isEqualTo(Level.RED);
                    assertThat(a.needsDeviation()).isTrue();
                });

        assertThat(k.haccp.readings().record(start, k.kitchen).errors()).extracting(FieldError::field)
                .containsExactly("deviation");
        assertThat(k.app.db().dsl().fetchCount(TEMPERATURE_READING)).isZero();

        assertThat(k.haccp.readings().record(withDeviation(start, HaccpKitchen.deviation("Gryta sto for lenge på benken",
                "Varmet opp til 75 °C før nedkjøling", "KEPT")), k.kitchen).isValid()).isTrue();
        k.clock.advance(Duration.ofMinutes(90));
        var end = new ReadingService.ManualEntry(k.unitId("NK-1"), "8", "", MeasureMethod.PROBE, "TERM-1",
                ReadingRule.COOLING_END, Optional.empty());
        assertThat(k.haccp.readings().record(end, k.kitchen).isValid()).isTrue();

        // The alarm rules find the same breach the save did, so evaluating again does not void it.
        assertThat(k.haccp.deviations().all()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeviationKind.TOO_COLD);
            assertThat(d.severity()).isEqualTo(Level.RED);
            assertThat(d.status()).isEqualTo(Deviation.Status.CLOSED);
            assertThat(d.rule()).startsWith("COOLING_START:60.0");
        });
        assertThat(k.haccp.verify().intact()).isTrue();
    }

    @Test
    void aCoolingEndWithoutItsStartNeedsAnEntryAndTheDeviationStays() {
        var end = new ReadingService.ManualEntry(k.unitId("NK-1"), "7", "", MeasureMethod.PROBE, "TERM-1",
                ReadingRule.COOLING_END, Optional.empty());
        assertThat(k.haccp.readings().record(end, k.kitchen).errors()).extracting(FieldError::field)
                .containsExactly("deviation");

        assertThat(k.haccp.readings().record(withDeviation(end, HaccpKitchen.deviation("Start ikke målt",
                "Maten kassert", "DISCARDED")), k.kitchen).isValid()).isTrue();

        assertThat(k.haccp.deviations().all()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeviationKind.COOLING_TOO_SLOW);
            assertThat(d.isVoid()).isFalse();
        });
    }

    @Test
    void aHotHoldingReadingBelowSixtyDegreesIsSavedOnlyWithItsDeviationEntry() {
        k.haccp.units().save(Optional.empty(), new ColdUnitService.UnitForm("VS-1", "Varmeskap", "HOT_HOLDING", "", "", "",
                "", "", true), HaccpKitchen.MONDAY.minusDays(1), k.kitchen);
        var entry = k.entry("VS-1", "55", "");

        assertThat(k.haccp.readings().record(entry, k.kitchen).errors()).extracting(FieldError::field)
                .containsExactly("deviation");
        assertThat(k.haccp.readings().record(withDeviation(entry, HaccpKitchen.deviation("Døren sto åpen",
                "Varmet maten til 75 °C", "KEPT")), k.kitchen).isValid()).isTrue();

        assertThat(k.haccp.deviations().all()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DeviationKind.TOO_COLD));
    }

    @Test
    void aVanReadingInsideTheBetweenToursWindowRaisesNothingAndNeedsNoEntry() {
        k.clock.set(HaccpKitchen.MONDAY.atTime(17, 0));

        ReadingService.Assessment a = k.haccp.readings().assess(k.unitId("BIL-01-KJØL"), 6.4, k.clock.instant(), "");
        assertThat(a.level()).isEqualTo(Level.YELLOW);
        assertThat(a.needsDeviation()).isFalse();
        assertThat(k.haccp.readings().record(k.entry("BIL-01-KJØL", "6,4", ""), k.kitchen).isValid()).isTrue();
        assertThat(k.haccp.deviations().all()).isEmpty();
    }

    static ReadingService.ManualEntry withDeviation(ReadingService.ManualEntry e, ReadingService.DeviationEntry d) {
        return new ReadingService.ManualEntry(e.unitId(), e.value(), e.measuredAt(), e.method(), e.instrumentId(),
                e.occasion(), Optional.of(d));
    }
}
