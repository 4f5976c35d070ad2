package no.smartmat.console.planning.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.console.planning.LatestOnlyRelay;
import no.smartmat.console.planning.PlanWorkbench;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.SolveProgressText;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.ui.UiContext;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.solver.Progress;
import no.smartmat.planner.solver.SolveHandle;
import no.smartmat.planner.solver.SolveLimits;

/**
 * Planlegging's solver line: Planlegg / Stopp, how long, from the current plan or afresh, and the solve's progress
 * live. The solve runs in the background; the best plan so far is reported while it runs and handed to the screen
 * when it ends (Stopp keeps the best plan at once).
 */
final class SolveBar {

    /** What the solver line needs from the screen around it. */
    interface Host {
        Optional<PlanWorkbench> workbench();

        /** A solve starts; {@code text} says what it keeps (pins, the current plan), or is empty. */
        void starting(String text);

        void solved(DayScenario day, Plan plan);

        void failed(Throwable error);

        /** A choice on the line changed what the buttons do. */
        void choiceChanged();
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private record Solved(DayScenario day, Plan plan, boolean stopped, Duration elapsed) {}

    private final UiContext ui;
    private final PlanningService planning;
    private final boolean editable;
    private final Host host;
    private final Spinner<Integer> seconds;
    private final CheckBox fromCurrent = new CheckBox();
    private final Button solve = new Button();
    private final Button stop = new Button();
    private final ProgressBar solveBar = new ProgressBar();
    private final Label solveStatus = new Label();
    private final Timeline clock;
    private final HBox root;
    private Optional<SolveRun> running = Optional.empty();
    private Optional<Progress> lastProgress = Optional.empty();

    SolveBar(UiContext ui, PlanningService planning, boolean editable, Host host) {
        this.ui = ui;
        this.planning = planning;
        this.editable = editable;
        this.host = host;
        this.seconds = new Spinner<>(1, 3600, Math.max(1, planning.settings().defaultSeconds()), 10);
        clock = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> showSolveStatus()));
        clock.setCycleCount(Timeline.INDEFINITE);
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
        fromCurrent.selectedProperty().addListener((o, a, b) -> host.choiceChanged());
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
        root = new HBox(10, solve, stop, secondsLabel, seconds, fromCurrent, solveBar, solveStatus);
        root.setAlignment(Pos.CENTER_LEFT);
        for (Region n : List.of(secondsLabel, fromCurrent, solve, stop, seconds)) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }

    }

    Node node() {
        return root;
    }

    boolean running() {
        return running.isPresent();
    }

    /** A new day: nothing of the last solve is shown. */
    void clearStatus() {
        lastProgress = Optional.empty();
        solveStatus.setText("");
    }

    /** {@code canSolve}: a day with stops is shown; {@code hasPlan}: it has a plan to start from. */
    void updateControls(boolean canSolve, boolean hasPlan) {
        boolean solving = running.isPresent();
        seconds.setDisable(solving || !editable);
        fromCurrent.setDisable(solving || !hasPlan || !editable);
        solve.setDisable(solving || !canSolve || !editable);
        solve.setText(ui.tr(hasPlan && fromCurrent.isSelected() ? "planning.resolve" : "planning.solve"));
        stop.setDisable(!solving);
        if (!editable) {
            solveStatus.setText(ui.tr("planning.readOnly"));
        }
    }

    private void solve() {
        Optional<PlanWorkbench> bench = host.workbench();
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
        clock.play();
        host.starting(from.isPresent() ? ui.tr("planning.solve.fromCurrent", pins.size()) : pins.isEmpty() ? ""
                : ui.tr("planning.solve.pinsKept", pins.size()));
        showSolveStatus();
        ui.tasks().submit(BackgroundTask.of(ui.tr("planning.solve.task", DATE.format(day)), progress -> {
            DayScenario scenario = planning.scenario(day, pins);
            SolveHandle handle = planning.start(scenario, from, limits, p -> {
                relay.offer(p);
                progress.update(p.assigned(), Math.max(1, p.total()), ui.tr("planning.solve.statusShort", p.assigned(), p.total()));
            });
            run.attach(handle);
            Plan plan = handle.await();
            return new Solved(scenario, plan, run.stopRequested(), run.elapsed());
        }, solved -> {
            running = Optional.empty();
            clock.stop();
            Plan done = solved.plan();
            solveStatus.setText(ui.tr(solved.stopped() ? "planning.solve.stopped" : "planning.solve.done",
                    minutesSeconds(solved.elapsed()), SolveProgressText.summary(done.totals().assigned(),
                            done.totals().assigned() + done.unassigned().size(), done.totals().distanceKm(),
                            planning.evaluate(solved.day(), done.assignment()).broken(), ui.messages())));
            solveBar.setVisible(false);
            host.solved(solved.day(), solved.plan());
        }, e -> {
            running = Optional.empty();
            clock.stop();
            solveBar.setVisible(false);
            solveStatus.setText("");
            host.failed(e);
        }));
    }

    private void showSolveStatus() {
        running.ifPresent(run -> {
            solveBar.setVisible(true);
            solveBar.setProgress(Math.min(1.0, run.elapsed().toMillis() / (run.limitSeconds * 1000.0)));
            String elapsed = minutesSeconds(run.elapsed());
            String limit = minutesSeconds(Duration.ofSeconds(run.limitSeconds));
            solveStatus.setText(lastProgress.map(p -> ui.tr("planning.solve.status", elapsed, limit,
                            SolveProgressText.summary(p, ui.messages())))
                    .orElse(ui.tr("planning.solve.starting", elapsed, limit)));
        });
    }

    private static String minutesSeconds(Duration d) {
        return SolveProgressText.elapsed(d);
    }
}
