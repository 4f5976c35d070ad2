package no.smartmat.console.app.ui;

import no.smartmat.console.ui.UiContext;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.FxTaskExecutor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.diagnostics.ui.AboutDialog;

/** Navigation on the left, the chosen screen in the middle, and a status bar: database, user, background work. */
final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final UiContext ui;
    private final AppContext app;
    private final List<ScreenSpec> specs;
    private final Map<String, Screen> built = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();

    MainWindow(UiContext ui, AppContext app, FxTaskExecutor tasks, List<ScreenSpec> specs) {
        this.ui = ui;
        this.app = app;
        this.specs = specs;
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar(tasks));
        content.setPadding(new Insets(16));
        root.getStyleClass().add("main-window");
    }

    private Node navigation() {
        VBox nav = new VBox(2);
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        Label kitchen = new Label(app.kitchen().name());
        kitchen.getStyleClass().add("nav-kitchen");
        kitchen.setWrapText(true);
        Label today = new Label(LocalDate.now(ui.clock())
                .format(DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", ui.messages().locale())));
        today.setWrapText(true);
        today.getStyleClass().add("nav-date");
        nav.getChildren().addAll(kitchen, today);
        ToggleGroup group = new ToggleGroup();
        for (ScreenSpec spec : specs) {
            ToggleButton b = new ToggleButton(ui.tr(spec.titleKey()));
            b.setId("nav-" + spec.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> show(spec.id()));
            buttons.put(spec.id(), b);
            nav.getChildren().add(b);
        }
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        Hyperlink about = new Hyperlink(ui.tr("diagnostics.about.open"));
        about.setId("nav-about");
        about.setOnAction(e -> AboutDialog.show(ui.window(), ui.messages(), app.versionInfo()));
        nav.getChildren().addAll(push, about);
        nav.setPrefWidth(220);
        return nav;
    }

    private Node statusBar(FxTaskExecutor tasks) {
        Label database = new Label(ui.tr("app.status.database", app.db().file()));
        database.setId("status-database");
        Label user = new Label(ui.tr("app.status.user", ui.user().displayName(), ui.tr("app.role." + ui.user().role().name())));
        user.setId("status-user");
        Label work = new Label();
        work.setId("status-work");
        work.textProperty().bind(tasks.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(tasks.progressProperty());
        bar.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(16, database, spacer, work, bar, user);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(6, 12, 6, 12));
        status.getStyleClass().add("status-bar");
        return status;
    }

    void show(String id) {
        ScreenSpec spec = specs.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Screen screen = built.computeIfAbsent(id, k -> spec.factory().apply(ui));
        buttons.get(id).setSelected(true);
        Node node = screen.node();
        node.setId("screen-" + id);
        content.getChildren().setAll(node);
        screen.onShow();
    }

    Parent node() {
        return root;
    }
}
