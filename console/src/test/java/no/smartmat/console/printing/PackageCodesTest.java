package no.smartmat.console.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageCodesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void theSuppliersSsccIsPrintedAsGiven() {
        assertThat(PackageCodes.codes(DAY, 4711, Optional.of(" 370437000000000016 "), 1)).containsExactly("370437000000000016");
    }

    @Test
    void aPackageWithoutCodeGetsOneFromItsRowThatStaysTheSameOnReprint() {
        assertThat(PackageCodes.codes(DAY, 4711, Optional.empty(), 1)).containsExactly("PK-20261124-4711");
        assertThat(PackageCodes.codes(DAY, 4711, Optional.of("  "), 1)).isEqualTo(PackageCodes.codes(DAY, 4711, Optional.empty(), 1));
    }

    @Test
    void aRowOfSeveralPackagesGivesEachBagItsOwnBarcode() {
        assertThat(PackageCodes.codes(DAY, 12, Optional.empty(), 3))
                .containsExactly("PK-20261124-12-1", "PK-20261124-12-2", "PK-20261124-12-3");
        assertThat(PackageCodes.codes(DAY, 12, Optional.of("POSE-88"), 2)).containsExactly("POSE-88-1", "POSE-88-2");
    }

    @Test
    void aRowOfNoPackagesIsAProgrammingError() {
        assertThatThrownBy(() -> PackageCodes.codes(DAY, 12, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
