package no.smartmat.console.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled part of a screen (Innstillinger's "Språk", Utskrift's "Dokument"...): one look everywhere. */
public final class Sections {

    private Sections() {}

    public static VBox titled(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        VBox box = new VBox(8, t);
        box.getChildren().addAll(content);
        return box;
    }
}
