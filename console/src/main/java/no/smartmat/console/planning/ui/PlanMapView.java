package no.smartmat.console.planning.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.console.planning.MapProjection;
import no.smartmat.console.planning.PlanMapModel;

/**
 * The day on a map without tiles: area names, routes in their vans' colours, stops (late ones ringed red, pinned
 * ones square, unassigned ones hollow grey), the depot and a scale bar. Scroll zooms around the pointer, dragging
 * pans, a click on a stop selects it, "Tilpass" fits the day again. A selected route is drawn over the faded rest
 * with its stop numbers.
 */
final class PlanMapView extends Pane {

    private static final double MARGIN = 28;

    private final UiContext ui;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private Optional<PlanMapModel> model = Optional.empty();
    private Optional<MapProjection> projection = Optional.empty();
    private boolean userMoved;
    private Optional<String> selectedVehicle = Optional.empty();
    private Optional<String> selectedStop = Optional.empty();
    private Consumer<String> onStopClicked = id -> {};
    private java.util.function.Function<String, String> describeStop = id -> id;
    private double dragX, dragY;
    private boolean dragged;

    PlanMapView(UiContext ui) {
        this.ui = ui;
        setId("planning-map");
        getStyleClass().add("planning-map");
        canvas.setManaged(false);
        getChildren().add(canvas);
        setMinSize(200, 200);
        Button fit = new Button(ui.tr("planning.map.fit"));
        fit.setId("planning-map-fit");
        fit.getStyleClass().add("small");
        fit.setOnAction(e -> fit());
        fit.setFocusTraversable(false);
        getChildren().add(fit);
        fit.layoutXProperty().bind(widthProperty().subtract(fit.widthProperty()).subtract(8));
        fit.setLayoutY(8);
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());

        canvas.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                projection = projection.map(p -> p.zoomed(Math.pow(1.0035, e.getDeltaY()), e.getX(), e.getY()));
                userMoved = true;
                draw();
            }
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            double dx = e.getX() - dragX, dy = e.getY() - dragY;
            if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
                dragged = true;
                projection = projection.map(p -> p.panned(dx, dy));
                dragX = e.getX();
                dragY = e.getY();
                userMoved = true;
                draw();
            }
        });
        canvas.setOnMouseClicked(e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                stopAt(e.getX(), e.getY()).ifPresent(s -> onStopClicked.accept(s.stopId()));
            }
        });
        canvas.setOnMouseMoved(e -> {
            Optional<PlanMapModel.StopMarker> s = stopAt(e.getX(), e.getY());
            if (s.isPresent()) {
                tooltip.setText(describeStop.apply(s.get().stopId()));
                if (!tooltip.isShowing()) {
                    tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
                }
            } else {
                tooltip.hide();
            }
        });
        canvas.setOnMouseExited(e -> tooltip.hide());
    }

    /** The model drawn last (what tests check instead of pixels). */
    Optional<PlanMapModel> model() {
        return model;
    }

    Optional<MapProjection> projection() {
        return projection;
    }

    void onStopClicked(Consumer<String> action) {
        this.onStopClicked = action;
    }

    void describeStopsWith(java.util.function.Function<String, String> describe) {
        this.describeStop = describe;
    }

    /** Shows a new model; keeps the user's zoom unless {@code refit} (a new day) or the user never moved the map. */
    void show(PlanMapModel newModel, boolean refit) {
        model = Optional.of(newModel);
        if (refit) {
            userMoved = false;
        }
        if (!userMoved || projection.isEmpty()) {
            projection = fitted();
        }
        draw();
    }

    void select(Optional<String> vehicleId, Optional<String> stopId) {
        selectedVehicle = vehicleId;
        selectedStop = stopId;
        draw();
    }

    void fit() {
        userMoved = false;
        projection = fitted();
        draw();
    }

    private Optional<MapProjection> fitted() {
        return model.filter(m -> getWidth() > 0 && getHeight() > 0)
                .map(m -> MapProjection.fit(m.bounds(), getWidth(), getHeight(), MARGIN));
    }

    private void resized() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        projection = userMoved ? projection.map(p -> p.resized(getWidth(), getHeight())) : fitted();
        draw();
    }

    private Optional<PlanMapModel.StopMarker> stopAt(double x, double y) {
        return model.flatMap(m -> projection.flatMap(p -> m.stopAt(p, x, y, 8)));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        if (model.isEmpty() || projection.isEmpty()) {
            return;
        }
        PlanMapModel m = model.get();
        MapProjection p = projection.get();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);

        for (PlanMapModel.RouteLine r : m.routes()) {
            boolean chosen = selectedVehicle.filter(r.vehicleId()::equals).isPresent();
            if (!chosen) {
                line(g, p, r, selectedVehicle.isPresent() ? 0.18 : 0.8, selectedVehicle.isPresent() ? 1.2 : 2.0);
            }
        }
        selectedVehicle.flatMap(v -> m.routes().stream().filter(r -> r.vehicleId().equals(v)).findFirst())
                .ifPresent(r -> line(g, p, r, 1.0, 3.5));

        areaLabels(g, p, m, false);

        for (PlanMapModel.StopMarker s : m.stops()) {
            boolean faded = selectedVehicle.isPresent() && !s.vehicleId().equals(selectedVehicle);
            if (!faded) {
                continue;
            }
            marker(g, p, s, 3.0, 0.35);
        }
        for (PlanMapModel.StopMarker s : m.stops()) {
            boolean chosen = selectedVehicle.isPresent() && s.vehicleId().equals(selectedVehicle);
            if (selectedVehicle.isEmpty() || chosen) {
                marker(g, p, s, chosen ? 6.0 : 4.2, 1.0);
                if (chosen) {
                    g.setFill(Color.WHITE);
                    g.setFont(Font.font("System", FontWeight.BOLD, 9));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(Integer.toString(s.sequence()), p.x(s.at().lon()), p.y(s.at().lat()));
                }
            }
        }
        areaLabels(g, p, m, true);
        selectedStop.flatMap(m::stop).ifPresent(s -> {
            double x = p.x(s.at().lon()), y = p.y(s.at().lat());
            g.setStroke(Color.BLACK);
            g.setLineWidth(2.5);
            g.strokeOval(x - 11, y - 11, 22, 22);
        });

        double dx = p.x(m.depot().lon()), dy = p.y(m.depot().lat());
        g.setFill(Color.web("#24292f"));
        g.fillRect(dx - 7, dy - 7, 14, 14);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeRect(dx - 7, dy - 7, 14, 14);
        label(g, m.depotName(), dx + 11, dy, TextAlignment.LEFT, Font.font("System", FontWeight.BOLD, 12), Color.web("#24292f"));

        scaleBar(g, p, h);
        legend(g, w, h);
    }

    private static void line(GraphicsContext g, MapProjection p, PlanMapModel.RouteLine r, double alpha, double width) {
        Color c = RouteColours.of(r.colour());
        g.setStroke(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
        g.setLineWidth(width);
        g.beginPath();
        boolean first = true;
        for (GeoPoint pt : r.path()) {
            if (first) {
                g.moveTo(p.x(pt.lon()), p.y(pt.lat()));
                first = false;
            } else {
                g.lineTo(p.x(pt.lon()), p.y(pt.lat()));
            }
        }
        g.stroke();
    }

    private static void marker(GraphicsContext g, MapProjection p, PlanMapModel.StopMarker s, double r, double alpha) {
        double x = p.x(s.at().lon()), y = p.y(s.at().lat());
        Color c = RouteColours.of(s.colour());
        Color fill = s.vehicleId().isEmpty() ? Color.WHITE : c;
        g.setGlobalAlpha(alpha);
        if (s.late()) {
            g.setStroke(RouteColours.PROBLEM);
            g.setLineWidth(2.5);
            g.strokeOval(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
        }
        g.setFill(fill);
        g.setStroke(s.vehicleId().isEmpty() ? RouteColours.UNASSIGNED : Color.WHITE);
        g.setLineWidth(s.vehicleId().isEmpty() ? 1.8 : 1.0);
        if (s.pinned()) {
            g.fillRect(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.5);
            g.strokeRect(x - r, y - r, 2 * r, 2 * r);
        } else {
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setGlobalAlpha(1.0);
    }

    /** Neighbouring areas under the stops, the day's own areas over them: those are what the coordinator reads. */
    private static void areaLabels(GraphicsContext g, MapProjection p, PlanMapModel m, boolean today) {
        for (PlanMapModel.AreaLabel a : m.areas()) {
            if (a.today() != today) {
                continue;
            }
            double x = p.x(a.at().lon()), y = p.y(a.at().lat());
            if (x < -100 || y < -20 || x > p.width() + 100 || y > p.height() + 20) {
                continue;
            }
            Font font = a.today() ? Font.font("System", FontWeight.BOLD, 14) : Font.font("System", FontWeight.NORMAL, 12);
            label(g, a.name().toUpperCase(java.util.Locale.ROOT), x, y, TextAlignment.CENTER, font,
                    a.today() ? Color.web("#24292f", 0.75) : Color.web("#57606a", 0.7));
        }
    }

    /** Text with a white halo, legible over lines of any colour. */
    private static void label(GraphicsContext g, String text, double x, double y, TextAlignment align, Font font, Color colour) {
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(Color.rgb(255, 255, 255, 0.85));
        g.setLineWidth(3.5);
        g.strokeText(text, x, y);
        g.setFill(colour);
        g.fillText(text, x, y);
    }

    private void scaleBar(GraphicsContext g, MapProjection p, double h) {
        double target = 110 * p.kmPerPixel();
        double km = 0.1;
        for (double nice : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50}) {
            if (nice <= target) {
                km = nice;
            }
        }
        double px = km / p.kmPerPixel();
        double x = 14, y = h - 16;
        g.setStroke(Color.web("#24292f"));
        g.setLineWidth(2);
        g.strokeLine(x, y, x + px, y);
        g.strokeLine(x, y - 5, x, y + 1);
        g.strokeLine(x + px, y - 5, x + px, y + 1);
        label(g, ui.tr("planning.map.scale", km), x + px / 2, y - 11, TextAlignment.CENTER,
                Font.font("System", 11), Color.web("#24292f"));
    }

    private void legend(GraphicsContext g, double w, double h) {
        String[] items = {ui.tr("planning.map.legend.stop"), ui.tr("planning.map.legend.unassigned"),
                ui.tr("planning.map.legend.late"), ui.tr("planning.map.legend.pinned")};
        double x = w - 14;
        double y = h - 16;
        Font font = Font.font("System", 11);
        double total = 0;
        for (String item : items) {
            total += textWidth(item, font) + 32;
        }
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(x - total - 4, y - 11, total + 12, 22, 8, 8);
        for (int i = items.length - 1; i >= 0; i--) {
            double textWidth = textWidth(items[i], font);
            label(g, items[i], x, y, TextAlignment.RIGHT, font, Color.web("#24292f"));
            double mx = x - textWidth - 14;
            PlanMapModel.StopMarker sample = new PlanMapModel.StopMarker("", new GeoPoint(0, 0),
                    i == 1 ? Optional.empty() : Optional.of(""), i == 1 ? -1 : 0, 0, i == 2, i == 3);
            markerAt(g, sample, mx, y);
            x = mx - 18;
        }
    }

    private static void markerAt(GraphicsContext g, PlanMapModel.StopMarker s, double x, double y) {
        MapProjection at = new MapProjection(0, 0, 1, 1, 2 * x, 2 * y);
        marker(g, at, s, 4.2, 1.0);
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
