package no.smartmat.reports.common;

import java.util.List;

/**
 * Text broken into lines at the size it fits.
 *
 * @param truncated true if even at the minimum size it did not fit, and the last line
 *                  was cut and ends with "…"
 */
public record FittedText(List<String> lines, float size, boolean truncated) {

    public FittedText {
        lines = List.copyOf(lines);
    }

    /** Height the lines take when drawn by {@link Canvas#lines}. */
    public float height() {
        return lines.size() * size * TextFit.LINE_HEIGHT;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
