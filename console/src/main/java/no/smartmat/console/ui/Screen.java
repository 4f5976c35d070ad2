package no.smartmat.console.ui;

import javafx.scene.Node;

/** One entry of the main window's navigation, or a part of one. Built once, on first visit. */
public interface Screen {

    Node node();

    /** Called each time the screen is shown: reload what may have changed elsewhere. */
    default void onShow() {}

    /** A part that another feature's screen shows as it is, reloading with {@code onShow}. */
    static Screen of(Node node, Runnable onShow) {
        return new Screen() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void onShow() {
                onShow.run();
            }
        };
    }
}
