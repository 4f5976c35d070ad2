package no.smartmat.console.planning.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.console.planning.PlanComparison;
import no.smartmat.console.planning.PlanFigures;
import no.smartmat.console.planning.PlanWorkbench;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.UiContext;
import no.smartmat.planner.scenario.Plan;

/**
 * Planlegging's totals (driving, vans, stops assigned, regular-driver share, broken rules), each compared with the
 * plan before the last change or with a saved version the coordinator chooses.
 */
final class FiguresBar {

    /** What the totals are compared with: the plan before the last change, or a saved version. */
    private record Baseline(Optional<StoredPlan> version) {}

    private final UiContext ui;
    private final PlanningService planning;
    private final Supplier<Optional<PlanWorkbench>> workbench;
    private final FlowPane figures = new FlowPane(16, 4);
    private final ComboBox<Baseline> baseline = new ComboBox<>();
    private final Map<Long, PlanFigures> versionFigures = new HashMap<>();
    private final HBox root;

    FiguresBar(UiContext ui, PlanningService planning, Supplier<Optional<PlanWorkbench>> workbench) {
        this.ui = ui;
        this.planning = planning;
        this.workbench = workbench;
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
        baseline.valueProperty().addListener((o, a, b) -> show());
        Label against = new Label(ui.tr("planning.baseline"));
        against.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(10, figures, against, baseline);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Node node() {
        return root;
    }

    /** A new day: the totals of its versions are computed again when asked for. */
    void forgetVersions() {
        versionFigures.clear();
    }

    /** The day's versions as baselines, keeping the chosen one when it is still there. */
    void showVersions(List<StoredPlan> list) {
        Baseline chosen = baseline.getValue();
        List<Baseline> options = new ArrayList<>();
        options.add(new Baseline(Optional.empty()));
        list.reversed().forEach(v -> options.add(new Baseline(Optional.of(v))));
        baseline.getItems().setAll(options);
        baseline.setValue(chosen == null ? options.getFirst() : options.stream()
                .filter(o -> o.version().map(StoredPlan::id).equals(chosen.version().map(StoredPlan::id))).findFirst()
                .orElse(options.getFirst()));
    }

    void compareWithLastChange() {
        baseline.getSelectionModel().selectFirst();
    }

    /** Shows the current plan's totals, each with its change against the chosen baseline. */
    void show() {
        figures.getChildren().clear();
        Optional<PlanWorkbench> bench = workbench.get();
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
        Optional<PlanWorkbench> bench = workbench.get();
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
}
