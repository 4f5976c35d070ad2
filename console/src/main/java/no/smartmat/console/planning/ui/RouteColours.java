package no.smartmat.console.planning.ui;

import javafx.scene.paint.Color;

/**
 * One colour per van on the map and in the route table. Twelve hues that stay apart on a white map and for the
 * commonest colour-vision deficiency as far as twelve can; red is left out because it marks problems (late stops,
 * over capacity), and grey because it marks unassigned stops. More than twelve vans reuse them darker.
 */
final class RouteColours {

    private static final Color[] PALETTE = {
            Color.web("#1f77b4"), // blue
            Color.web("#ff7f0e"), // orange
            Color.web("#2ca02c"), // green
            Color.web("#9467bd"), // purple
            Color.web("#8c564b"), // brown
            Color.web("#e377c2"), // pink
            Color.web("#17becf"), // cyan
            Color.web("#bcbd22"), // olive
            Color.web("#393b79"), // navy
            Color.web("#e6ab02"), // gold
            Color.web("#1b9e77"), // teal
            Color.web("#7b4173"), // plum
    };

    static final Color UNASSIGNED = Color.web("#6e7781");
    static final Color PROBLEM = Color.web("#cf222e");

    private RouteColours() {}

    static Color of(int index) {
        if (index < 0) {
            return UNASSIGNED;
        }
        Color c = PALETTE[index % PALETTE.length];
        return index < PALETTE.length ? c : c.darker();
    }

    static String css(int index) {
        Color c = of(index);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
