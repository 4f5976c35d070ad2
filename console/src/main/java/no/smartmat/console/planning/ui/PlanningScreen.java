package no.smartmat.console.planning.ui;

import no.smartmat.console.fleet.FleetService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Driver;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.planning.AreaCentre;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.console.planning.LatestOnlyRelay;
import no.smartmat.console.planning.PlanComparison;
import no.smartmat.console.planning.PlanFigures;
import no.smartmat.console.planning.PlanWorkbench;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.StopRow;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.solver.Progress;
import no.smartmat.planner.solver.SolveHandle;
import no.smartmat.planner.solver.SolveLimits;

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
                           List<AreaCentre> areas, List<Driver> drivers, List<Vehicle> vehicles) {}

    private record Solved(DayScenario day, Plan plan, boolean stopped, Duration elapsed) {}

    /** One solve in progress: its handle once the solver runs, and whether Stopp came before that. */
    private static final class SolveRun {
        final AtomicReference<SolveHandle> handle = new AtomicReference<>();
        volatile boolean stopRequested;
        final long startedNanos = System.nanoTime();
        final long limitSeconds;

        SolveRun(long limitSeconds) {
            this.limitSeconds = limitSeconds;
        }

        void attach(SolveHandle h) {
            handle.set(h);
            if (stopRequested) {
                h.stop();
            }
        }

        void stop() {
            stopRequested = true;
            Optional.ofNullable(handle.get()).ifPresent(SolveHandle::stop);
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
    }

    /** What the totals are compared with: the plan before the last change, or a saved version. */
    private record Baseline(Optional<StoredPlan> version) {}

    private final UiContext ui;
    private final PlanningService planning;
    private final FleetService fleet;
    private final boolean editable;
    private final BorderPane root = new BorderPane();
    private final DatePicker date = new DatePicker();
    private final Label dayFacts = new Label();
    private final Spinner<Integer> seconds;
    private final CheckBox fromCurrent = new CheckBox();
    private final Button solve = new Button();
    private final Button stop = new Button();
    private final Button reload = new Button();
    private final ProgressBar solveBar = new ProgressBar();
    private final Label solveStatus = new Label();
    private final Label versionLabel = new Label();
    private final javafx.scene.layout.FlowPane figures = new javafx.scene.layout.FlowPane(16, 4);
    private final ComboBox<Baseline> baseline = new ComboBox<>();
    private final Button undo = new Button();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Label message = new Label();
    private final PlanMapView map;
    private final RoutesPane routes;
    private final DayPane dayPane;
    private final TableView<StoredPlan> versionsTable = new TableView<>();
    private final Button openVersion = new Button();
    private final Timeline clock;
    private final Map<Long, PlanFigures> versionFigures = new HashMap<>();

    private Optional<PlanWorkbench> bench = Optional.empty();
    private List<AreaCentre> areas = List.of();
    private Map<String, Driver> drivers = Map.of();
    private List<StoredPlan> versions = List.of();
    private Optional<SolveRun> running = Optional.empty();
    private Optional<Progress> lastProgress = Optional.empty();
    private boolean loading;
    private boolean changingDate;
    private boolean firstShow = true;

    public PlanningScreen(UiContext ui, PlanningService planning, FleetService fleet) {
        this.ui = ui;
        this.planning = planning;
        this.fleet = fleet;
        this.editable = ui.user().role().canPlan();
        this.seconds = new Spinner<>(1, 3600, Math.max(1, planning.settings().defaultSeconds()), 10);
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
        map.onStopClicked(routes::reveal);
        map.describeStopsWith(this::describeStop);
        clock = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> showSolveStatus()));
        clock.setCycleCount(Timeline.INDEFINITE);

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
        if (running.isPresent() || loading) {
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
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), DATE);
                } catch (java.time.format.DateTimeParseException e) {
                    return date.getValue();
                }
            }
        });
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

        solve.setId("planning-solve");
        solve.setText(ui.tr("planning.solve"));
        solve.getStyleClass().add("accent");
        solve.setOnAction(e -> solve());
        stop.setId("planning-stop");
        stop.setText(ui.tr("planning.stop"));
        stop.getStyleClass().add("danger");
        stop.setOnAction(e -> running.ifPresent(SolveRun::stop));
        Label secondsLabel = new Label(ui.tr("planning.seconds"));
        seconds.setId("planning-seconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(96);
        seconds.setTooltip(new Tooltip(ui.tr("planning.seconds.tooltip")));
        fromCurrent.setId("planning-from-current");
        fromCurrent.setText(ui.tr("planning.fromCurrent"));
        fromCurrent.setSelected(true);
        fromCurrent.setTooltip(new Tooltip(ui.tr("planning.fromCurrent.tooltip")));
        fromCurrent.selectedProperty().addListener((o, a, b) -> updateControls());
        solveBar.setId("planning-solve-progress");
        solveBar.setPrefWidth(140);
        solveBar.setMinWidth(Region.USE_PREF_SIZE);
        solveBar.setVisible(false);
        solveBar.managedProperty().bind(solveBar.visibleProperty());
        solveStatus.setId("planning-solve-status");
        solveStatus.setMinWidth(0);
        solveStatus.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> solveStatus.getText().isEmpty() ? null : new Tooltip(solveStatus.getText()), solveStatus.textProperty()));
        solveStatus.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(solveStatus, Priority.ALWAYS);
        HBox row2 = new HBox(10, solve, stop, secondsLabel, seconds, fromCurrent, solveBar, solveStatus);
        row2.setAlignment(Pos.CENTER_LEFT);
        for (Region n : List.of(secondsLabel, fromCurrent, solve, stop, seconds)) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }

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

        figures.setId("planning-figures");
        figures.setAlignment(Pos.CENTER_LEFT);
        figures.setMinWidth(0);
        figures.setPrefWrapLength(1400);
        HBox.setHgrow(figures, Priority.ALWAYS);
        baseline.setId("planning-baseline");
        baseline.setPrefWidth(200);
        baseline.setMinWidth(Region.USE_PREF_SIZE);
        baseline.setConverter(Converters.displaying(b -> b.version().map(v -> ui.tr("planning.baseline.version", String.valueOf(v.version()),
                        ui.tr("planning.status." + v.status()))).orElse(ui.tr("planning.baseline.lastChange"))));
        baseline.valueProperty().addListener((o, a, b) -> showFigures());
        Label against = new Label(ui.tr("planning.baseline"));
        against.setMinWidth(Region.USE_PREF_SIZE);
        HBox figuresLine = new HBox(10, figures, against, baseline);
        figuresLine.setAlignment(Pos.CENTER_LEFT);
        VBox planBar = new VBox(6, planLine, figuresLine);
        planBar.getStyleClass().add("planning-plan-bar");
        planBar.setPadding(new Insets(6, 10, 6, 10));

        VBox top = new VBox(8, row1, row2, planBar);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node centre() {
        Tab routesTab = new Tab(ui.tr("planning.tab.routes"), routes.routesNode());
        routesTab.setId("planning-tab-routes");
        Tab dayTab = new Tab(ui.tr("planning.tab.day"), dayPane.node());
        dayTab.setId("planning-tab-day");
        Tab versionsTab = new Tab(ui.tr("planning.tab.versions"), versionsNode());
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

    private Node versionsNode() {
        versionsTable.setId("planning-versions");
        versionsTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        versionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        versionsTable.getColumns().add(col(ui.tr("planning.versions.col.version"), 76, v -> "v" + v.version()));
        versionsTable.getColumns().add(col(ui.tr("planning.versions.col.status"), 96, v -> ui.tr("planning.status." + v.status())));
        versionsTable.getColumns().add(col(ui.tr("planning.versions.col.created"), 190,
                v -> v.createdBy() + " · " + DATE_TIME.format(v.createdAt().atZone(zone()))));
        versionsTable.getColumns().add(col(ui.tr("planning.versions.col.published"), 190,
                v -> v.publishedAt().map(t -> v.publishedBy().orElse("") + " · " + DATE_TIME.format(t.atZone(zone()))).orElse("")));
        versionsTable.getColumns().add(col(ui.tr("planning.versions.col.km"), 64, v -> ui.tr("planning.km", v.distanceKm())));
        versionsTable.getColumns().add(col(ui.tr("planning.versions.col.changes"), 220, StoredPlan::changeSummary));
        versionsTable.setPlaceholder(new Label(ui.tr("planning.versions.empty")));
        versionsTable.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<StoredPlan>() {
                @Override
                protected void updateItem(StoredPlan v, boolean empty) {
                    super.updateItem(v, empty);
                    getStyleClass().remove("planning-problem");
                    setTooltip(null);
                    if (!empty && v != null) {
                        if (!v.feasible() || !v.unassignedStopIds().isEmpty()) {
                            getStyleClass().add("planning-problem");
                        }
                        setTooltip(new Tooltip(ui.tr("planning.versions.tooltip", String.valueOf(v.version()),
                                ui.tr("planning.status." + v.status()), v.assignedCount(), v.unassignedStopIds().size(),
                                ui.tr(v.feasible() ? "planning.versions.feasible" : "planning.versions.infeasible"),
                                v.changeSummary().isEmpty() ? "–" : v.changeSummary())));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openVersion(row.getItem());
                }
            });
            return row;
        });
        openVersion.setId("planning-open-version");
        openVersion.setText(ui.tr("planning.versions.open"));
        openVersion.disableProperty().bind(versionsTable.getSelectionModel().selectedItemProperty().isNull());
        openVersion.setOnAction(e -> Optional.ofNullable(versionsTable.getSelectionModel().getSelectedItem()).ifPresent(this::openVersion));
        Label hint = new Label(ui.tr("planning.versions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, versionsTable, new HBox(10, openVersion), hint);
        VBox.setVgrow(versionsTable, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
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
        if (running.isPresent() || date.getValue() == null) {
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
                    fleet.drivers(), fleet.vehicles());
        }, data -> {
            loading = false;
            areas = data.areas();
            drivers = data.drivers().stream().collect(Collectors.toMap(Driver::code, d -> d, (a, b) -> a));
            versionFigures.clear();
            PlanWorkbench b = bench.orElseGet(() -> new PlanWorkbench(data.day(), planning::evaluate));
            b.open(data.day(), data.shown(), data.plan());
            bench = Optional.of(b);
            dayPane.show(data.day(), data.vehicles(), drivers);
            showVersions(data.versions());
            lastProgress = Optional.empty();
            solveStatus.setText("");
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
        versionsTable.getItems().setAll(list.reversed());
        Baseline chosen = baseline.getValue();
        List<Baseline> options = new ArrayList<>();
        options.add(new Baseline(Optional.empty()));
        list.reversed().forEach(v -> options.add(new Baseline(Optional.of(v))));
        baseline.getItems().setAll(options);
        baseline.setValue(chosen == null ? options.getFirst() : options.stream()
                .filter(o -> o.version().map(StoredPlan::id).equals(chosen.version().map(StoredPlan::id))).findFirst()
                .orElse(options.getFirst()));
    }

    private void openVersion(StoredPlan version) {
        if (running.isPresent() || bench.isEmpty()) {
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

    private void solve() {
        if (bench.isEmpty() || running.isPresent()) {
            return;
        }
        PlanWorkbench b = bench.get();
        LocalDate day = b.day().date();
        Optional<Plan> from = fromCurrent.isSelected() ? b.plan() : Optional.empty();
        Map<String, Pin> pins = b.pins();
        int limit = seconds.getValue();
        SolveLimits limits = SolveLimits.seconds(limit).withUnimproved(Duration.ofSeconds(
                Math.max(1, Math.min(limit, planning.settings().unimprovedSeconds()))));
        SolveRun run = new SolveRun(limit);
        running = Optional.of(run);
        lastProgress = Optional.empty();
        LatestOnlyRelay<Progress> relay = new LatestOnlyRelay<>(Platform::runLater, Duration.ofMillis(200), p -> {
            if (running.filter(r -> r == run).isPresent()) {
                lastProgress = Optional.of(p);
                showSolveStatus();
            }
        });
        message(from.isPresent() ? ui.tr("planning.solve.fromCurrent", pins.size()) : pins.isEmpty() ? ""
                : ui.tr("planning.solve.pinsKept", pins.size()), false);
        clock.play();
        updateControls();
        showSolveStatus();
        ui.tasks().submit(BackgroundTask.of(ui.tr("planning.solve.task", DATE.format(day)), progress -> {
            DayScenario scenario = planning.scenario(day, pins);
            SolveHandle handle = planning.start(scenario, from, limits, p -> {
                relay.offer(p);
                progress.update(p.assigned(), Math.max(1, p.total()), ui.tr("planning.solve.statusShort", p.assigned(), p.total()));
            });
            run.attach(handle);
            Plan plan = handle.await();
            return new Solved(scenario, plan, run.stopRequested, run.elapsed());
        }, solved -> {
            running = Optional.empty();
            clock.stop();
            bench.get().solved(solved.day(), solved.plan());
            solveStatus.setText(ui.tr(solved.stopped() ? "planning.solve.stopped" : "planning.solve.done",
                    minutesSeconds(solved.elapsed()), solved.plan().totals().assigned(),
                    solved.plan().totals().assigned() + solved.plan().unassigned().size(), solved.plan().score()));
            solveBar.setVisible(false);
            baseline.getSelectionModel().selectFirst();
            refresh(false, Optional.empty(), Optional.empty());
        }, e -> {
            running = Optional.empty();
            clock.stop();
            solveBar.setVisible(false);
            solveStatus.setText("");
            updateControls();
            error("planning.solve.failed", e);
        }));
    }

    private void showSolveStatus() {
        running.ifPresent(run -> {
            solveBar.setVisible(true);
            solveBar.setProgress(Math.min(1.0, run.elapsed().toMillis() / (run.limitSeconds * 1000.0)));
            String elapsed = minutesSeconds(run.elapsed());
            String limit = minutesSeconds(Duration.ofSeconds(run.limitSeconds));
            solveStatus.setText(lastProgress.map(p -> ui.tr("planning.solve.status", elapsed, limit, p.assigned(), p.total(),
                            ui.tr(p.feasible() ? "planning.solve.feasible" : "planning.solve.infeasible"), p.bestScore()))
                    .orElse(ui.tr("planning.solve.starting", elapsed, limit)));
        });
    }

    private static String minutesSeconds(Duration d) {
        long s = d.toSeconds();
        return "%d:%02d".formatted(s / 60, s % 60);
    }

    // ------------------------------------------------------------------ manual changes

    private void moveStop(String stopId, Optional<String> vehicleId, int index) {
        bench.filter(b -> editable && running.isEmpty()).ifPresent(b -> {
            if (b.move(stopId, vehicleId, index)) {
                String who = b.day().stops().get(stopId).clientName();
                message(vehicleId.map(v -> ui.tr("planning.moved", who, v, b.placement(stopId).map(p -> p.index() + 1).orElse(0)))
                        .orElse(ui.tr("planning.movedOut", who)), false);
                refresh(false, Optional.of(vehicleId.orElse(RoutesPane.UNASSIGNED)), Optional.of(stopId));
            }
        });
    }

    private void pinStop(String stopId, boolean pin) {
        bench.filter(b -> editable && running.isEmpty()).ifPresent(b -> {
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
        int newVersion = b.unsaved() ? versions.stream().mapToInt(StoredPlan::version).max().orElse(0) + 1
                : b.version().map(StoredPlan::version).orElse(0);
        Optional<StoredPlan> published = versions.stream().filter(v -> v.status() == StoredPlan.Status.PUBLISHED).findFirst();
        boolean replaces = published.isPresent() && (b.unsaved() || b.version().map(StoredPlan::id).orElse(-1L) != published.get().id());
        int hard = b.figures().map(PlanFigures::hardViolations).orElse(0);
        int unassigned = b.figures().map(PlanFigures::unassigned).orElse(0);
        List<String> lines = new ArrayList<>();
        published.filter(p -> replaces).ifPresent(p -> lines.add(ui.tr("planning.publish.replaces", String.valueOf(newVersion),
                String.valueOf(p.version()), p.publishedBy().orElse(""),
                p.publishedAt().map(t -> DATE_TIME.format(t.atZone(zone()))).orElse(""))));
        if (hard > 0) {
            lines.add(ui.tr("planning.publish.broken", hard));
        }
        if (unassigned > 0) {
            lines.add(ui.tr("planning.publish.unassigned", unassigned));
        }
        if (!lines.isEmpty()) {
            lines.add(ui.tr("planning.publish.effect", String.valueOf(newVersion)));
            if (!confirm(ui.tr("planning.publish.title", String.valueOf(newVersion)), String.join("\n\n", lines),
                    ui.tr("planning.publish.ok", String.valueOf(newVersion)))) {
                return;
            }
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
        showFigures();
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

    private void showFigures() {
        figures.getChildren().clear();
        if (bench.isEmpty() || bench.get().figures().isEmpty()) {
            return;
        }
        PlanWorkbench b = bench.get();
        PlanFigures now = b.figures().get();
        Optional<PlanComparison> comparison = Optional.ofNullable(baseline.getValue()).flatMap(Baseline::version)
                .flatMap(v -> figuresOf(v).map(f -> new PlanComparison(f, now)))
                .or(() -> Optional.ofNullable(baseline.getValue()).filter(x -> x.version().isEmpty()).flatMap(x -> b.sinceLastChange()));
        for (PlanComparison.Measure m : PlanComparison.Measure.values()) {
            PlanComparison.Line line = comparison.map(c -> c.line(m)).orElse(new PlanComparison.Line(m, Double.NaN, valueOf(m, now)));
            Label value = new Label(valueText(m, now));
            value.setId("planning-figure-" + m.name());
            value.getStyleClass().add("planning-figure");
            if (m == PlanComparison.Measure.HARD_VIOLATIONS && now.hardViolations() > 0
                    || m == PlanComparison.Measure.ASSIGNED && now.unassigned() > 0) {
                value.getStyleClass().add("planning-warning");
            }
            HBox cell = new HBox(3, value);
            cell.setAlignment(Pos.BASELINE_LEFT);
            if (comparison.isPresent()) {
                Label delta = new Label(deltaText(m, line.delta()));
                delta.setId("planning-delta-" + m.name());
                delta.getStyleClass().add(switch (line.direction()) {
                    case BETTER -> "planning-better";
                    case WORSE -> "planning-worse";
                    case SAME -> "planning-same";
                });
                cell.getChildren().add(delta);
            }
            figures.getChildren().add(cell);
        }
    }

    private Optional<PlanFigures> figuresOf(StoredPlan version) {
        if (bench.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(versionFigures.computeIfAbsent(version.id(), id -> {
            DayScenario day = bench.get().day();
            Plan plan = planning.asPlannerPlan(day, version);
            return PlanFigures.of(planning.evaluate(day, plan.assignment()));
        }));
    }

    private static double valueOf(PlanComparison.Measure m, PlanFigures f) {
        return new PlanComparison(f, f).line(m).after();
    }

    private String valueText(PlanComparison.Measure m, PlanFigures f) {
        return switch (m) {
            case DISTANCE_KM -> ui.tr("planning.figure.distance", f.distanceKm());
            case VANS_USED -> ui.tr("planning.figure.vans", f.vansUsed());
            case ASSIGNED -> ui.tr("planning.figure.assigned", f.assigned(), f.stops());
            case PREFERRED_DRIVER_SHARE -> ui.tr("planning.figure.preferred", f.preferredDriverShare());
            case HARD_VIOLATIONS -> ui.tr("planning.figure.violations", f.hardViolations());
        };
    }

    private String deltaText(PlanComparison.Measure m, double delta) {
        return switch (m) {
            case DISTANCE_KM -> ui.tr("planning.delta.km", Math.abs(delta) < 0.05 ? "±" : delta > 0 ? "+" : "−", Math.abs(delta));
            case PREFERRED_DRIVER_SHARE -> ui.tr("planning.delta.points", Math.abs(delta) < 0.0005 ? "±" : delta > 0 ? "+" : "−",
                    Math.abs(delta) * 100);
            default -> ui.tr("planning.delta.count", Math.round(delta) == 0 ? "±" : delta > 0 ? "+" : "−", Math.abs(Math.round(delta)));
        };
    }

    private void updateControls() {
        boolean solving = running.isPresent();
        boolean hasDay = bench.isPresent() && !loading;
        boolean hasPlan = hasDay && bench.get().plan().isPresent();
        boolean unsaved = hasPlan && bench.get().unsaved();
        boolean publishedShown = hasPlan && !unsaved
                && bench.get().version().filter(v -> v.status() == StoredPlan.Status.PUBLISHED).isPresent();
        date.setDisable(solving);
        reload.setDisable(solving || loading);
        seconds.setDisable(solving || !editable);
        fromCurrent.setDisable(solving || !hasPlan || !editable);
        solve.setDisable(solving || !hasDay || !editable || bench.get().day().scenario().stops().isEmpty());
        solve.setText(ui.tr(hasPlan && fromCurrent.isSelected() ? "planning.resolve" : "planning.solve"));
        stop.setDisable(!solving);
        undo.setDisable(solving || !editable || bench.isEmpty() || !bench.get().canUndo());
        save.setDisable(solving || !editable || !unsaved);
        publish.setDisable(solving || !editable || !hasPlan || publishedShown);
        if (!editable) {
            solveStatus.setText(ui.tr("planning.readOnly"));
        }
    }

    private String describeStop(String stopId) {
        return bench.flatMap(b -> b.stopRow(stopId)).map(r -> ui.tr("planning.map.stopTooltip", r.info().clientName(),
                r.info().address(), RoutesPane.time(r.spec().windowStart()), RoutesPane.time(r.spec().windowEnd()),
                r.vehicleId().map(v -> v + " #" + r.position()).orElse(ui.tr("planning.routes.unassigned")),
                r.arrival().map(RoutesPane::time).orElse("–"))).orElse(stopId);
    }

    private boolean confirm(String title, String text, String okText) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ui.tr("planning.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        alert.initOwner(ui.window());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("planning-confirm");
        alert.getDialogPane().lookupButton(ok).setId("planning-confirm-ok");
        alert.getDialogPane().lookupButton(cancel).setId("planning-confirm-cancel");
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(ok::equals).isPresent();
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

    private ZoneId zone() {
        return ui.zone();
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        return c;
    }

    // for tests: the parts they look at
    PlanMapView map() {
        return map;
    }

    Optional<PlanWorkbench> workbench() {
        return bench;
    }
}
