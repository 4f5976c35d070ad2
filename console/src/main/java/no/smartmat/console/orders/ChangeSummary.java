package no.smartmat.console.orders;

import java.util.HashMap;
import java.util.Map;

/**
 * How a revision changed its batch, stored in {@code order_batch.change_summary} as
 * {@code "new=3 changed=1 withdrawn=0 unchanged=208 kept=0"} (language-neutral; the UI words it).
 * {@code kept}: changes a re-send asked for on stops a published plan already has, not applied.
 */
public record ChangeSummary(int added, int changed, int withdrawn, int unchanged, int kept) {

    public static ChangeSummary parse(String text) {
        Map<String, Integer> v = new HashMap<>();
        for (String part : text.strip().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    v.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // an older or hand-written summary: the part is skipped
                }
            }
        }
        return new ChangeSummary(v.getOrDefault("new", 0), v.getOrDefault("changed", 0), v.getOrDefault("withdrawn", 0),
                v.getOrDefault("unchanged", 0), v.getOrDefault("kept", 0));
    }

    public boolean nothing() {
        return added + changed + withdrawn == 0;
    }

    @Override
    public String toString() {
        return "new=" + added + " changed=" + changed + " withdrawn=" + withdrawn + " unchanged=" + unchanged + " kept=" + kept;
    }
}
