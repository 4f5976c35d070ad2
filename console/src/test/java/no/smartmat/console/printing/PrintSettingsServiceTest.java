package no.smartmat.console.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.Role;
import no.smartmat.console.validation.FieldError;
import no.smartmat.reports.labels.LabelLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintSettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void theShippedDefaultsPrintThermalLabelsWithQrAndNoDietOrKeyBoxCodes() {
        PrintSettings s = TestKitchen.empty(dir).printing().settings().current();

        assertThat(s.layout()).isEqualTo(LabelLayout.Format.THERMAL_100X150);
        assertThat(s.qrCode()).isTrue();
        assertThat(s.dietCodesOnLabels()).isFalse();
        assertThat(s.keyBoxCodesOnManifests()).isFalse();
        assertThat(s.paddingMm()).isEmpty();
        assertThat(s.labelLayout()).isEqualTo(LabelLayout.of(LabelLayout.Format.THERMAL_100X150).withQrCode(true));
    }

    @Test
    void aKitchensLabelsYamlOverridesTheDefaults() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/labels.yaml"), "layout: A4_3X8\noffsetDownMm: -1.5\n");

        PrintSettings s = TestKitchen.empty(dir).printing().settings().current();

        assertThat(s.layout()).isEqualTo(LabelLayout.Format.A4_3X8);
        assertThat(s.offsetDownMm()).isEqualTo(-1.5);
        assertThat(s.qrCode()).isTrue();
    }

    @Test
    void aCoordinatorsChoiceOfStockAndDriftIsKeptAndAudited() {
        AppContext app = TestKitchen.empty(dir);
        var service = app.printing().settings();
        PrintSettings wanted = service.current().withLayout(LabelLayout.Format.THERMAL_100X50).withOffset(1.5, -2);

        var saved = service.save(wanted, TestKitchen.user(app, Role.COORDINATOR));

        assertThat(saved.isValid()).isTrue();
        PrintSettings reopened = AppContext.open(dir, app.clock()).printing().settings().current();
        assertThat(reopened.layout()).isEqualTo(LabelLayout.Format.THERMAL_100X50);
        assertThat(reopened.offsetRightMm()).isEqualTo(1.5);
        assertThat(reopened.offsetDownMm()).isEqualTo(-2.0);
        assertThat(app.audit().forEntity(app.db().dsl(), "app_setting", "labels.layout"))
                .singleElement().satisfies(e -> assertThat(e.details()).isEqualTo("THERMAL_100X50"));
        assertThat(app.audit().forEntity(app.db().dsl(), "app_setting", "labels.qrCode")).isEmpty();
    }

    @Test
    void anOffsetBeyondTenMillimetresIsRejectedNextToItsFieldAndNothingIsSaved() {
        AppContext app = TestKitchen.empty(dir);
        var service = app.printing().settings();

        var saved = service.save(service.current().withOffset(12, 0), TestKitchen.user(app, Role.COORDINATOR));

        assertThat(saved.errors()).extracting(FieldError::field).containsExactly("offsetRightMm");
        assertThat(saved.errors().getFirst().message().key()).isEqualTo("printing.settings.error.offset");
        assertThat(service.current().offsetRightMm()).isZero();
    }

    @Test
    void aMarginTooWideForTheLabelIsRejected() {
        AppContext app = TestKitchen.empty(dir);
        PrintSettings s = app.printing().settings().current();
        PrintSettings tooWide = new PrintSettings(LabelLayout.Format.A4_3X8, 0, 0, OptionalDouble.of(12), true, false, false, false);

        assertThat(PrintSettingsService.validate(tooWide)).extracting(FieldError::field).containsExactly("paddingMm");
        assertThat(PrintSettingsService.validate(s)).isEmpty();
    }

    @Test
    void onlyAnAdministratorMayLetDietOrKeyBoxCodesLeaveTheBuilding() {
        AppContext app = TestKitchen.empty(dir);
        var service = app.printing().settings();
        PrintSettings more = service.current().withDietCodesOnLabels(true).withKeyBoxCodesOnManifests(true);

        var byCoordinator = service.save(more, TestKitchen.user(app, Role.COORDINATOR));
        assertThat(byCoordinator.errors()).extracting(FieldError::field)
                .containsExactly("dietCodesOnLabels", "keyBoxCodesOnManifests");
        assertThat(service.current().dietCodesOnLabels()).isFalse();

        var byAdmin = service.save(more, TestKitchen.user(app, Role.ADMIN));
        assertThat(byAdmin.isValid()).isTrue();
        assertThat(service.current().dietCodesOnLabels()).isTrue();
        assertThat(service.current().keyBoxCodesOnManifests()).isTrue();
    }
}
