package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import no.smartmat.console.db.jooq.tables.records.TemperatureReadingRecord;
import no.smartmat.console.validation.Validated;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HACCP records are never changed: corrections are new rows, and the hash chain shows any edit made around that. */
class AppendOnlyTest {

    @TempDir
    Path dir;
    HaccpKitchen k;
    long readingId;

    @BeforeEach
    void kitchenWithOneReading() {
        k = HaccpKitchen.create(dir);
        var saved = k.haccp.readings().record(k.entry("KS-1", "3,5", ""), k.kitchen);
        readingId = ((Validated.Valid<ReadingService.Saved>) saved).value().reading().id();
    }

    private Map<String, Object> row(long id) {
        return k.app.db().dsl().fetchSingle(TEMPERATURE_READING, TEMPERATURE_READING.ID.eq(id)).intoMap();
    }

    @Test
    void aCorrectionIsANewRowPointingAtTheOldWhichStaysExactlyAsItWasWritten() {
        Map<String, Object> before = row(readingId);
        k.clock.advance(Duration.ofMinutes(5));

        var corrected = k.haccp.readings().correct(readingId, "4,5", "", "Skrivefeil: termometeret viste 4,5", k.kitchen);

        assertThat(corrected.isValid()).isTrue();
        assertThat(row(readingId)).isEqualTo(before);
        TemperatureReadingRecord correction = k.app.db().dsl().fetchSingle(TEMPERATURE_READING,
                TEMPERATURE_READING.CORRECTS_ID.eq(readingId));
        assertThat(correction.getValueCelsius()).isEqualTo(4.5);
        assertThat(correction.getCorrectionReason()).isEqualTo("Skrivefeil: termometeret viste 4,5");
        assertThat(correction.getRecordedAt()).isEqualTo(k.clock.instant());
        assertThat(k.app.db().dsl().fetchCount(TEMPERATURE_READING)).isEqualTo(2);
        assertThat(k.haccp.readings().effective(k.unitId("KS-1"), k.clock.instant().minus(Duration.ofDays(1)),
                k.clock.instant())).extracting(Reading::celsius).containsExactly(4.5);
        assertThat(k.haccp.verify().intact()).isTrue();
    }

    @Test
    void aCorrectionNeedsAReasonAndOnlyTheNewestVersionCanBeCorrected() {
        assertThat(k.haccp.readings().correct(readingId, "4,5", "", " ", k.kitchen).errors())
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        k.haccp.readings().correct(readingId, "4,5", "", "Skrivefeil", k.kitchen);

        assertThat(k.haccp.readings().correct(readingId, "4,0", "", "Igjen", k.kitchen).errors()).singleElement()
                .satisfies(e -> assertThat(e.message().key()).isEqualTo("haccp.correction.alreadyCorrected"));
    }

    @Test
    void theDatabaseItselfRefusesToUpdateOrDeleteAReading() {
        assertThatThrownBy(() -> k.app.db().dsl().update(TEMPERATURE_READING).set(TEMPERATURE_READING.VALUE_CELSIUS, 2.0)
                .where(TEMPERATURE_READING.ID.eq(readingId)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> k.app.db().dsl().deleteFrom(TEMPERATURE_READING).where(TEMPERATURE_READING.ID.eq(readingId))
                .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    /** What someone with the file and the sqlite3 tool could do: drop the guard and edit the row in place. */
    private void tamper(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + k.app.db().file());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void verifyFindsAReadingEditedAtTheDatabaseLevel() throws Exception {
        assertThat(k.haccp.verify().intact()).isTrue();

        tamper("DROP TRIGGER temperature_reading_no_update",
                "UPDATE temperature_reading SET value_celsius = 2.9 WHERE id = " + readingId);

        HaccpChain.Verification v = k.haccp.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).containsExactly(new HaccpChain.Problem(HaccpChain.Problem.Kind.ROW_CHANGED,
                "temperature_reading", readingId, v.problems().getFirst().chainEntry()));
    }

    @Test
    void verifyFindsADeletedRowAnEditedLinkAndARowWrittenAroundTheApplication() throws Exception {
        tamper("DROP TRIGGER temperature_reading_no_delete", "DROP TRIGGER haccp_chain_no_update",
                "DELETE FROM temperature_reading WHERE id = " + readingId,
                "UPDATE haccp_chain SET payload = replace(payload, '-18.0', '-25.0') WHERE entity = 'limit_profile'",
                "INSERT INTO temperature_reading (cold_unit_id, measured_at, recorded_at, value_celsius, source) "
                        + "VALUES (1, '2026-11-23T07:00:00.000Z', '2026-11-23T07:00:00.000Z', 3.0, 'MANUAL')");

        assertThat(k.haccp.verify().problems()).extracting(HaccpChain.Problem::kind).contains(
                HaccpChain.Problem.Kind.ROW_MISSING, HaccpChain.Problem.Kind.LINK_ALTERED,
                HaccpChain.Problem.Kind.ROW_UNCHAINED);
    }
}
