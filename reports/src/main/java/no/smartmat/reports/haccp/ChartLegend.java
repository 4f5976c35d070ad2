package no.smartmat.reports.haccp;

import static no.smartmat.reports.haccp.ReportLayout.LEFT;

import java.io.IOException;

import no.smartmat.reports.common.Canvas;

/** The line under each chart that says what its marks mean (the bands are named beside the chart). */
final class ChartLegend {

    private final ReportLayout layout;

    ChartLegend(ReportLayout layout) {
        this.layout = layout;
    }

    void draw() throws IOException {
        layout.flow.ensure(12);
        Canvas c = layout.flow.canvas();
        float y = layout.flow.y() + 2;
        float x = LEFT + 34;
        c.line(x, y + 4, x + 14, y + 4, 0.9f);
        x += 17;
        x += text(c, "måling", x, y);
        c.fillRect(x, y + 2, 4, 4);
        x += 7;
        x += text(c, "manuell", x, y);
        c.strokeRect(x, y + 1.5f, 5, 5, 0.9f);
        x += 8;
        x += text(c, "etterregistrert", x, y);
        TemperatureChart.outsideMark(c, x + 2.5f, y + 4, Level.RED);
        x += 8;
        x += text(c, "utenfor grense", x, y);
        TemperatureChart.suppressedMark(c, x + 2.5f, y + 4);
        x += 8;
        x += text(c, "i unntaksvindu", x, y);
        c.fillRect(x, y + 2, 12, 5);
        x += 15;
        x += text(c, "avvik (A1 …)", x, y);
        c.strokeRect(x, y + 1.5f, 12, 5, 0.5f);
        x += 15;
        text(c, "manglende kontroll", x, y);
        // The bands name their own levels at the chart's right edge.
        layout.flow.advance(14);
    }

    private float text(Canvas c, String text, float x, float y) throws IOException {
        c.text(layout.regular, 6.5f, x, y + 7, text);
        return layout.regular.width(text, 6.5f) + 7;
    }
}
