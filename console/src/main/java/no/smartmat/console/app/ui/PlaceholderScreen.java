package no.smartmat.console.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen whose feature is not in this build yet; says so plainly instead of showing an empty page. */
final class PlaceholderScreen implements Screen {

    private final VBox root;

    PlaceholderScreen(UiContext ui, String titleKey) {
        Label title = new Label(ui.tr(titleKey));
        title.getStyleClass().add("title-2");
        Label text = new Label(ui.tr("app.placeholder"));
        text.setWrapText(true);
        root = new VBox(12, title, text);
        root.setAlignment(Pos.TOP_LEFT);
    }

    @Override
    public Node node() {
        return root;
    }
}
