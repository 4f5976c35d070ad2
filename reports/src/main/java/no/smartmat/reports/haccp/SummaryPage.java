package no.smartmat.reports.haccp;

import static no.smartmat.reports.haccp.ReportLayout.BODY;
import static no.smartmat.reports.haccp.ReportLayout.LEFT;
import static no.smartmat.reports.haccp.ReportLayout.RIGHT;
import static no.smartmat.reports.haccp.ReportLayout.W;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;

/**
 * Page 1: the fixed header (kitchen, period, responsible person, generated at, units), the notes, the completeness
 * statement (with an «UFULLSTENDIG» stamp when the console found the record incomplete), the summary table of all
 * units and all sign-offs with the corrections made after them.
 */
final class SummaryPage {

    private final ReportLayout layout;
    private final HaccpReport report;

    SummaryPage(ReportLayout layout) {
        this.layout = layout;
        this.report = layout.report;
    }

    void draw() throws IOException {
        header();
        notes();
        completenessStatement();
        summaryTable();
        new SignOffList(layout).draw(report.signOffs(), "Attestasjoner", true);
    }

    private void header() throws IOException {
        Canvas c = layout.flow.canvas();
        float y = layout.flow.y();
        c.text(layout.bold, 18, LEFT, y + 18, "HACCP-rapport: temperaturkontroll");
        y += 30;
        float boxTop = y;
        float colW = W / 3;
        y += 6;
        long days = layout.days();
        layout.field(c, "Kjøkken", layout.kitchen, LEFT + 6, y, colW - 10);
        layout.field(c, "Periode", ReportLayout.period(report.periodFrom(), report.periodTo()) + " (" + days + " døgn)",
                LEFT + colW, y, colW - 10);
        layout.field(c, "Ansvarlig", ReportFonts.clean(report.responsiblePerson(), layout.warnings, "responsiblePerson"),
                LEFT + 2 * colW, y, colW - 10);
        y += 28;
        layout.field(c, "Generert", NorwegianFormat.dateTime(report.generatedAt(), layout.zone), LEFT + 6, y, colW - 10);
        String unitNames = report.units().stream().map(u -> ReportFonts.clean(u.name(), layout.warnings, "units.name"))
                .collect(Collectors.joining(", "));
        layout.grey(c, "Enheter (" + report.units().size() + ")", LEFT + colW, y + 6.5f);
        FittedText names = TextFit.wrapAll(layout.bold, unitNames.isEmpty() ? "ingen" : unitNames, 9, 2 * colW - 10);
        c.lines(layout.bold, names, LEFT + colW, y + 9, 2 * colW - 10, Align.LEFT);
        y += Math.max(28, 9 + names.height() + 4);
        c.strokeRect(LEFT, boxTop, W, y - boxTop, 0.8f);
        layout.flow.advance(y + 12 - layout.flow.y());
    }

    private void notes() throws IOException {
        for (String note : report.notes()) {
            FittedText f = TextFit.wrapAll(layout.regular, ReportFonts.clean(note, layout.warnings, "notes"), BODY, W);
            layout.flow.ensure(f.height() + 4);
            layout.flow.canvas().lines(layout.regular, f, LEFT, layout.flow.y(), W, Align.LEFT);
            layout.flow.advance(f.height() + 4);
        }
        if (!report.notes().isEmpty()) {
            layout.flow.advance(6);
        }
    }

    private void completenessStatement() throws IOException {
        List<String> lines = new ArrayList<>();
        long incomplete = report.units().stream().filter(u -> !u.completeness().complete()).count();
        String head;
        if (report.complete()) {
            head = "Fullstendig: alle " + report.units().size() + " enheter har målinger i perioden, ingen manglende "
                    + "kontroller, og alle avvik er avsluttet med korrigerende tiltak.";
        } else {
            head = incomplete == 0 ? "Ufullstendig:" : "Ufullstendig: " + incomplete + " av " + report.units().size()
                    + " enheter mangler data eller har avvik som ikke er ferdig behandlet:";
            report.issues().forEach(issue -> lines.add("– " + issue + "."));
            for (HaccpUnit u : report.units()) {
                if (!u.completeness().complete()) {
                    lines.add("– " + ReportFonts.clean(u.name(), layout.warnings, "units.name") + ": "
                            + String.join(", ", u.completeness().issues()) + ".");
                }
            }
        }
        boolean stamp = !report.complete();
        float textW = W - 12 - (stamp ? 150 : 0);
        FittedText headFit = TextFit.wrapAll(layout.bold, head, 9.5f, textW);
        List<FittedText> fitted = new ArrayList<>();
        float h = 8 + headFit.height();
        for (String line : lines) {
            FittedText f = TextFit.wrapAll(layout.regular, ReportFonts.clean(line, layout.warnings, "completeness"), BODY,
                    textW);
            fitted.add(f);
            h += f.height();
        }
        h = Math.max(h + 8, stamp ? 58 : 0);
        layout.flow.ensure(h);
        Canvas c = layout.flow.canvas();
        float top = layout.flow.y();
        c.strokeRect(LEFT, top, W, h, stamp ? 1.6f : 0.8f);
        float y = top + 8;
        y += c.lines(layout.bold, headFit, LEFT + 6, y, textW, Align.LEFT);
        for (FittedText f : fitted) {
            y += c.lines(layout.regular, f, LEFT + 6, y, textW, Align.LEFT);
        }
        if (stamp) {
            layout.stamp(c, RIGHT - 80, top + h / 2, 15);
        }
        layout.flow.advance(h + 12);
    }

    private void summaryTable() throws IOException {
        float[] cols = {118, 42, 44, 44, 44, 42, 30, 38, 44, W - 446};
        String[] titles = {"Enhet", "Målinger", "Min", "Maks", "Snitt", "I grønt", "Avvik", "Mangler",
            "Attestert", "Status"};
        layout.flow.ensure(14 + 18);
        layout.heading("Oversikt");
        layout.tableHeader(cols, titles);
        for (int i = 0; i < report.units().size(); i++) {
            HaccpUnit u = report.units().get(i);
            UnitFigures f = u.figures();
            layout.warnings.item("HACCP-rapport, " + u.name());
            String[] cells = {
                ReportFonts.clean(u.name(), layout.warnings, "name"),
                Integer.toString(f.readings()),
                ReportLayout.celsius(f.min()),
                ReportLayout.celsius(f.max()),
                ReportLayout.celsius(f.mean()),
                ReportLayout.percent(f.inRange()),
                Integer.toString(u.deviations().size()),
                Integer.toString(u.missingChecks().size()),
                u.signed().title(),
                u.completeness().complete() ? "OK" : "Ufullstendig"};
            row(cols, cells, i % 2 == 1, titles);
        }
        layout.flow.advance(6);
        FittedText note = TextFit.wrapAll(layout.regular, "«I grønt»: for enheter med sensor andelen av tiden med data "
                + "der temperaturen var innenfor grønn grense (hver måling gjelder til neste, høyst til største tillatte "
                + "måleintervall); for enheter som måles for hånd andelen av målingene. Min, maks, snitt og «i grønt» "
                + "regner ikke med målinger i avrimings- eller pausevinduer.", 7, W);
        layout.flow.ensure(note.height());
        Canvas c = layout.flow.canvas();
        c.fill(0.3f);
        c.lines(layout.regular, note, LEFT, layout.flow.y(), W, Align.LEFT);
        c.fill(0);
        layout.flow.advance(note.height() + 12);
    }

    private void row(float[] cols, String[] cells, boolean shaded, String[] titles) throws IOException {
        List<FittedText> fitted = new ArrayList<>();
        float h = 0;
        for (int col = 0; col < cells.length; col++) {
            FontFace f = font(col, cells.length);
            FittedText t = col == 0 ? TextFit.wrapAll(f, cells[col], 8, cols[col] - 6)
                    : TextFit.line(f, cells[col], 8, 5.5f, cols[col] - 6);
            fitted.add(t);
            h = Math.max(h, t.height());
        }
        h += 6;
        if (layout.flow.y() + h > layout.flow.bottom()) {
            layout.flow.newPage();
            layout.tableHeader(cols, titles);
        }
        Canvas c = layout.flow.canvas();
        float top = layout.flow.y();
        if (shaded) {
            c.fill(0.94f);
            c.fillRect(LEFT, top, W, h);
            c.fill(0);
        }
        float x = LEFT;
        for (int col = 0; col < cells.length; col++) {
            boolean numeric = col >= 1 && col <= 7;
            c.lines(font(col, cells.length), fitted.get(col), x + 3, top + 3, cols[col] - 6, numeric ? Align.RIGHT : Align.LEFT);
            x += cols[col];
        }
        c.stroke(0.6f);
        c.line(LEFT, top + h, RIGHT, top + h, 0.3f);
        c.stroke(0);
        layout.flow.advance(h);
    }

    private FontFace font(int col, int count) {
        return col == 0 || col == count - 1 ? layout.bold : layout.regular;
    }
}
