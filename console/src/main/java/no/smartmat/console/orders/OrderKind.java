package no.smartmat.console.orders;

import java.util.Locale;
import java.util.Optional;

/** What an order brings: the kitchen's dinner, the grocer's bags, or something else (stored as the enum name). */
public enum OrderKind {
    DINNER, GROCERY, OTHER;

    /** Reads {@code middag/dinner}, {@code dagligvare(r)/grocery}, {@code annet/other} in any case; empty otherwise. */
    public static Optional<OrderKind> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "middag", "dinner", "m" -> Optional.of(DINNER);
            case "dagligvare", "dagligvarer", "grocery", "groceries", "d" -> Optional.of(GROCERY);
            case "annet", "other" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }
}
