package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing checks found in a real kitchen's data, as the dashboard and the report see them. */
class MissingCheckServiceTest {

    @TempDir
    Path dir;

    @Test
    void aSensorGapAndAMissedRoundAreMissingChecksAndAReadingFillsNeitherAfterTheFact() {
        HaccpKitchen k = HaccpKitchen.create(dir);
        k.clock.set(HaccpKitchen.MONDAY.atTime(11, 0));
        // cold room: every 15 minutes 00:00-05:45, then silent until 07:00, then on to 10:45
        double[] night = new double[24];
        java.util.Arrays.fill(night, 3.0);
        double[] morning = new double[16];
        java.util.Arrays.fill(morning, 3.1);
        k.sensor("KR-1", HaccpKitchen.MONDAY.atTime(0, 0), night);
        k.sensor("KR-1", HaccpKitchen.MONDAY.atTime(7, 0), morning);
        // the fridge's morning round (due 10:00) typed in at 11:00 as if measured at 08:00
        k.haccp.readings().record(k.entry("KS-1", "3,5", "08:00"), k.kitchen);

        var missing = k.haccp.missingChecks().between(HaccpKitchen.MONDAY, HaccpKitchen.MONDAY, Optional.empty());

        assertThat(missing).filteredOn(m -> m.unitId() == k.unitId("KR-1")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MissingCheck.Type.SENSOR_GAP);
            assertThat(Duration.between(m.from(), m.to())).isEqualTo(Duration.ofMinutes(75));
        });
        assertThat(missing).filteredOn(m -> m.unitId() == k.unitId("KS-1")).singleElement().satisfies(m -> {
            assertThat(m.roundId()).contains("MORNING");
            assertThat(m.lateReading()).isPresent();
        });
        assertThat(k.haccp.overview().missingChecks()).hasSizeGreaterThanOrEqualTo(2);
    }
}
