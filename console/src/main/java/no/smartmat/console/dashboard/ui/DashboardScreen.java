package no.smartmat.console.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.dashboard.DashboardCard;
import no.smartmat.console.dashboard.DashboardService;
import no.smartmat.console.tasks.BackgroundTask;

/** "Dagens oversikt": what goes out today, what came in, the plan's state, and what needs attention. */
public final class DashboardScreen implements Screen {

    private final UiContext ui;
    private final DashboardService service;
    private final FlowPane cards = new FlowPane(16, 16);
    private final VBox root;
    private final Label heading = new Label();
    private final Supplier<List<DashboardCard>> featureCards;

    /** {@code featureCards} is called off the FX thread, with the rest of the day's numbers. */
    public DashboardScreen(UiContext ui, DashboardService service, Supplier<List<DashboardCard>> featureCards) {
        this.ui = ui;
        this.service = service;
        this.featureCards = featureCards;
        heading.getStyleClass().add("title-2");
        heading.setId("dashboard-heading");
        cards.setPadding(new Insets(8, 0, 0, 0));
        // TOP, not FlowPane's default BASELINE: baselines of cards with wrapped lines are measured at another width,
        // and the second row of cards was drawn over the first
        cards.setRowValignment(javafx.geometry.VPos.TOP);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root = new VBox(8, heading, scroll);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        LocalDate today = LocalDate.now(ui.clock());
        heading.setText(ui.tr("dashboard.heading", today.format(DateTimeFormatter.ofPattern("EEEE d. MMMM", ui.messages().locale()))));
        ui.tasks().submit(BackgroundTask.of(ui.tr("dashboard.loading"),
                p -> new Loaded(service.day(today), featureCards.get()), this::render,
                e -> cards.getChildren().setAll(new Label(ui.tr("dashboard.loadFailed", e.getMessage())))));
    }

    private record Loaded(DashboardService.Day day, List<DashboardCard> extra) {}

    private void render(Loaded loaded) {
        DashboardService.Day day = loaded.day();
        cards.getChildren().clear();
        cards.getChildren().add(card("dashboard-deliveries", ui.tr("dashboard.deliveries.title"),
                day.stops() == 0 ? List.of(ui.tr("dashboard.deliveries.none"))
                        : List.of(ui.tr("dashboard.deliveries.stops", day.stops()),
                        ui.tr("dashboard.deliveries.packages", day.packages().chilled(), day.packages().frozen(),
                                day.packages().ambient()))));
        cards.getChildren().add(card("dashboard-areas", ui.tr("dashboard.areas.title"),
                day.areas().isEmpty() ? List.of(ui.tr("dashboard.areas.none"))
                        : day.areas().stream().map(a -> ui.tr("dashboard.areas.line", a.area(), a.stops())).toList()));
        cards.getChildren().add(card("dashboard-batches", ui.tr("dashboard.batches.title"),
                day.batches().isEmpty() ? List.of(ui.tr("dashboard.batches.none"))
                        : day.batches().stream().map(b -> ui.tr("dashboard.batches.line", b.supplier(), b.orders(), b.packages())).toList()));
        cards.getChildren().add(card("dashboard-plan", ui.tr("dashboard.plan.title"),
                day.plan().map(p -> List.of(ui.tr("dashboard.plan.status." + p.status(), p.version()),
                        ui.tr(p.feasible() ? "dashboard.plan.feasible" : "dashboard.plan.infeasible"),
                        ui.tr("dashboard.plan.distance", p.distanceKm())))
                        .orElse(List.of(ui.tr("dashboard.plan.none")))));
        for (DashboardCard extra : loaded.extra()) {
            cards.getChildren().add(card(extra.id(), extra.title(), extra.lines()));
        }
    }

    static Node card(String id, String title, List<String> lines) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        VBox box = new VBox(6, t);
        lines.forEach(l -> {
            Label line = new Label(l);
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.getChildren().add(line);
        });
        box.setId(id);
        box.getStyleClass().add("dashboard-card");
        box.setPadding(new Insets(14));
        box.setPrefWidth(300);
        return box;
    }
}
