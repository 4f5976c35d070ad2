package no.smartmat.console.dashboard.ui;

import java.util.List;
import no.smartmat.console.ui.UiContext;

/**
 * Cards other features add to "Dagens oversikt" (HACCP: open deviations, missing checks, calibrations).
 * Built off the FX thread together with the rest of the day's numbers.
 */
public final class DashboardCards {

    public record Card(String id, String title, List<String> lines) {}

    private DashboardCards() {}

    public static List<Card> all(UiContext ui) {
        return no.smartmat.console.haccp.ui.HaccpDashboardCards.cards(ui);
    }
}
