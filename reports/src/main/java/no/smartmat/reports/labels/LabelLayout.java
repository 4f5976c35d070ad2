package no.smartmat.reports.labels;

import java.util.Objects;

import no.smartmat.reports.common.Mm;

/**
 * Label stock and printer corrections.
 *
 * @param format          the label stock
 * @param offsetRightMm   moves everything right (negative: left), to correct printer drift
 * @param offsetDownMm    moves everything down (negative: up)
 * @param paddingMm       blank border inside each label where nothing is printed
 * @param skipPositions   A4 sheets only: label positions to leave empty at the start of the
 *                        first sheet (a partly used sheet); must be 0 for thermal stock
 * @param qrCode          also print the package code as a QR code (100×150 and 100×50 only;
 *                        the 70×37 label has no room and ignores it)
 */
public record LabelLayout(Format format, double offsetRightMm, double offsetDownMm, double paddingMm,
                          int skipPositions, boolean qrCode) {

    /** Label stock. Page sizes are exact, so thermal printers need no scaling. */
    public enum Format {
        /** Thermal roll 100 mm wide, 150 mm labels: one label a page. */
        THERMAL_100X150(100, 150, 1, 1, 100, 150, 0, 0, 3),
        /** Thermal roll 100 mm wide, 50 mm labels: one label a page. */
        THERMAL_100X50(100, 50, 1, 1, 100, 50, 0, 0, 2.5),
        /** A4 office sheet with 3 × 8 labels of 70 × 37 mm (no gaps, 0.5 mm top and bottom). */
        A4_3X8(70, 37, 3, 8, 210, 297, 0, 0.5, 2.5);

        private final double labelWidthMm;
        private final double labelHeightMm;
        private final int columns;
        private final int rows;
        private final double pageWidthMm;
        private final double pageHeightMm;
        private final double sheetLeftMm;
        private final double sheetTopMm;
        private final double defaultPaddingMm;

        Format(double labelWidthMm, double labelHeightMm, int columns, int rows, double pageWidthMm,
               double pageHeightMm, double sheetLeftMm, double sheetTopMm, double defaultPaddingMm) {
            this.labelWidthMm = labelWidthMm;
            this.labelHeightMm = labelHeightMm;
            this.columns = columns;
            this.rows = rows;
            this.pageWidthMm = pageWidthMm;
            this.pageHeightMm = pageHeightMm;
            this.sheetLeftMm = sheetLeftMm;
            this.sheetTopMm = sheetTopMm;
            this.defaultPaddingMm = defaultPaddingMm;
        }

        public double labelWidthMm() {
            return labelWidthMm;
        }

        public double labelHeightMm() {
            return labelHeightMm;
        }

        public int columns() {
            return columns;
        }

        public int rows() {
            return rows;
        }

        public int labelsPerPage() {
            return columns * rows;
        }

        public double pageWidthMm() {
            return pageWidthMm;
        }

        public double pageHeightMm() {
            return pageHeightMm;
        }

        /** Top-left corner of label position {@code index} (0-based, row by row) on its page. */
        double labelLeftMm(int index) {
            return sheetLeftMm + (index % columns) * labelWidthMm;
        }

        double labelTopMm(int index) {
            return sheetTopMm + (index / columns) * labelHeightMm;
        }

        public double defaultPaddingMm() {
            return defaultPaddingMm;
        }
    }

    public LabelLayout {
        Objects.requireNonNull(format, "format");
        if (paddingMm < 0 || paddingMm > Math.min(format.labelWidthMm, format.labelHeightMm) / 4) {
            throw new IllegalArgumentException("padding " + paddingMm + " mm does not leave room for a label");
        }
        if (Math.abs(offsetRightMm) > 10 || Math.abs(offsetDownMm) > 10) {
            throw new IllegalArgumentException("offsets are printer-drift corrections and must lie within ±10 mm");
        }
        if (skipPositions < 0 || skipPositions >= format.labelsPerPage()) {
            throw new IllegalArgumentException("skipPositions must be 0.." + (format.labelsPerPage() - 1) + " for " + format);
        }
    }

    /** The format with its default padding, no offsets, no skipped positions, no QR code. */
    public static LabelLayout of(Format format) {
        return new LabelLayout(format, 0, 0, format.defaultPaddingMm(), 0, false);
    }

    public LabelLayout withOffset(double rightMm, double downMm) {
        return new LabelLayout(format, rightMm, downMm, paddingMm, skipPositions, qrCode);
    }

    public LabelLayout withPadding(double mm) {
        return new LabelLayout(format, offsetRightMm, offsetDownMm, mm, skipPositions, qrCode);
    }

    public LabelLayout withSkippedPositions(int positions) {
        return new LabelLayout(format, offsetRightMm, offsetDownMm, paddingMm, positions, qrCode);
    }

    public LabelLayout withQrCode(boolean on) {
        return new LabelLayout(format, offsetRightMm, offsetDownMm, paddingMm, skipPositions, on);
    }

    float pagePt(boolean width) {
        return Mm.pt(width ? format.pageWidthMm() : format.pageHeightMm());
    }
}
