package no.smartmat.console.app.ui;

import java.util.List;
import no.smartmat.console.dashboard.DashboardService;
import no.smartmat.console.haccp.ui.HaccpDashboardCards;
import no.smartmat.console.settings.ui.SettingsScreen;
import no.smartmat.console.clients.ui.ClientsScreen;
import no.smartmat.console.dashboard.ui.DashboardScreen;
import no.smartmat.console.fleet.ui.FleetScreen;
import no.smartmat.console.slots.ui.SlotsScreen;
import no.smartmat.console.haccp.ui.HaccpScreen;
import no.smartmat.console.orders.ui.OrdersScreen;
import no.smartmat.console.planning.ui.PlanningScreen;
import no.smartmat.console.printing.ui.PrintingScreen;

/** The main window's navigation, in order. Each feature puts its screen here. */
public final class Screens {

    public static final String DASHBOARD = "dashboard";

    private Screens() {}

    public static List<ScreenSpec> all() {
        return List.of(
                new ScreenSpec(DASHBOARD, "app.nav.dashboard",
                        ui -> new DashboardScreen(ui, new DashboardService(ui.app().db()), () -> HaccpDashboardCards.cards(ui))),
                new ScreenSpec("clients", "app.nav.clients", ClientsScreen::new),
                new ScreenSpec("fleet", "app.nav.fleet", FleetScreen::new),
                new ScreenSpec("slots", "app.nav.slots", SlotsScreen::new),
                new ScreenSpec("orders", "app.nav.orders", OrdersScreen::new),
                new ScreenSpec("planning", "app.nav.planning", PlanningScreen::new),
                new ScreenSpec("printing", "app.nav.printing", PrintingScreen::new),
                new ScreenSpec("haccp", "app.nav.haccp", HaccpScreen::new),
                new ScreenSpec("settings", "app.nav.settings", SettingsScreen::new));
    }
}
