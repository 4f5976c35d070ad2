package no.smartmat.console.planning.ui;

import no.smartmat.console.fleet.FleetService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Confirmation;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Driver;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.planning.AreaCentre;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.console.planning.PlanWorkbench;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.planning.StopRow;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.console.delivery.PlanStatus;

/**
 * "Planlegging": the coordinator picks a delivery day, sees what is to be delivered and with which vans, lets the
 * planner solve it in the background (best plan so far, stops assigned and time shown live; Stopp keeps the best),
 * looks at the plan on a map and in tables, moves and pins stops by hand (re-evaluated at once) or re-solves from
 * the current plan, compares the totals with the plan before, saves versions and publishes one. Publishing over a
 * published plan asks first and says which version it replaces.
 */
public final class PlanningScreen implements Screen {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    /** What a day needs to be shown, read off the UI thread. */
    private record DayData(DayScenario day, Optional<StoredPlan> shown, Optional<Plan> plan, List<StoredPlan> versions,
                           List<AreaCentre> areas, List<Driver> drivers, List<Vehicle> vehicles,
                           List<PublishedChange> changed) {}

    private final UiContext ui;
    private final PlanningService planning;
    private final FleetService fleet;
    private final boolean editable;
    private final BorderPane root = new BorderPane();
    private final DatePicker date = new DatePicker();
    private final Label dayFacts = new Label();
    private final Button reload = new Button();
    private final Label versionLabel = new Label();
    private final Button undo = new Button();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Label message = new Label();
    private final PlanMapView map;
    private final RoutesPane routes;
    private final DayPane dayPane;
    private final SolveBar solveBar;
    private final VersionsPane versionsPane;
    private final FiguresBar figuresBar;
    private final ChangesPane changes;

    private Optional<PlanWorkbench> bench = Optional.empty();
    private List<AreaCentre> areas = List.of();
    private Map<String, Driver> drivers = Map.of();
    private List<StoredPlan> versions = List.of();
    private boolean loading;
    private boolean changingDate;
    private boolean firstShow = true;

    public PlanningScreen(UiContext ui, PlanningService planning, FleetService fleet) {
        this.ui = ui;
        this.planning = planning;
        this.fleet = fleet;
        this.editable = ui.user().role().canPlan();
        this.map = new PlanMapView(ui);
        this.routes = new RoutesPane(ui, new RoutesPane.Actions() {
            @Override
            public void move(String stopId, Optional<String> vehicleId, int index) {
                moveStop(stopId, vehicleId, index);
            }

            @Override
            public void pin(String stopId, boolean pin) {
                pinStop(stopId, pin);
            }

            @Override
            public void selected(Optional<String> vehicleId, Optional<String> stopId) {
                map.select(vehicleId, stopId);
            }
        });
        this.dayPane = new DayPane(ui);
        this.solveBar = new SolveBar(ui, planning, editable, new SolveBar.Host() {
            @Override
            public Optional<PlanWorkbench> workbench() {
                return bench;
            }

            @Override
            public void starting(String text) {
                message(text, false);
                updateControls();
            }

            @Override
            public void solved(DayScenario day, Plan plan) {
                bench.get().solved(day, plan);
                figuresBar.compareWithLastChange();
                refresh(false, Optional.empty(), Optional.empty());
            }

            @Override
            public void failed(Throwable e) {
                updateControls();
                error("planning.solve.failed", e);
            }

            @Override
            public void choiceChanged() {
                updateControls();
            }
        });
        this.versionsPane = new VersionsPane(ui, this::openVersion);
        this.figuresBar = new FiguresBar(ui, planning, () -> bench);
        this.changes = new ChangesPane(ui, editable, this::acceptChanges);
        map.onStopClicked(routes::reveal);
        map.describeStopsWith(this::describeStop);

        root.setTop(top());
        root.setCenter(centre());
        root.getStylesheets().add(PlanningScreen.class.getResource("/ui/planning.css").toExternalForm());
        updateControls();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        if (solveBar.running() || loading) {
            return;
        }
        if (firstShow) {
            firstShow = false;
            LocalDate today = LocalDate.now(ui.clock());
            loading = true;
            ui.tasks().submit(BackgroundTask.of(ui.tr("planning.loading"), p -> planning.deliveryDayFrom(today),
                    day -> {
                        loading = false;
                        setDate(day);
                        load(day);
                    },
                    e -> {
                        loading = false;
                        error("planning.loadFailed", e);
                    }));
        } else if (bench.isEmpty() || !bench.get().unsaved()) {
            load(date.getValue());
        }
    }

    // ------------------------------------------------------------------ layout

    private Node top() {
        Label title = new Label(ui.tr("planning.title"));
        title.getStyleClass().add("title-2");
        title.setMinWidth(Region.USE_PREF_SIZE);
        date.setId("planning-date");
        date.setPrefWidth(140);
        date.setMinWidth(Region.USE_PREF_SIZE);
        date.setConverter(Converters.typedDate(date));
        date.valueProperty().addListener((o, was, now) -> dateChosen(was, now));
        dayFacts.setId("planning-day-facts");
        dayFacts.setMinWidth(0);
        dayFacts.setMaxWidth(Double.MAX_VALUE);
        dayFacts.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> dayFacts.getText().isEmpty() ? null : new Tooltip(dayFacts.getText()), dayFacts.textProperty()));
        HBox.setHgrow(dayFacts, Priority.ALWAYS);
        reload.setId("planning-reload");
        reload.setText(ui.tr("planning.reload"));
        reload.setTooltip(new Tooltip(ui.tr("planning.reload.tooltip")));
        reload.setMinWidth(Region.USE_PREF_SIZE);
        reload.setOnAction(e -> reloadDay());
        HBox row1 = new HBox(12, title, date, reload, dayFacts);
        row1.setAlignment(Pos.CENTER_LEFT);

        versionLabel.setId("planning-version");
        versionLabel.getStyleClass().add("planning-version");
        versionLabel.setMinWidth(Region.USE_PREF_SIZE);
        undo.setId("planning-undo");
        undo.setText(ui.tr("planning.undo"));
        undo.setOnAction(e -> bench.ifPresent(b -> {
            if (b.undo()) {
                message(ui.tr("planning.undone"), false);
                refresh(false, Optional.empty(), Optional.empty());
            }
        }));
        save.setId("planning-save");
        save.setText(ui.tr("planning.save"));
        save.setOnAction(e -> saveDraft());
        publish.setId("planning-publish");
        publish.setText(ui.tr("planning.publish"));
        publish.getStyleClass().add("success");
        publish.setOnAction(e -> publish());
        for (Button b : List.of(undo, save, publish)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setId("planning-message");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> message.getText().isEmpty() ? null : new Tooltip(message.getText()), message.textProperty()));
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox planLine = new HBox(14, versionLabel, message, undo, save, publish);
        planLine.setAlignment(Pos.CENTER_LEFT);

        VBox planBar = new VBox(6, planLine, figuresBar.node());
        planBar.getStyleClass().add("planning-plan-bar");
        planBar.setPadding(new Insets(6, 10, 6, 10));

        VBox top = new VBox(8, row1, solveBar.node(), planBar, changes.node());
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node centre() {
        Tab routesTab = new Tab(ui.tr("planning.tab.routes"), routes.routesNode());
        routesTab.setId("planning-tab-routes");
        Tab dayTab = new Tab(ui.tr("planning.tab.day"), dayPane.node());
        dayTab.setId("planning-tab-day");
        Tab versionsTab = new Tab(ui.tr("planning.tab.versions"), versionsPane.node());
        versionsTab.setId("planning-tab-versions");
        TabPane tabs = new TabPane(routesTab, dayTab, versionsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane upper = new SplitPane(map, tabs);
        upper.setOrientation(Orientation.HORIZONTAL);
        upper.setDividerPositions(0.38);
        SplitPane split = new SplitPane(upper, routes.stopsNode());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        return split;
    }

    // ------------------------------------------------------------------ loading a day

    private void setDate(LocalDate day) {
        changingDate = true;
        try {
            date.setValue(day);
        } finally {
            changingDate = false;
        }
    }

    private void dateChosen(LocalDate was, LocalDate now) {
        if (changingDate || now == null || now.equals(was)) {
            return;
        }
        if (bench.filter(PlanWorkbench::unsaved).isPresent()
                && !confirm(ui.tr("planning.discard.title"), ui.tr("planning.discard.text", DATE.format(bench.get().day().date())),
                ui.tr("planning.discard.ok"))) {
            setDate(was);
            return;
        }
        load(now);
    }

    private void reloadDay() {
        if (solveBar.running() || date.getValue() == null) {
            return;
        }
        if (bench.filter(PlanWorkbench::unsaved).isPresent() && !confirm(ui.tr("planning.discard.title"),
                ui.tr("planning.discard.reload"), ui.tr("planning.discard.ok"))) {
            return;
        }
        load(date.getValue());
    }

    private void load(LocalDate day) {
        if (day == null) {
            return;
        }
        loading = true;
        updateControls();
        ui.tasks().submit(BackgroundTask.of(ui.tr("planning.loadingDay", DATE.format(day)), p -> {
            DayScenario scenario = planning.scenario(day);
            Optional<StoredPlan> latest = planning.latest(day);
            Optional<Plan> plan = latest.map(s -> planning.asPlannerPlan(scenario, s));
            return new DayData(scenario, latest, plan, planning.versions(day), planning.areaCentres(),
                    fleet.drivers(), fleet.vehicles(), planning.changesAfterPublishing(day));
        }, data -> {
            loading = false;
            areas = data.areas();
            drivers = data.drivers().stream().collect(Collectors.toMap(Driver::code, d -> d, (a, b) -> a));
            figuresBar.forgetVersions();
            PlanWorkbench b = bench.orElseGet(() -> new PlanWorkbench(data.day(), planning::evaluate));
            b.open(data.day(), data.shown(), data.plan());
            bench = Optional.of(b);
            dayPane.show(data.day(), data.vehicles(), drivers);
            showVersions(data.versions());
            changes.show(data.changed());
            solveBar.clearStatus();
            message("", false);
            refresh(true, Optional.empty(), Optional.empty());
        }, e -> {
            loading = false;
            updateControls();
            error("planning.loadFailed", e);
        }));
    }

    private void showVersions(List<StoredPlan> list) {
        versions = List.copyOf(list);
        versionsPane.show(list);
        figuresBar.showVersions(list);
    }

    private void openVersion(StoredPlan version) {
        if (solveBar.running() || bench.isEmpty()) {
            return;
        }
        if (bench.get().unsaved() && !confirm(ui.tr("planning.discard.title"),
                ui.tr("planning.discard.version", String.valueOf(version.version())), ui.tr("planning.discard.ok"))) {
            return;
        }
        DayScenario day = bench.get().day();
        ui.tasks().submit(BackgroundTask.of(ui.tr("planning.loading"), p -> {
            StoredPlan stored = planning.load(version.id()).orElseThrow();
            return Map.entry(stored, planning.asPlannerPlan(day, stored));
        }, loaded -> {
            bench.get().open(day, Optional.of(loaded.getKey()), Optional.of(loaded.getValue()));
            message(ui.tr("planning.versions.opened", String.valueOf(loaded.getKey().version())), false);
            refresh(false, Optional.empty(), Optional.empty());
        }, e -> error("planning.loadFailed", e)));
    }

    // ------------------------------------------------------------------ solving

    // ------------------------------------------------------------------ manual changes

    private void moveStop(String stopId, Optional<String> vehicleId, int index) {
        bench.filter(b -> editable && !solveBar.running()).ifPresent(b -> {
            if (b.move(stopId, vehicleId, index)) {
                String who = b.day().stops().get(stopId).clientName();
                message(vehicleId.map(v -> ui.tr("planning.moved", who, v, b.placement(stopId).map(p -> p.index() + 1).orElse(0)))
                        .orElse(ui.tr("planning.movedOut", who)), false);
                refresh(false, Optional.of(vehicleId.orElse(RoutesPane.UNASSIGNED)), Optional.of(stopId));
            }
        });
    }

    private void pinStop(String stopId, boolean pin) {
        bench.filter(b -> editable && !solveBar.running()).ifPresent(b -> {
            if (b.setPinned(stopId, pin)) {
                String who = b.day().stops().get(stopId).clientName();
                message(ui.tr(pin ? "planning.pinned" : "planning.unpinned", who), false);
                refresh(false, Optional.empty(), Optional.of(stopId));
            }
        });
    }

    // ------------------------------------------------------------------ saving and publishing

    private void saveDraft() {
        bench.filter(b -> b.plan().isPresent() && b.unsaved()).ifPresent(b -> {
            DayScenario day = b.day();
            Plan plan = b.plan().get();
            var pinned = b.pinnedStopIds();
            ui.tasks().submit(BackgroundTask.of(ui.tr("planning.saving"), p -> {
                StoredPlan saved = planning.saveDraft(day, plan, pinned, ui.user());
                return Map.entry(saved, planning.versions(day.date()));
            }, result -> {
                b.savedAs(result.getKey());
                showVersions(result.getValue());
                message(ui.tr("planning.saved", String.valueOf(result.getKey().version())), false);
                refresh(false, Optional.empty(), Optional.empty());
            }, e -> error("planning.saveFailed", e)));
        });
    }

    private void publish() {
        if (bench.isEmpty() || bench.get().plan().isEmpty()) {
            return;
        }
        PlanWorkbench b = bench.get();
        PlanWorkbench.PublishPreview preview = b.publishPreview(versions);
        if (preview.needsConfirmation() && !confirmPublish(preview)) {
            return;
        }
        DayScenario day = b.day();
        Plan plan = b.plan().get();
        var pinned = b.pinnedStopIds();
        boolean saveFirst = b.unsaved();
        long existing = b.version().map(StoredPlan::id).orElse(-1L);
        ui.tasks().submit(BackgroundTask.of(ui.tr("planning.publishing"), p -> {
            long id = saveFirst ? planning.saveDraft(day, plan, pinned, ui.user()).id() : existing;
            StoredPlan done = planning.publish(id, ui.user());
            return Map.entry(done, planning.versions(day.date()));
        }, result -> {
            changes.show(planning.changesAfterPublishing(day.date()));
            if (saveFirst) {
                b.savedAs(result.getKey());
            } else {
                b.versionChanged(result.getKey());
            }
            showVersions(result.getValue());
            message(ui.tr("planning.published", String.valueOf(result.getKey().version()), result.getKey().changeSummary()), false);
            refresh(false, Optional.empty(), Optional.empty());
        }, e -> error("planning.publishFailed", e)));
    }

    /** The coordinator keeps the published plan as it is: the day's changes after publishing are accepted. */
    private void acceptChanges() {
        LocalDate day = date.getValue();
        if (day == null || !editable) {
            return;
        }
        ui.tasks().submit(BackgroundTask.of(ui.tr("planning.saving"), p -> {
            int accepted = planning.acceptChangesAfterPublishing(day, ui.user());
            return Map.entry(accepted, planning.changesAfterPublishing(day));
        }, result -> {
            changes.show(result.getValue());
            message(ui.tr("planning.changed.accepted", result.getKey()), false);
        }, e -> error("planning.saveFailed", e)));
    }

    // ------------------------------------------------------------------ showing

    /** Shows the workbench's current state everywhere: tables, map, totals, version line, buttons. */
    private void refresh(boolean newDay, Optional<String> selectVehicle, Optional<String> selectStop) {
        bench.ifPresent(b -> {
            Map<String, String> names = drivers.values().stream().collect(Collectors.toMap(Driver::code, Driver::name));
            routes.show(b, names, editable, selectVehicle, selectStop);
            map.show(b.mapModel(areas), newDay);
            map.select(routes.selectedVehicle(), routes.selectedStop().map(StopRow::stopId));
            var s = b.day().scenario();
            var total = s.stops().stream().map(x -> x.demand()).reduce(no.smartmat.planner.scenario.Capacity.ZERO,
                    no.smartmat.planner.scenario.Capacity::plus);
            dayFacts.setText(ui.tr("planning.dayFacts", b.day().date().format(DateTimeFormatter.ofPattern("EEEE d. MMMM",
                    ui.messages().locale())), s.stops().size(), total.chilled(), total.frozen(), total.ambient(),
                    s.vehicles().size(), b.day().unplannable().size()));
            dayFacts.getStyleClass().remove("planning-warning");
            if (!b.day().unplannable().isEmpty()) {
                dayFacts.getStyleClass().add("planning-warning");
            }
            versionLabel.setText(versionText(b));
        });
        figuresBar.show();
        updateControls();
    }

    private String versionText(PlanWorkbench b) {
        if (b.plan().isEmpty()) {
            return ui.tr("planning.version.none");
        }
        String base = b.version().map(v -> ui.tr("planning.version.of", String.valueOf(v.version()), ui.tr("planning.status." + v.status())))
                .orElse(ui.tr("planning.version.new"));
        return b.unsaved() ? ui.tr("planning.version.unsaved", base) : base;
    }

    private void updateControls() {
        boolean solving = solveBar.running();
        boolean hasDay = bench.isPresent() && !loading;
        boolean hasPlan = hasDay && bench.get().plan().isPresent();
        boolean unsaved = hasPlan && bench.get().unsaved();
        boolean publishedShown = hasPlan && !unsaved
                && bench.get().version().filter(v -> v.status() == PlanStatus.PUBLISHED).isPresent();
        date.setDisable(solving);
        reload.setDisable(solving || loading);
        solveBar.updateControls(hasDay && !bench.get().day().scenario().stops().isEmpty(), hasPlan);
        undo.setDisable(solving || !editable || bench.isEmpty() || !bench.get().canUndo());
        save.setDisable(solving || !editable || !unsaved);
        publish.setDisable(solving || !editable || !hasPlan || publishedShown);
        changes.setDisable(solving || !editable);
    }

    private String describeStop(String stopId) {
        return bench.flatMap(b -> b.stopRow(stopId)).map(r -> ui.tr("planning.map.stopTooltip", r.info().clientName(),
                r.info().address(), RoutesPane.time(r.spec().windowStart()), RoutesPane.time(r.spec().windowEnd()),
                r.vehicleId().map(v -> v + " #" + r.position()).orElse(ui.tr("planning.routes.unassigned")),
                r.arrival().map(RoutesPane::time).orElse("–"))).orElse(stopId);
    }

    private boolean confirmPublish(PlanWorkbench.PublishPreview preview) {
        String newVersion = String.valueOf(preview.version());
        List<String> lines = new ArrayList<>();
        preview.replaces().ifPresent(p -> lines.add(ui.tr("planning.publish.replaces", newVersion, String.valueOf(p.version()),
                p.publishedBy().orElse(""), p.publishedAt().map(t -> DATE_TIME.format(t.atZone(ui.zone()))).orElse(""))));
        if (preview.brokenRules() > 0) {
            lines.add(ui.tr("planning.publish.broken", preview.brokenRules()));
        }
        if (preview.unassigned() > 0) {
            lines.add(ui.tr("planning.publish.unassigned", preview.unassigned()));
        }
        lines.add(ui.tr("planning.publish.effect", newVersion));
        return confirm(ui.tr("planning.publish.title", newVersion), String.join("\n\n", lines),
                ui.tr("planning.publish.ok", newVersion));
    }

    private boolean confirm(String title, String text, String okText) {
        return Confirmation.ask(ui, "planning-confirm", title, text, okText);
    }

    private void message(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().removeAll("planning-warning", "success-message");
        if (problem) {
            message.getStyleClass().add("planning-warning");
        }
    }

    private void error(String key, Throwable e) {
        message(ui.tr(key, Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())), true);
    }

    // for tests: the parts they look at
    PlanMapView map() {
        return map;
    }

    Optional<PlanWorkbench> workbench() {
        return bench;
    }
}
