package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo kitchen's records show what the dashboard and the report are for, written through the services. */
class HaccpDemoTest {

    @TempDir
    Path dir;

    @Test
    void theDemoHasAHandledAndAnOpenDeviationAMissingCheckASignOffAndAnIntactChain() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
        AppContext app = TestKitchen.demo(dir);
        System.out.printf("demo kitchen with HACCP records: %d ms, %d ms CPU%n", (System.nanoTime() - started) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        Haccp haccp = app.haccp();

        assertThat(haccp.units().watched()).hasSize(7 + 24);
        assertThat(haccp.deviations().open()).anySatisfy(d -> {
            assertThat(d.unitId()).isEqualTo(haccp.units().byCode("KR-2").orElseThrow().unit().id());
            assertThat(d.status()).isEqualTo(Deviation.Status.ONGOING);
        });
        assertThat(haccp.deviations().all()).filteredOn(d -> d.status() == Deviation.Status.CLOSED)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(d -> assertThat(d.closingAction()).isPresent());
        HaccpOverview overview = haccp.overview();
        assertThat(overview.missingChecks()).anySatisfy(m -> assertThat(m.roundId()).contains("AFTERNOON"))
                .anySatisfy(m -> assertThat(m.type()).isEqualTo(MissingCheck.Type.SENSOR_GAP));
        assertThat(overview.overdueCalibrations()).isEqualTo(1);
        assertThat(haccp.signOffs().all()).hasSize(1);
        assertThat(haccp.reports().build(TestKitchen.MONDAY.minusDays(3), TestKitchen.MONDAY.minusDays(3),
                Optional.empty(), "Test").afterSignOff()).hasSize(1);
        assertThat(haccp.verify().intact()).isTrue();
        assertThat(haccp.deviations().all()).filteredOn(d -> !d.isVoid() && d.kind() != DeviationKind.MISSING_CHECK)
                .isNotEmpty().allSatisfy(d -> assertThat(firstReadingBeyond(haccp, d)).contains(d.startedAt()));
    }

    /**
     * When the breach of {@code d} began by the rule: the first counted reading of the run of readings beyond the
     * limit (suppressed ones skipped) that {@code d} belongs to.
     */
    static Optional<Instant> firstReadingBeyond(Haccp haccp, Deviation d) {
        ColdUnitService.WatchedUnit w = haccp.units().watched(d.unitId()).orElseThrow();
        List<Reading> around = haccp.readings().effective(d.unitId(), d.startedAt().minus(Duration.ofHours(12)),
                d.startedAt().plus(Duration.ofHours(12)));
        Map<Long, Verdict> verdicts = haccp.readings().rule(w).judgeAll(around);
        Optional<Instant> first = Optional.empty();
        for (Reading r : around) {
            Verdict v = verdicts.get(r.id());
            if (v.outsideRule() && v.breach().orElseThrow() == d.kind()) {
                first = first.or(() -> Optional.of(r.measuredAt()));
            } else if (!v.suppressed()) {
                if (r.measuredAt().isAfter(d.startedAt())) {
                    break;
                }
                first = Optional.empty();
            }
        }
        return first;
    }
}
