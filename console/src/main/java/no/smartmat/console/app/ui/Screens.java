package no.smartmat.console.app.ui;

import java.util.ArrayList;
import java.util.List;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.backup.ui.BackupPane;
import no.smartmat.console.clients.ui.ClientsScreen;
import no.smartmat.console.dashboard.DashboardService;
import no.smartmat.console.dashboard.ui.DashboardScreen;
import no.smartmat.console.fleet.ui.FleetScreen;
import no.smartmat.console.haccp.ui.HaccpDashboardCards;
import no.smartmat.console.haccp.ui.HaccpScreen;
import no.smartmat.console.orders.ui.OrdersScreen;
import no.smartmat.console.planning.ui.PlanningScreen;
import no.smartmat.console.printing.ui.PrintingScreen;
import no.smartmat.console.settings.ui.SettingsScreen;
import no.smartmat.console.slots.ui.SlotsScreen;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.Sections;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.users.ui.UserAccountsPane;

/**
 * The main window's navigation, in order. Each feature puts its screen here, and this is where a screen is
 * handed the services it uses: screens never reach for the composition root themselves.
 */
public final class Screens {

    public static final String DASHBOARD = "dashboard";

    private Screens() {}

    public static List<ScreenSpec> all(AppContext app) {
        return List.of(
                new ScreenSpec(DASHBOARD, "app.nav.dashboard", ui -> new DashboardScreen(ui,
                        new DashboardService(app.db()), () -> HaccpDashboardCards.cards(ui, app.haccp()))),
                new ScreenSpec("clients", "app.nav.clients",
                        ui -> new ClientsScreen(ui, app.clients(), app.fleet(), app.clientRegisterImport())),
                new ScreenSpec("fleet", "app.nav.fleet", ui -> new FleetScreen(ui, app.fleet())),
                new ScreenSpec("slots", "app.nav.slots", ui -> new SlotsScreen(ui, app.fleet(), app.slots(),
                        app.bookings(), app.slotTemplates(), app.clients())),
                new ScreenSpec("orders", "app.nav.orders",
                        ui -> new OrdersScreen(ui, app.orderImport(), app.importFolderWatch(), app.fleet())),
                new ScreenSpec("planning", "app.nav.planning", ui -> new PlanningScreen(ui, app.planning(), app.fleet())),
                new ScreenSpec("printing", "app.nav.printing", ui -> new PrintingScreen(ui, app.printing())),
                new ScreenSpec("haccp", "app.nav.haccp", ui -> new HaccpScreen(ui, app.haccp())),
                new ScreenSpec("settings", "app.nav.settings", ui -> settings(ui, app)));
    }

    private static Screen settings(UiContext ui, AppContext app) {
        List<Screen> sections = new ArrayList<>();
        BackupPane backup = new BackupPane(ui, app.backups(), app.restores(), app.dataDir());
        sections.add(Screen.of(backup, backup::refresh));
        if (ui.user().role().canManageUsers()) {
            UserAccountsPane accounts = new UserAccountsPane(ui, app.users());
            sections.add(Screen.of(Sections.titled(ui.tr("users.title"), accounts.node()), () -> {}));
        }
        return new SettingsScreen(ui, app.settings(),
                new SettingsScreen.Storage(app.dataDir(), app.db().file().toString(), app.db().schemaVersion()), sections);
    }
}
