package no.smartmat.console.clients;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client as typed into the form or read from one line of the client register: every field still text.
 * Field names are the register's column names (formats.md), so an error points at the same name in the
 * form and in the file.
 */
public record ClientForm(Map<String, String> values) {

    public static final String CLIENT_NUMBER = "clientNumber", NAME = "name", ADDRESS = "address",
            POSTCODE = "postcode", CITY = "city", PHONE = "phone", AREA = "area", LAT = "lat", LON = "lon",
            ACCESS_NOTES = "accessNotes", KEY_BOX_CODE = "keyBoxCode", PUT_IN_FRIDGE = "putInFridge",
            DIET_CODES = "dietCodes", REGULAR_DRIVER = "regularDriver", SERVICE_MINUTES = "serviceMinutes",
            ACTIVE_FROM = "activeFrom", ACTIVE_TO = "activeTo";

    public ClientForm {
        values = Map.copyOf(values);
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        public Builder set(String field, String value) {
            values.put(field, value == null ? "" : value);
            return this;
        }

        public ClientForm build() {
            return new ClientForm(values);
        }
    }
}
