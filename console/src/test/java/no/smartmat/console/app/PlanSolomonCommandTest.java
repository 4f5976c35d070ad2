package no.smartmat.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --solomon} finds the instances shipped with the planner by name, and still reads a file. */
class PlanSolomonCommandTest {

    @TempDir
    Path dir;

    @Test
    void aShippedInstanceIsPlannedByItsName() throws Exception {
        Path out = dir.resolve("c101.json");

        Cli.Run run = Cli.in(dir, "plan", "--solomon", "C101", "--seconds", "2", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(out)).containsPattern("\"format\" *: *\"smartmat-plan/1\"")
                .containsPattern("\"feasible\" *: *true");
    }

    @Test
    void neitherAFileNorAShippedNameIsOneLine() {
        Cli.Run run = Cli.in(dir, "plan", "--solomon", "C110", "--seconds", "1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("C110")
                .contains("not one of the shipped Solomon instances").doesNotContain("Exception");
    }
}
