package no.smartmat.console.haccp.ui;

import no.smartmat.console.haccp.Haccp;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;

/**
 * "Temperaturkontroll" (HACCP): registering the readings due now, deviations and missing checks, a unit's history
 * with corrections, logger import, the units and their limits, and sign-off with the inspector's report.
 */
public final class HaccpScreen implements Screen {

    private final TabPane tabs = new TabPane();
    private final VBox root;
    private final RoundsView rounds;
    private final DeviationsView deviations;
    private final HistoryView history;
    private final ImportView imports;
    private final UnitsView units;
    private final SignOffView signOff;

    public HaccpScreen(UiContext ui, Haccp haccp) {
        HaccpFormat format = new HaccpFormat(ui);
        rounds = new RoundsView(ui, haccp, format);
        deviations = new DeviationsView(ui, haccp, format);
        history = new HistoryView(ui, haccp, format);
        imports = new ImportView(ui, haccp);
        units = new UnitsView(ui, haccp, format);
        signOff = new SignOffView(ui, haccp, format);
        tabs.getTabs().addAll(
                tab("haccp-tab-rounds", ui.tr("haccp.ui.tab.rounds"), rounds.node(), rounds::reload),
                tab("haccp-tab-deviations", ui.tr("haccp.ui.tab.deviations"), deviations.node(), deviations::reload),
                tab("haccp-tab-history", ui.tr("haccp.ui.tab.history"), history.node(), history::reload),
                tab("haccp-tab-import", ui.tr("haccp.ui.tab.import"), imports.node(), imports::reload),
                tab("haccp-tab-units", ui.tr("haccp.ui.tab.units"), units.node(), units::reload),
                tab("haccp-tab-signoff", ui.tr("haccp.ui.tab.signoff"), signOff.node(), signOff::reload));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("haccp-tabs");
        Label title = new Label(ui.tr("haccp.ui.title"));
        title.getStyleClass().add("title-2");
        Label who = new Label(ui.tr("haccp.ui.recordedAs", ui.user().displayName()));
        who.getStyleClass().add("haccp-range");
        HBox head = new HBox(16, title, who);
        head.setAlignment(Pos.BASELINE_LEFT);
        root = new VBox(6, head, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getStylesheets().add(HaccpScreen.class.getResource("/ui/haccp.css").toExternalForm());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t.getUserData() instanceof Runnable reload) {
                reload.run();
            }
        });
    }

    private static Tab tab(String id, String title, Node content, Runnable reload) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setUserData(reload);
        return t;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        Tab current = tabs.getSelectionModel().getSelectedItem();
        if (current != null && current.getUserData() instanceof Runnable reload) {
            reload.run();
        }
    }
}
