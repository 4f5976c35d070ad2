package no.smartmat.console.ui;

import javafx.scene.Node;

/** One entry of the main window's navigation. Built once, on first visit. */
public interface Screen {

    Node node();

    /** Called each time the screen is shown: reload what may have changed elsewhere. */
    default void onShow() {}
}
