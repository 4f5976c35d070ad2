package no.smartmat.console.clients;

import static no.smartmat.console.clients.ClientForm.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/**
 * The rules for a client, the same for the form and the register import: required fields, a four-digit
 * postcode, coordinates inside Norway (both or neither), a known regular driver. Uniqueness of the client
 * number needs the database and is checked by {@link ClientService}.
 */
public final class ClientValidator {

    private static final int MAX_TEXT = 200;

    private final Predicate<String> driverExists;

    /** @param driverExists whether a driver code (e.g. "D-01") is known */
    public ClientValidator(Predicate<String> driverExists) {
        this.driverExists = driverExists;
    }

    public Validated<ClientData> validate(ClientForm form) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> number = Fields.required(CLIENT_NUMBER, form.get(CLIENT_NUMBER), errors);
        number.filter(n -> !n.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}")).ifPresent(n ->
                errors.add(FieldError.of(CLIENT_NUMBER, n, "clients.validation.clientNumberFormat")));
        Optional<String> name = Fields.required(NAME, form.get(NAME), errors).flatMap(v -> maxLength(NAME, v, errors));
        Optional<String> address = Fields.required(ADDRESS, form.get(ADDRESS), errors).flatMap(v -> maxLength(ADDRESS, v, errors));
        Optional<String> postcode = Fields.required(POSTCODE, form.get(POSTCODE), errors);
        postcode.filter(p -> !p.matches("\\d{4}")).ifPresent(p ->
                errors.add(FieldError.of(POSTCODE, p, "clients.validation.postcode")));
        Optional<String> city = Fields.required(CITY, form.get(CITY), errors).flatMap(v -> maxLength(CITY, v, errors));

        String phone = Fields.trim(form.get(PHONE));
        if (!phone.isEmpty() && (!phone.matches("\\+?[0-9 ]+") || phone.replaceAll("\\D", "").length() < 8)) {
            errors.add(FieldError.of(PHONE, phone, "clients.validation.phone"));
        }

        Optional<Double> lat = Fields.decimal(LAT, form.get(LAT), errors);
        Optional<Double> lon = Fields.decimal(LON, form.get(LON), errors);
        lat.filter(v -> !GeoPoint.latInNorway(v)).ifPresent(v -> errors.add(FieldError.of(LAT, form.get(LAT),
                "clients.validation.latOutsideNorway", String.valueOf(GeoPoint.MIN_LAT), String.valueOf(GeoPoint.MAX_LAT))));
        lon.filter(v -> !GeoPoint.lonInNorway(v)).ifPresent(v -> errors.add(FieldError.of(LON, form.get(LON),
                "clients.validation.lonOutsideNorway", String.valueOf(GeoPoint.MIN_LON), String.valueOf(GeoPoint.MAX_LON))));
        boolean latGiven = !Fields.trim(form.get(LAT)).isEmpty();
        boolean lonGiven = !Fields.trim(form.get(LON)).isEmpty();
        if (latGiven != lonGiven) {
            errors.add(FieldError.of(latGiven ? LON : LAT, "", "clients.validation.bothCoordinates"));
        }

        boolean fridge = Fields.yesNo(PUT_IN_FRIDGE, form.get(PUT_IN_FRIDGE), errors).orElse(false);
        List<String> diet = dietCodes(form.get(DIET_CODES));

        Optional<String> driver = Optional.of(Fields.trim(form.get(REGULAR_DRIVER)).toUpperCase(Locale.ROOT))
                .filter(d -> !d.isEmpty());
        driver.filter(d -> !driverExists.test(d)).ifPresent(d ->
                errors.add(FieldError.of(REGULAR_DRIVER, d, "clients.validation.unknownDriver")));

        int service = Fields.integer(SERVICE_MINUTES, form.get(SERVICE_MINUTES), 1, 120, errors).orElse(7);
        Optional<LocalDate> from = Fields.date(ACTIVE_FROM, form.get(ACTIVE_FROM), errors);
        Optional<LocalDate> to = Fields.date(ACTIVE_TO, form.get(ACTIVE_TO), errors);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add(FieldError.of(ACTIVE_TO, form.get(ACTIVE_TO), "clients.validation.activeToBeforeFrom"));
        }
        Optional<String> area = Optional.of(Fields.trim(form.get(AREA))).filter(a -> !a.isEmpty());

        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        Optional<GeoPoint> location = lat.flatMap(la -> lon.map(lo -> new GeoPoint(la, lo)));
        return Validated.valid(new ClientData(number.orElseThrow(), name.orElseThrow(), address.orElseThrow(),
                postcode.orElseThrow(), city.orElseThrow(), location, phone, area,
                Fields.trim(form.get(ACCESS_NOTES)), Fields.trim(form.get(KEY_BOX_CODE)), fridge, diet, driver,
                service, from, to));
    }

    static List<String> dietCodes(String text) {
        return Arrays.stream(Fields.trim(text).split("[,;\\s]+"))
                .map(s -> s.toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Optional<String> maxLength(String field, String value, List<FieldError> errors) {
        if (value.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, value, "clients.validation.tooLong", String.valueOf(MAX_TEXT)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    static final Set<String> ALL_FIELDS = Set.of(CLIENT_NUMBER, NAME, ADDRESS, POSTCODE, CITY, PHONE, AREA, LAT, LON,
            ACCESS_NOTES, KEY_BOX_CODE, PUT_IN_FRIDGE, DIET_CODES, REGULAR_DRIVER, SERVICE_MINUTES, ACTIVE_FROM, ACTIVE_TO);
}
