package no.smartmat.console.haccp.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a person cannot read on a screen: every shown {@link Labeled} (labels, buttons, table cells and headers, a
 * choice box's shown value) whose skin draws less than its text, i.e. an ellipsis («Kjølero…», «−13,…») or a cut.
 */
final class Clipping {

    private Clipping() {}

    /** "text → shown" for each clipped text under {@code root} that is shown and inside {@code root}'s bounds. */
    static List<String> clipped(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, root, found);
        return found;
    }

    private static void walk(Parent root, Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && onScreen(root, l)) {
            String full = l.getText().replace("_", "");
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && t.getText() != null
                        && !t.getText().replace("_", "").equals(full) && !t.getText().isEmpty()) {
                    found.add(describe(l) + ": «" + full + "» shown as «" + t.getText() + "»");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(root, child, found);
            }
        }
    }

    /** Inside the window: rows of a table that are scrolled away are not what a person reads now. */
    private static boolean onScreen(Parent root, Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds r = root.localToScene(root.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMaxX() <= r.getMaxX() + 1 && b.getMinX() >= r.getMinX() - 1
                && b.getMinY() < r.getMaxY() && b.getMaxY() > r.getMinY();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }
}
