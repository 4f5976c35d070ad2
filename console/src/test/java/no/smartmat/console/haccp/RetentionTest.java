package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.CORRECTIVE_ACTION;
import static no.smartmat.console.db.jooq.Tables.DEVIATION_EVENT;
import static no.smartmat.console.db.jooq.Tables.HACCP_PURGE;
import static no.smartmat.console.db.jooq.Tables.HACCP_PURGE_GAP;
import static no.smartmat.console.db.jooq.Tables.SIGN_OFF;
import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.audit.AuditEntry;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.testsupport.Cli;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.validation.Validated;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention period: nothing inside it can be deleted, not even from a SQL shell; older records go only by an
 * explicit, recorded purge, whole, and the hash chain still verifies (and still shows tampering) afterwards.
 */
class RetentionTest {

    static final LocalDateTime THREE_YEARS_AGO = HaccpKitchen.MONDAY.minusYears(3).atTime(10, 0);
    static final LocalDateTime NOW = HaccpKitchen.MONDAY.atTime(10, 0);

    @TempDir
    Path dir;

    /** Old records written three years ago through the services, then one reading today. */
    record Old(HaccpKitchen k, long plainReading, long correctedToday, long newReading) {}

    Old kitchenWithThreeYearOldRecords() {
        HaccpKitchen k = HaccpKitchen.create(dir, THREE_YEARS_AGO);
        long plain = id(k.haccp.readings().record(k.entry("KS-1", "3,5", ""), k.kitchen));
        k.haccp.readings().correct(plain, "3,6", "", "Skrivefeil", k.kitchen);
        long warm = id(k.haccp.readings().record(new ReadingService.ManualEntry(k.unitId("KS-1"), "7,5", "",
                MeasureMethod.AIR, "TERM-1", "", Optional.of(HaccpKitchen.deviation("Døren stod på gløtt",
                "Lukket døren", "MOVED"))), k.kitchen));
        k.clock.advance(Duration.ofMinutes(40));
        assertThat(k.haccp.readings().record(k.entry("KS-1", "3,9", ""), k.kitchen).isValid()).isTrue();
        k.clock.advance(Duration.ofMinutes(5));
        long later = id(k.haccp.readings().record(k.entry("KS-1", "3,2", ""), k.kitchen));
        long deviation = k.haccp.deviations().all().getFirst().id();
        assertThat(k.haccp.deviations().recordAction(deviation, new DeviationService.ActionForm("Døren", "Lukket døren",
                "MOVED", "", ""), true, k.kitchen).isValid()).isTrue();
        assertThat(k.haccp.deviations().all()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(Deviation.Status.CLOSED));
        k.clock.advance(Duration.ofDays(1));
        assertThat(k.haccp.signOffs().sign(SignOffService.Period.of(SignOffService.PeriodKind.DAY,
                THREE_YEARS_AGO.toLocalDate()), Optional.empty(), "Gått gjennom", "secret-password".toCharArray(),
                k.supervisor).isValid()).isTrue();
        k.clock.set(NOW);
        // An old reading corrected today belongs with its correction, which is inside the retention period.
        assertThat(k.haccp.readings().correct(later, "3,1", "", "Feil avlest", k.kitchen).isValid()).isTrue();
        long newReading = id(k.haccp.readings().record(k.entry("KS-1", "3,0", ""), k.kitchen));
        assertThat(warm).isPositive();
        return new Old(k, plain, later, newReading);
    }

    private static long id(Validated<?> saved) {
        Object value = ((Validated.Valid<?>) saved).value();
        return value instanceof ReadingService.Saved s ? s.reading().id() : ((Reading) value).id();
    }

    private static RetentionService.Purge purged(Validated<RetentionService.Purge> v) {
        assertThat(v.errors()).isEmpty();
        return ((Validated.Valid<RetentionService.Purge>) v).value();
    }

    /** What someone with the file and the sqlite3 tool could do. */
    private static void sql(Path db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<Long> readingIds(HaccpKitchen k) {
        return k.app.db().dsl().select(TEMPERATURE_READING.ID).from(TEMPERATURE_READING).orderBy(TEMPERATURE_READING.ID)
                .fetch(TEMPERATURE_READING.ID);
    }

    @Test
    void theDatabaseRefusesToDeleteAReadingInsideTheRetentionPeriodEvenAfterAPurge() throws Exception {
        Old old = kitchenWithThreeYearOldRecords();
        HaccpKitchen k = old.k();

        assertThatThrownBy(() -> k.app.db().dsl().deleteFrom(TEMPERATURE_READING)
                .where(TEMPERATURE_READING.ID.eq(old.newReading())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only inside the retention period");
        // Without a purge row even a three-year-old reading cannot be deleted: nothing goes without a recorded purge.
        assertThatThrownBy(() -> k.app.db().dsl().deleteFrom(TEMPERATURE_READING)
                .where(TEMPERATURE_READING.ID.eq(old.plainReading())).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        purged(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor));

        assertThatThrownBy(() -> sql(k.app.db().file(), "DELETE FROM temperature_reading WHERE id = " + old.newReading()))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only inside the retention period");
        assertThatThrownBy(() -> sql(k.app.db().file(), "UPDATE temperature_reading SET value_celsius = 1 WHERE id = "
                + old.newReading())).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql(k.app.db().file(), "DELETE FROM limit_profile"))
                .isInstanceOf(SQLException.class).hasMessageContaining("never deleted");
        assertThat(readingIds(k)).contains(old.newReading());
    }

    @Test
    void aPurgeBeforeADateInsideTheRetentionPeriodIsRefusedWithTheLatestDateAllowed() throws Exception {
        HaccpKitchen k = HaccpKitchen.create(dir, NOW);
        LocalDate latest = k.haccp.retention().latestCutoff();
        assertThat(latest).isEqualTo(HaccpKitchen.MONDAY.minusYears(2));

        var refused = k.haccp.retention().purge(latest.plusDays(1), k.supervisor);

        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.message().key()).isEqualTo("haccp.retention.insideRetention");
            assertThat(new Messages(Messages.NORWEGIAN).render(e.message())).isEqualTo("Poster før 24.11.2024 kan ikke "
                    + "slettes: HACCP-poster oppbevares i 2 år, så den seneste datoen du kan oppgi er 23.11.2024. "
                    + "Oppbevaringstiden er retentionYears i haccp.yaml (i datamappen config/haccp.yaml), minst 1.");
        });
        assertThat(k.app.db().dsl().fetchCount(HACCP_PURGE)).isZero();
        // The database has the same floor: a purge row written by hand with a recent cutoff is refused.
        assertThatThrownBy(() -> sql(k.app.db().file(), "INSERT INTO haccp_purge (cutoff_date, cutoff_at, retention_years, "
                + "reading_count, deviation_count, action_count, sign_off_count, link_count, chain_hash, purged_by_name, "
                + "purged_at) VALUES (date('now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 2, 0, 0, 0, 0, 0, '', 'x', "
                + "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")).isInstanceOf(SQLException.class)
                .hasMessageContaining("inside the retention period");
        assertThatThrownBy(() -> sql(k.app.db().file(), "INSERT INTO haccp_purge (cutoff_date, cutoff_at, retention_years, "
                + "reading_count, deviation_count, action_count, sign_off_count, link_count, chain_hash, purged_by_name, "
                + "purged_at) VALUES ('2000-01-01', '2000-01-01T00:00:00.000Z', 0, 0, 0, 0, 0, 0, '', 'x', '')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("CHECK");
    }

    @Test
    void aPurgeDeletesExactlyTheOldRecordsWholeRecordsItselfAndTheChainStillVerifies() {
        Old old = kitchenWithThreeYearOldRecords();
        HaccpKitchen k = old.k();
        List<Long> before = readingIds(k);
        int deviationRows = k.app.db().dsl().fetchCount(DEVIATION_EVENT);
        assertThat(k.haccp.verify().intact()).isTrue();

        RetentionService.Plan plan = ((Validated.Valid<RetentionService.Plan>) k.haccp.retention()
                .plan(k.haccp.retention().latestCutoff())).value();
        RetentionService.Purge purge = purged(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor));

        // Kept: the reading corrected today with its correction, and today's reading. Gone: the rest, three years old.
        List<Long> kept = readingIds(k);
        assertThat(kept).hasSize(3).contains(old.correctedToday(), old.newReading());
        assertThat(purge.counts()).isEqualTo(plan.counts());
        assertThat(purge.counts().readings()).isEqualTo(before.size() - 3);
        assertThat(purge.counts().deviations()).isEqualTo(deviationRows).isPositive();
        assertThat(purge.counts().actions()).isEqualTo(2); // the first, and the closing one
        assertThat(purge.counts().signOffs()).isEqualTo(1);
        assertThat(plan.olderKept()).isEqualTo(1);
        assertThat(k.app.db().dsl().fetchCount(DEVIATION_EVENT)).isZero();
        assertThat(k.app.db().dsl().fetchCount(CORRECTIVE_ACTION)).isZero();
        assertThat(k.app.db().dsl().fetchCount(SIGN_OFF)).isZero();
        assertThat(purge.purgedBy()).isEqualTo(k.supervisor.displayName());
        assertThat(purge.cutoff()).isEqualTo(HaccpKitchen.MONDAY.minusYears(2));
        assertThat(k.haccp.retention().latest()).contains(purge);
        assertThat(k.app.audit().forEntity(k.app.db().dsl(), "haccp", purge.cutoff().toString()))
                .extracting(AuditEntry::action).containsExactly("PURGE");

        HaccpChain.Verification v = k.haccp.verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.sincePurge()).contains(purge.id());
        // New records link on after the purge, and the report says what was purged.
        k.clock.advance(Duration.ofMinutes(5));
        assertThat(k.haccp.readings().record(k.entry("KS-1", "3,2", ""), k.kitchen).errors()).isEmpty();
        assertThat(k.haccp.verify().problems()).isEmpty();
        HaccpReport report = k.haccp.reports().build(THREE_YEARS_AGO.toLocalDate(), HaccpKitchen.MONDAY, Optional.empty(), "x");
        assertThat(HaccpPdf.retentionNotes(report, new Messages(Messages.NORWEGIAN))).containsExactly(
                "HACCP-poster oppbevares i 2 år.",
                "Poster før 23.11.2024 ble slettet 23.11.2026 av Test SUPERVISOR (oppbevaringstid 2 år).",
                "Perioden før 23.11.2024 er slettet etter oppbevaringstiden: at rapporten ikke viser noe derfra, betyr "
                        + "ikke at det ikke ble ført kontroll.");
        // Nothing left to purge: refused without a new purge row.
        assertThat(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor).errors())
                .singleElement().satisfies(e -> assertThat(e.message().key()).isEqualTo("haccp.retention.nothing"));
        assertThat(k.app.db().dsl().fetchCount(HACCP_PURGE)).isEqualTo(1);
    }

    @Test
    void tamperingAfterAPurgeStillShows() throws Exception {
        Old old = kitchenWithThreeYearOldRecords();
        HaccpKitchen k = old.k();
        purged(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor));

        sql(k.app.db().file(), "DROP TRIGGER temperature_reading_no_update",
                "UPDATE temperature_reading SET value_celsius = 2.0 WHERE id = " + old.newReading());
        assertThat(k.haccp.verify().problems()).extracting(HaccpChain.Problem::kind, HaccpChain.Problem::entityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HaccpChain.Problem.Kind.ROW_CHANGED, old.newReading()));

        sql(k.app.db().file(), "DROP TRIGGER haccp_purge_gap_no_update",
                "UPDATE haccp_purge_gap SET last_hash = '" + "1".repeat(64) + "'");
        assertThat(k.haccp.verify().problems()).extracting(HaccpChain.Problem::kind)
                .contains(HaccpChain.Problem.Kind.LINK_BROKEN);
    }

    @Test
    void aPurgeThatWouldHideTamperingIsRefused() throws Exception {
        Old old = kitchenWithThreeYearOldRecords();
        HaccpKitchen k = old.k();
        sql(k.app.db().file(), "DROP TRIGGER temperature_reading_no_update",
                "UPDATE temperature_reading SET value_celsius = 2.0 WHERE id = " + old.plainReading());

        assertThat(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor).errors()).singleElement()
                .satisfies(e -> assertThat(e.message().key()).isEqualTo("haccp.retention.chainBroken"));
        assertThat(readingIds(k)).contains(old.plainReading());
    }

    @Test
    void thePurgeRecordCannotBeChangedOrDeleted() {
        HaccpKitchen k = kitchenWithThreeYearOldRecords().k();
        purged(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor));

        assertThatThrownBy(() -> k.app.db().dsl().update(HACCP_PURGE).set(HACCP_PURGE.PURGED_BY_NAME, "Noen andre").execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> k.app.db().dsl().deleteFrom(HACCP_PURGE).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> k.app.db().dsl().deleteFrom(HACCP_PURGE_GAP).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(k.app.db().dsl().fetchCount(HACCP_PURGE)).isEqualTo(1);
    }

    @Test
    void aSecondPurgeCrossesBothGapsAndVerifyStartsFromTheNewest() {
        Old old = kitchenWithThreeYearOldRecords();
        HaccpKitchen k = old.k();
        // First only the first day (the sign-off, written the day after, stays), then everything the retention allows.
        RetentionService.Purge first = purged(k.haccp.retention().purge(THREE_YEARS_AGO.toLocalDate().plusDays(1),
                k.supervisor));
        assertThat(k.app.db().dsl().fetchCount(SIGN_OFF)).isEqualTo(1);
        assertThat(k.haccp.verify().sincePurge()).contains(first.id());

        RetentionService.Purge second = purged(k.haccp.retention().purge(k.haccp.retention().latestCutoff(), k.supervisor));

        assertThat(second.counts().signOffs()).isEqualTo(1);
        assertThat(first.counts().signOffs()).isZero();
        HaccpChain.Verification v = k.haccp.verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.sincePurge()).contains(second.id());
        assertThat(k.haccp.retention().purges()).extracting(RetentionService.Purge::id).containsExactly(first.id(), second.id());
    }

    @Test
    void aRetentionBelowOneYearIsRefusedNamingTheFileAndTheValue() throws Exception {
        Path data = dir.resolve("kitchen");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/haccp.yaml"), "retentionYears: 0\n");

        assertThatThrownBy(() -> TestKitchen.empty(data)).isInstanceOf(ConfigLoader.ConfigException.class)
                .satisfies(e -> assertThat(((ConfigLoader.ConfigException) e).userMessage().orElseThrow().key())
                        .isEqualTo("haccp.retention.configTooShort"));
        Cli.Run run = Cli.in(data, "haccp", "status");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(data.resolve("config/haccp.yaml") + ": retentionYears 0 er under "
                + "minstekravet på 1 år. HACCP-poster må oppbevares minst så lenge; sett retentionYears til 1 eller mer.");

        Files.writeString(data.resolve("config/haccp.yaml"), "retentionYears: 5\n");
        assertThat(TestKitchen.empty(data).haccp().retention().latestCutoff())
                .isEqualTo(HaccpKitchen.MONDAY.minusYears(5));
    }

    @Test
    void theCliShowsWhatWouldGoAndDeletesOnlyWithYes() {
        HaccpKitchen k = kitchenWithThreeYearOldRecords().k();
        int readings = readingIds(k).size();
        Path data = dir;
        String cutoff = LocalDate.now().minusYears(2).toString();

        Cli.Run refused = Cli.in(data, "haccp", "purge", "--before", LocalDate.now().minusYears(1).toString());
        Cli.Run asked = Cli.in(data, "haccp", "purge", "--before", cutoff);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("kan ikke slettes").contains("den seneste datoen du kan oppgi er");
        assertThat(asked.exit()).isEqualTo(1);
        assertThat(asked.out()).contains("målinger").contains("vil bli slettet").contains("eldre poster blir stående");
        assertThat(asked.err().strip()).isEqualTo("Ingenting er slettet. Svar ja på spørsmålet, eller bruk --yes.");
        assertThat(readingIds(k)).hasSize(readings);

        Cli.Run done = Cli.in(data, "haccp", "purge", "--older-than-retention", "--yes");
        Cli.Run verify = Cli.in(data, "haccp", "verify");

        assertThat(done.exit()).isZero();
        assertThat(done.out()).contains("Slettingen er registrert.");
        assertThat(readingIds(k)).hasSize(3);
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("ble slettet").contains("kontrolleres fra den slettingens anker")
                .contains("Kjeden er intakt");
        assertThat(Cli.in(data, "haccp", "purge").err()).contains("--older-than-retention");
        Cli.Run report = Cli.in(data, "haccp", "report", "--from", LocalDate.now().minusYears(3).toString(), "--to",
                LocalDate.now().toString(), "--out", dir.resolve("rapport.pdf").toString());
        assertThat(report.exit()).isZero();
        assertThat(report.out()).contains("er slettet etter oppbevaringstiden");
    }
}
