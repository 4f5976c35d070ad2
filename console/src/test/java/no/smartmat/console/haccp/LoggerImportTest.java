package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logger and sensor files: Norwegian Excel CSV (Latin-1, decimal comma), Disruptive Technologies JSON, re-imports. */
class LoggerImportTest {

    @TempDir
    Path dir;
    HaccpKitchen k;

    @BeforeEach
    void kitchen() {
        k = HaccpKitchen.create(dir);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LoggerImportTest.class.getResourceAsStream("/haccp/" + name)) {
            return in.readAllBytes();
        }
    }

    static Instant oslo(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(TestKitchen.OSLO).toInstant();
    }

    LoggerImportService.Preview preview(String file, String unit) throws IOException {
        return k.haccp.imports().preview(new LoggerImportService.Request(file, resource(file),
                Optional.ofNullable(unit), Optional.empty(), Optional.empty()));
    }

    @Test
    void aLatin1FileWithDecimalCommaIsReadWithAGuessedMappingAndItsBreachBecomesADeviation() throws IOException {
        var preview = preview("kjolerom-latin1.csv", "KR-1");

        assertThat(preview.fileError()).isEmpty();
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).anySatisfy(n -> assertThat(n.key()).isEqualTo("haccp.import.latin1"));
        assertThat(preview.mappingGuessed()).isTrue();
        assertThat(preview.mapping()).hasValueSatisfying(m -> {
            assertThat(m.timestampColumn()).isEqualTo("Tidspunkt");
            assertThat(m.valueColumn()).isEqualTo("Temperatur (°C)");
            assertThat(m.timestampPattern()).isEqualTo("dd.MM.yyyy HH:mm");
            assertThat(m.decimalComma()).isTrue();
        });
        var outcome = k.haccp.imports().commit(preview, false, k.kitchen).valueIfDone().orElseThrow();

        assertThat(outcome.added()).isEqualTo(12);
        var readings = k.haccp.readings().effective(k.unitId("KR-1"), oslo(0, 0), oslo(23, 0));
        assertThat(readings.getFirst().measuredAt()).isEqualTo(oslo(6, 0));
        assertThat(readings.getFirst().celsius()).isEqualTo(3.2);
        assertThat(readings).allSatisfy(r -> assertThat(r.source()).isEqualTo(ReadingSource.IMPORT));
        assertThat(k.haccp.deviations().forUnit(k.unitId("KR-1"))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeviationKind.TOO_WARM);
            assertThat(d.severity()).isEqualTo(Level.YELLOW);
            assertThat(d.startedAt()).isEqualTo(oslo(7, 0));
            assertThat(d.endedAt()).contains(oslo(8, 0));
            assertThat(d.maxCelsius()).contains(6.1);
            assertThat(d.status()).isEqualTo(Deviation.Status.AWAITING_ACTION);
        });
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        k.haccp.imports().commit(preview("kjolerom-latin1.csv", "KR-1"), false, k.kitchen);
        int rows = k.app.db().dsl().fetchCount(TEMPERATURE_READING);
        int deviations = k.haccp.deviations().all().size();

        var again = k.haccp.imports().commit(preview("kjolerom-latin1.csv", "KR-1"), false, k.kitchen).valueIfDone().orElseThrow();

        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(12);
        assertThat(k.app.db().dsl().fetchCount(TEMPERATURE_READING)).isEqualTo(rows);
        assertThat(k.haccp.deviations().all()).hasSize(deviations);
        assertThat(k.haccp.verify().intact()).isTrue();
    }

    @Test
    void theMappingIsRememberedForItsSourceAndBadLinesAreNamedWithLineColumnAndValue() throws IOException {
        k.haccp.imports().commit(preview("kjolerom-latin1.csv", "KR-1"), false, k.kitchen);

        var bad = preview("kjolerom-feil.csv", "KR-1");

        assertThat(bad.mappingGuessed()).isFalse();
        assertThat(bad.mapping()).hasValueSatisfying(m -> assertThat(m.decimalComma()).isTrue());
        assertThat(bad.errors()).extracting(FieldError::location, FieldError::field, FieldError::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("5", "Temperatur (°C)", "3.6"),
                org.assertj.core.groups.Tuple.tuple("6", "Tidspunkt", "23.11.2026 7:00"),
                org.assertj.core.groups.Tuple.tuple("6", "Temperatur (°C)", "ukjent"),
                org.assertj.core.groups.Tuple.tuple("7", "Tidspunkt", "31.11.2026 07:15"));
        assertThat(bad.canCommit(false)).isFalse();
        Outcome<LoggerImportService.Imported> refused = k.haccp.imports().commit(bad, false, k.kitchen);
        assertThat(refused).isInstanceOf(Outcome.Refused.class);
        var r = (Outcome.Refused<LoggerImportService.Imported>) refused;
        assertThat(r.reason().key()).isEqualTo("haccp.import.badLinesRefused");
        assertThat(r.remedy(Outcome.Surface.COMMAND_LINE)).hasValueSatisfying(
                m -> assertThat(m.key()).isEqualTo("haccp.import.skipOnCommandLine"));
        assertThat(k.haccp.imports().commit(bad, true, k.kitchen).valueIfDone()).hasValueSatisfying(o -> {
            assertThat(o.added()).isZero();
            assertThat(o.alreadyStored()).isEqualTo(3);
        });
    }

    @Test
    void disruptiveTechnologiesEventsGoToTheUnitsWhoseInstrumentTheirSensorIs() throws IOException {
        var preview = preview("dt-events.json", null);

        assertThat(preview.format()).isEqualTo(LoggerImportService.Format.DT_JSON);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).anySatisfy(n -> assertThat(n.key()).isEqualTo("haccp.import.otherEvents"));
        assertThat(preview.planned()).extracting(LoggerImportService.Planned::unitCode).containsExactly("FR-1", "FR-1", "KR-1");
        var outcome = k.haccp.imports().commit(preview, false, k.kitchen).valueIfDone().orElseThrow();

        assertThat(outcome.added()).isEqualTo(3);
        assertThat(k.haccp.readings().effective(k.unitId("FR-1"), oslo(0, 0), oslo(23, 0)))
                .extracting(Reading::celsius, Reading::source).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(-19.35, ReadingSource.SENSOR),
                        org.assertj.core.groups.Tuple.tuple(-19.1, ReadingSource.SENSOR));
        assertThat(k.haccp.imports().commit(preview("dt-events.json", null), false, k.kitchen).valueIfDone().orElseThrow().added()).isZero();
    }

    @Test
    void aFileForAnUnknownUnitIsRefusedWithTheReason() throws IOException {
        assertThat(preview("kjolerom-latin1.csv", "KR-9").fileError()).hasValueSatisfying(m -> {
            assertThat(m.key()).isEqualTo("haccp.import.unknownUnit");
            assertThat(m.args()).containsExactly("KR-9");
        });
    }

    @Test
    void theHourThatRepeatsWhenSummerTimeEndsIsReadTwiceWithoutAGap() {
        // 25.10.2026: clocks go back from 03:00 CEST to 02:00 CET; a logger writing local time repeats 02:00-02:45
        String csv = "Tidspunkt;Temperatur (°C)\r\n" + String.join("\r\n", java.util.List.of(
                "25.10.2026 01:45;3,0", "25.10.2026 02:00;3,1", "25.10.2026 02:15;3,0", "25.10.2026 02:30;3,2",
                "25.10.2026 02:45;3,1", "25.10.2026 02:00;3,3", "25.10.2026 02:15;3,2", "25.10.2026 02:30;3,1",
                "25.10.2026 02:45;3,0", "25.10.2026 03:00;3,1")) + "\r\n";
        var preview = k.haccp.imports().preview(new LoggerImportService.Request("dst.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.of("KR-1"), Optional.empty(), Optional.empty()));

        assertThat(preview.duplicatesInFile()).isZero();
        java.util.List<Instant> times = preview.planned().stream().map(LoggerImportService.Planned::measuredAt).toList();
        assertThat(times).hasSize(10).isSorted();
        for (int i = 1; i < times.size(); i++) {
            assertThat(java.time.Duration.between(times.get(i - 1), times.get(i))).isEqualTo(java.time.Duration.ofMinutes(15));
        }
    }
}
