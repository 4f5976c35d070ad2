package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import no.smartmat.console.validation.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supervisor signs a period with the password; the period is locked, later corrections are listed. */
class SignOffTest {

    static final SignOffService.Period MONDAY = SignOffService.Period.of(SignOffService.PeriodKind.DAY, HaccpKitchen.MONDAY);

    @TempDir
    Path dir;
    HaccpKitchen k;

    @BeforeEach
    void aMondayWithOneReading() {
        k = HaccpKitchen.create(dir);
        k.haccp.readings().record(k.entry("KS-1", "3,5", ""), k.kitchen);
        k.clock.advance(Duration.ofDays(1));
    }

    @Test
    void onlyASupervisorWhoEntersTheirPasswordAgainCanSign() {
        assertThat(k.haccp.signOffs().sign(MONDAY, Optional.empty(), "ok", "secret-password".toCharArray(), k.kitchen)
                .errors()).extracting(e -> e.message().key()).containsExactly("haccp.signoff.notSupervisor");
        assertThat(k.haccp.signOffs().sign(MONDAY, Optional.empty(), "ok", "wrong".toCharArray(), k.supervisor)
                .errors()).extracting(e -> e.message().key()).containsExactly("haccp.signoff.wrongPassword");
        assertThat(k.haccp.signOffs().all()).isEmpty();
    }

    @Test
    void aPeriodWithOpenDeviationsOrMissingChecksIsSignedOnlyWithACommentSayingWhy() {
        var preview = k.haccp.signOffs().preview(MONDAY, Optional.empty());
        assertThat(preview.missingChecks()).isNotEmpty();

        assertThat(k.haccp.signOffs().sign(MONDAY, Optional.empty(), "", "secret-password".toCharArray(), k.supervisor)
                .errors()).extracting(FieldError::field).containsExactly("comment");
        var signed = k.haccp.signOffs().sign(MONDAY, Optional.empty(), "Sensorene ble montert mandag",
                "secret-password".toCharArray(), k.supervisor);

        assertThat(signed.isValid()).isTrue();
        assertThat(k.haccp.signOffs().all()).singleElement().satisfies(s -> {
            assertThat(s.signedBy()).isEqualTo(k.supervisor.displayName());
            assertThat(s.chainHash()).hasSize(64);
        });
    }

    @Test
    void aPeriodThatIsNotOverCannotBeSigned() {
        var today = SignOffService.Period.of(SignOffService.PeriodKind.WEEK, HaccpKitchen.MONDAY);
        assertThat(k.haccp.signOffs().sign(today, Optional.empty(), "x", "secret-password".toCharArray(), k.supervisor)
                .errors()).extracting(e -> e.message().key()).containsExactly("haccp.signoff.notOver");
    }

    @Test
    void aSignedPeriodTakesNoNewReadingsButACorrectionIsListedAsMadeAfterSignOff() {
        k.haccp.signOffs().sign(MONDAY, Optional.empty(), "Gjennomgått", "secret-password".toCharArray(), k.supervisor);
        k.clock.advance(Duration.ofHours(1));

        var refused = k.haccp.readings().record(k.entry("KS-1", "3,0", "23.11.2026 14:00"), k.kitchen);
        assertThat(refused.errors()).extracting(e -> e.message().key()).containsExactly("haccp.validation.periodSigned");

        long id = k.haccp.readings().effective(k.unitId("KS-1"), k.clock.instant().minus(Duration.ofDays(2)),
                k.clock.instant()).getFirst().id();
        assertThat(k.haccp.readings().correct(id, "3,8", "", "Feil avlest", k.kitchen).isValid()).isTrue();
        HaccpReport report = k.haccp.reports().build(HaccpKitchen.MONDAY, HaccpKitchen.MONDAY, Optional.empty(), "Test");

        assertThat(report.afterSignOff()).singleElement().satisfies(a -> {
            assertThat(a.unitCode()).isEqualTo("KS-1");
            assertThat(a.reason()).isEqualTo("Feil avlest");
        });
        assertThat(k.haccp.verify().intact()).isTrue();
    }
}
