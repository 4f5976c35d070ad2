package no.smartmat.reports.common;

/** Millimetres to PDF points (1/72 inch). Layout is specified in mm, PDF speaks points. */
public final class Mm {

    public static final float PER_POINT = 25.4f / 72f;

    private Mm() {
    }

    public static float pt(double mm) {
        return (float) (mm * 72.0 / 25.4);
    }
}
