package no.smartmat.console.planning.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.ui.UiContext;

/**
 * «Endret etter publisering»: what changed on the shown day's stops since its plan was published, one line per
 * change, with the choice to accept the published plan as it is. Hidden when nothing did; re-planning and publishing
 * settles the changes by itself.
 */
final class ChangesPane {

    private final UiContext ui;
    private final VBox root = new VBox(4);
    private final Label heading = new Label();
    private final VBox lines = new VBox(2);
    private final Button accept = new Button();

    ChangesPane(UiContext ui, boolean editable, Runnable onAccept) {
        this.ui = ui;
        root.setId("planning-changed");
        root.getStyleClass().add("planning-changed");
        root.setPadding(new Insets(6, 10, 6, 10));
        heading.setId("planning-changed-heading");
        heading.getStyleClass().add("planning-changed-heading");
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        lines.setId("planning-changed-lines");
        accept.setId("planning-accept-changes");
        accept.setText(ui.tr("planning.changed.accept"));
        accept.setMinWidth(Region.USE_PREF_SIZE);
        accept.setVisible(editable);
        accept.setManaged(editable);
        accept.setOnAction(e -> onAccept.run());
        HBox top = new HBox(12, heading, accept);
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane list = new ScrollPane(lines);
        list.setFitToWidth(true);
        list.setMaxHeight(110);
        list.getStyleClass().add("edge-to-edge");
        root.getChildren().addAll(top, list, new Label(ui.tr("planning.changed.advice")));
        show(List.of());
    }

    Node node() {
        return root;
    }

    void show(List<PublishedChange> changes) {
        root.setVisible(!changes.isEmpty());
        root.setManaged(!changes.isEmpty());
        if (changes.isEmpty()) {
            lines.getChildren().clear();
            return;
        }
        heading.setText(ui.tr("planning.changed.heading", changes.size(), changes.getFirst().planVersion()));
        lines.getChildren().setAll(changes.stream().map(c -> {
            Label line = new Label("• " + ui.messages().render(c.line()));
            line.setWrapText(true);
            return line;
        }).toList());
    }

    void setDisable(boolean disable) {
        accept.setDisable(disable);
    }
}
