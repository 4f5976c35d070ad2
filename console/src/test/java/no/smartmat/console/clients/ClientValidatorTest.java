package no.smartmat.console.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import org.junit.jupiter.api.Test;

class ClientValidatorTest {

    private final ClientValidator validator = new ClientValidator(Set.of("D-01")::contains);

    private static ClientForm.Builder valid() {
        return ClientForm.builder().set("clientNumber", "K-1").set("name", "Åse Ødegård").set("address", "Damveien 1")
                .set("postcode", "1337").set("city", "Sandvika");
    }

    private Validated<ClientData> validate(ClientForm.Builder form) {
        return validator.validate(form.build());
    }

    private static Map<String, String> errorKeys(Validated<?> v) {
        return v.errors().stream().collect(java.util.stream.Collectors.toMap(FieldError::field, e -> e.message().key()));
    }

    @Test
    void acceptsTheRequiredFieldsAlone() {
        assertThat(validate(valid()).isValid()).isTrue();
    }

    @Test
    void rejectsPostcodeWithThreeDigits() {
        assertThat(errorKeys(validate(valid().set("postcode", "133")))).containsEntry("postcode", "clients.validation.postcode");
    }

    @Test
    void rejectsPostcodeWithLetters() {
        assertThat(errorKeys(validate(valid().set("postcode", "13A7")))).containsEntry("postcode", "clients.validation.postcode");
    }

    @Test
    void namesEveryMissingRequiredField() {
        assertThat(errorKeys(validator.validate(ClientForm.builder().build())))
                .containsOnlyKeys("clientNumber", "name", "address", "postcode", "city")
                .containsValue("validation.required");
    }

    @Test
    void readsCoordinatesWithDecimalCommaOrPoint() {
        Validated<ClientData> comma = validate(valid().set("lat", "59,8939").set("lon", "10,5156"));
        Validated<ClientData> point = validate(valid().set("lat", "59.8939").set("lon", "10.5156"));
        assertThat(((Validated.Valid<ClientData>) comma).value().location()).contains(new GeoPoint(59.8939, 10.5156));
        assertThat(((Validated.Valid<ClientData>) point).value().location()).contains(new GeoPoint(59.8939, 10.5156));
    }

    @Test
    void rejectsCoordinatesOutsideNorway() {
        assertThat(errorKeys(validate(valid().set("lat", "55.6761").set("lon", "12.5683"))))
                .containsEntry("lat", "clients.validation.latOutsideNorway");
        assertThat(errorKeys(validate(valid().set("lat", "59.9").set("lon", "45.0"))))
                .containsEntry("lon", "clients.validation.lonOutsideNorway");
    }

    @Test
    void rejectsOneCoordinateWithoutTheOther() {
        assertThat(errorKeys(validate(valid().set("lat", "59.9")))).containsEntry("lon", "clients.validation.bothCoordinates");
    }

    @Test
    void rejectsUnknownRegularDriverButAcceptsAKnownOneInAnyCase() {
        assertThat(errorKeys(validate(valid().set("regularDriver", "D-99")))).containsEntry("regularDriver", "clients.validation.unknownDriver");
        Validated<ClientData> ok = validate(valid().set("regularDriver", "d-01"));
        assertThat(((Validated.Valid<ClientData>) ok).value().regularDriverCode()).contains("D-01");
    }

    @Test
    void readsNorwegianYesNoAndDietCodesAndDates() {
        ClientData d = ((Validated.Valid<ClientData>) validate(valid().set("putInFridge", "Ja").set("dietCodes", "gluten, laktose  mos")
                .set("activeFrom", "01.02.2026").set("activeTo", "2026-12-31"))).value();
        assertThat(d.putInFridge()).isTrue();
        assertThat(d.dietCodes()).containsExactly("GLUTEN", "LAKTOSE", "MOS");
        assertThat(d.activeFrom()).contains(LocalDate.of(2026, 2, 1));
        assertThat(d.activeTo()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void rejectsEndBeforeStartAndUnreadableYesNo() {
        Map<String, String> errors = errorKeys(validate(valid().set("activeFrom", "2026-05-01").set("activeTo", "2026-04-30")
                .set("putInFridge", "kanskje")));
        assertThat(errors).containsEntry("activeTo", "clients.validation.activeToBeforeFrom")
                .containsEntry("putInFridge", "validation.notYesNo");
    }

    @Test
    void keepsTheValueAsGivenInTheError() {
        FieldError e = validate(valid().set("postcode", " 13 ")).errors().getFirst();
        assertThat(e.value()).isEqualTo("13");
    }
}
