package no.smartmat.reports.haccp;

import static no.smartmat.reports.haccp.ReportLayout.BODY;
import static no.smartmat.reports.haccp.ReportLayout.LEFT;
import static no.smartmat.reports.haccp.ReportLayout.RIGHT;
import static no.smartmat.reports.haccp.ReportLayout.RUNNING_HEADER_H;
import static no.smartmat.reports.haccp.ReportLayout.TOP;
import static no.smartmat.reports.haccp.ReportLayout.W;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;

/**
 * A unit's deviations, numbered A1, A2 … as in the chart, each with its time span, extreme value, level, the rule that
 * fired and its corrective action, or a black «MANGLER KORRIGERENDE TILTAK» tag. A row never splits across pages.
 */
final class DeviationTable {

    private static final float[] COLS = {24, 104, 46, 32, 96, W - 302};
    private static final String[] TITLES = {"Nr", "Tidsrom", "Ekstrem", "Nivå", "Avvik", "Korrigerende tiltak"};

    private final ReportLayout layout;

    DeviationTable(ReportLayout layout) {
        this.layout = layout;
    }

    void draw(List<Deviation> deviations) throws IOException {
        layout.heading("Avvik (" + deviations.size() + ")");
        if (deviations.isEmpty()) {
            layout.paragraph(layout.regular, "Ingen avvik i perioden.", BODY);
            layout.flow.advance(6);
            return;
        }
        layout.flow.ensure(13 + 30);
        layout.tableHeader(COLS, TITLES);
        for (int i = 0; i < deviations.size(); i++) {
            row(i, deviations.get(i));
        }
        layout.flow.advance(10);
    }

    private void row(int index, Deviation d) throws IOException {
        FontFace regular = layout.regular;
        FontFace bold = layout.bold;
        String when = layout.shortDateTime(d.start()) + " –\n"
                + d.end().map(layout::shortDateTime).orElse("pågår") + "\n("
                + NorwegianFormat.duration(d.duration(layout.report.generatedAt())) + ")";
        List<FittedText> cells = new ArrayList<>();
        cells.add(TextFit.line(bold, "A" + (index + 1), BODY, 6, COLS[0] - 6));
        cells.add(TextFit.wrapAll(regular, when, BODY, COLS[1] - 6));
        cells.add(TextFit.line(bold, NorwegianFormat.celsius(d.extremeCelsius()), BODY, 6, COLS[2] - 6));
        cells.add(TextFit.line(regular, d.level().title(), BODY, 6, COLS[3] - 6));
        cells.add(TextFit.wrapAll(regular, ReportFonts.cleanKeepingLines(d.description(), layout.warnings, "description"),
                BODY, COLS[4] - 6));
        String action = d.correctiveAction().map(a -> "Årsak: " + a.cause() + "\nTiltak: " + a.action()
                + "\nMaten: " + a.foodOutcome().title() + "\nRegistrert av " + a.recordedBy() + " "
                + NorwegianFormat.dateTime(a.recordedAt(), layout.zone)).orElse("");
        cells.add(TextFit.wrapAll(regular, ReportFonts.cleanKeepingLines(action, layout.warnings, "correctiveAction"),
                BODY, COLS[5] - 6));
        float h = cells.stream().map(FittedText::height).reduce(0f, Float::max);
        float maxRow = layout.flow.bottom() - TOP - RUNNING_HEADER_H - 13 - 6;
        if (h > maxRow) {
            // Only free text can outgrow a page: cut it to one page, visibly, and say so.
            for (int col : new int[] {4, 5}) {
                FittedText cell = cells.get(col);
                if (cell.height() > maxRow) {
                    cells.set(col, TextFit.box(regular, String.join("\n", cell.lines()), BODY, 6, COLS[col] - 6, maxRow));
                    layout.warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, col == 4 ? "description" : "correctiveAction",
                            col == 4 ? d.description() : action);
                }
            }
            h = cells.stream().map(FittedText::height).reduce(0f, Float::max);
        }
        if (d.correctiveAction().isEmpty()) {
            h = Math.max(h, 14);
        }
        h += 6;
        if (layout.flow.y() + h > layout.flow.bottom()) {
            layout.flow.newPage();
            layout.tableHeader(COLS, TITLES);
        }
        Canvas c = layout.flow.canvas();
        float top = layout.flow.y();
        float x = LEFT;
        for (int col = 0; col < cells.size(); col++) {
            c.lines(col == 0 || col == 2 ? bold : regular, cells.get(col), x + 3, top + 3, COLS[col] - 6, Align.LEFT);
            x += COLS[col];
        }
        if (d.correctiveAction().isEmpty()) {
            float tx = LEFT + W - COLS[5] + 3;
            String tag = "MANGLER KORRIGERENDE TILTAK";
            c.fillRect(tx, top + 3, bold.width(tag, 7.5f) + 6, 11);
            c.fill(1);
            c.text(bold, 7.5f, tx + 3, top + 11.2f, tag);
            c.fill(0);
        }
        c.stroke(0.6f);
        c.line(LEFT, top + h, RIGHT, top + h, 0.3f);
        c.stroke(0);
        layout.flow.advance(h);
    }
}
