package no.smartmat.reports.common;

import java.util.Objects;

/**
 * A Norwegian postal address as printed: street line, 4-digit postcode and post town.
 * The postcode is printed as given; the console validates it on import.
 */
public record Address(String street, String postcode, String city) {

    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
    }

    /** "1338 Sandvika". */
    public String postcodeAndCity() {
        return (postcode.strip() + " " + city.strip()).strip();
    }

    /** "Storgata 1, 1338 Sandvika". */
    public String oneLine() {
        return street.strip() + ", " + postcodeAndCity();
    }
}
