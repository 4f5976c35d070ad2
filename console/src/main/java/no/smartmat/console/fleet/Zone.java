package no.smartmat.console.fleet;

import java.util.Locale;
import java.util.Optional;

/** Temperature zone of a package and of a van compartment. */
public enum Zone {
    CHILLED, FROZEN, AMBIENT;

    /**
     * Reads the words suppliers use: KJØL/KJOL/CHILLED, FRYS/FROZEN, TØRR/TORR/AMBIENT (any case), and the
     * enum names. Empty when the text names no zone.
     */
    public static Optional<Zone> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "KJØL", "KJOL", "KJØLT", "KJØLEVARE", "CHILLED", "CHILL", "COLD" -> Optional.of(CHILLED);
            case "FRYS", "FROSSEN", "FRYSEVARE", "FROZEN", "FREEZE" -> Optional.of(FROZEN);
            case "TØRR", "TORR", "TØRRVARE", "AMBIENT", "DRY", "ROMTEMPERATUR" -> Optional.of(AMBIENT);
            default -> Optional.empty();
        };
    }

    /** The label word, as printed and shown. */
    public String norwegian() {
        return switch (this) {
            case CHILLED -> "KJØL";
            case FROZEN -> "FRYS";
            case AMBIENT -> "TØRR";
        };
    }
}
