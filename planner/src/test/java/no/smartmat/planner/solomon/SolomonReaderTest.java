package no.smartmat.planner.solomon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import no.smartmat.planner.scenario.ReadResult;
import no.smartmat.planner.testing.TestData;

class SolomonReaderTest {

    @Test
    void readsC101WithItsCrlfLineEndings() throws Exception {
        try (InputStream in = SolomonReaderTest.class.getResourceAsStream("/vrptw/solomon/C101.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).contains("\r\n");
        }
        SolomonInstance c101 = SolomonInstances.shipped("C101").orElseThrow();
        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.vehicleCount()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.depot()).isEqualTo(new SolomonCustomer(0, 40, 50, 0, 0, 1236, 0));
        assertThat(c101.customers()).hasSize(100);
        assertThat(c101.customers().getFirst()).isEqualTo(new SolomonCustomer(1, 45, 68, 10, 912, 967, 90));
        assertThat(c101.customers().getLast().number()).isEqualTo(100);
    }

    @Test
    void readsAHombergerInstanceWithItsSize() {
        SolomonInstance gh = SolomonReader.read(TestData.resource("vrptw/homberger/c1_2_1.txt")).orElseThrow();
        assertThat(gh.name()).isEqualToIgnoringCase("c1_2_1");
        assertThat(gh.customers()).hasSize(200);
    }

    @Test
    void namesTheLineOfABrokenRow() {
        String text = "T1\r\n\r\nVEHICLE\r\nNUMBER     CAPACITY\r\n  2   100\r\n\r\nCUSTOMER\r\n"
                + "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n\r\n"
                + "    0      40         50          0          0       1236          0\r\n"
                + "    1      45         6x8         10        912        967         90\r\n"
                + "    2      45         68         10        912        967\r\n";
        ReadResult<SolomonInstance> result = SolomonReader.parse(text, "t1.txt", "t1");
        assertThat(result.errors()).extracting(Object::toString).containsExactly(
                "line 11, YCOORD.: \"6x8\" is not a number",
                "line 12: expected 7 numbers (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME), found 6");
    }

    @Test
    void aMissingFileIsAnsweredWithItsNameNotAnException() {
        ReadResult<SolomonInstance> result = SolomonReader.read(Path.of("no-such-folder", "C101.txt"));
        assertThat(result.describe()).isEqualTo(Path.of("no-such-folder", "C101.txt") + ": file: not found");
    }
}
