package no.smartmat.reports.haccp;

import static no.smartmat.reports.haccp.ReportLayout.BODY;
import static no.smartmat.reports.haccp.ReportLayout.LEFT;
import static no.smartmat.reports.haccp.ReportLayout.RIGHT;
import static no.smartmat.reports.haccp.ReportLayout.W;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;

/**
 * One unit's pages: what it is, the limits in force, the chart with its limit bands, the figures, the deviations with
 * their corrective actions, the missing checks, the unit's sign-offs and its completeness, each as the console gave it.
 */
final class UnitSection {

    private final ReportLayout layout;
    private final HaccpUnit unit;

    UnitSection(ReportLayout layout, HaccpUnit unit) {
        this.layout = layout;
        this.unit = unit;
    }

    void draw() throws IOException {
        layout.warnings.item("HACCP-rapport, " + unit.name());
        title();
        facts();
        chart();
        figures();
        new DeviationTable(layout).draw(unit.deviations());
        missingChecks();
        List<SignOff> signOffs = layout.report.signOffs().stream().filter(s -> s.covers(unit.id())).toList();
        new SignOffList(layout).draw(signOffs, "Attestasjon", false);
        layout.flow.advance(4);
        layout.heading("Fullstendighet");
        Completeness completeness = unit.completeness();
        layout.paragraph(layout.bold, completeness.complete()
                ? "Fullstendig: målinger i perioden, ingen manglende kontroller, alle avvik avsluttet med tiltak."
                : "Ufullstendig: " + String.join(", ", completeness.issues()) + ".", 9.5f);
    }

    private void title() throws IOException {
        boolean complete = unit.completeness().complete();
        Canvas c = layout.flow.canvas();
        float top = layout.flow.y();
        String name = ReportFonts.clean(unit.name(), layout.warnings, "name");
        FittedText title = TextFit.line(layout.bold, name, 16, 10, W - (complete ? 0 : 150));
        c.text(layout.bold, title.size(), LEFT, top + 15, title.lines().getFirst());
        if (!complete) {
            layout.stamp(c, RIGHT - 70, top + 9, 11);
        }
        layout.flow.advance(complete ? 24 : 31);
    }

    private void facts() throws IOException {
        List<String> facts = new ArrayList<>();
        facts.add(unit.kind().title());
        String location = ReportFonts.clean(unit.location(), layout.warnings, "location");
        if (!location.isEmpty()) {
            facts.add(location);
        }
        unit.instrument().ifPresent(instr -> {
            String text = "Instrument " + ReportFonts.clean(instr.id(), layout.warnings, "instrument.id");
            if (instr.calibrationDue().isPresent()) {
                LocalDate due = instr.calibrationDue().get();
                boolean overdue = due.isBefore(LocalDate.ofInstant(layout.report.generatedAt(), layout.zone));
                text += overdue ? " (KALIBRERING FORFALT " + NorwegianFormat.date(due) + ")"
                        : " (kalibreres innen " + NorwegianFormat.date(due) + ")";
            }
            facts.add(text);
        });
        layout.paragraph(layout.regular, String.join(" · ", facts), 9);
        for (int i = 0; i < unit.limits().size(); i++) {
            LimitProfile p = unit.limits().get(i);
            String since = i > 0 ? "Grenser fra " + NorwegianFormat.dateTime(p.effectiveFrom(), layout.zone) + ": "
                    : "Grenser: ";
            layout.paragraph(layout.regular, ReportFonts.clean(since + p.describe(), layout.warnings, "limits"), 9);
        }
        layout.flow.advance(4);
    }

    private void chart() throws IOException {
        float chartH = 200;
        layout.flow.ensure(chartH + 14);
        new TemperatureChart(layout.flow.canvas(), layout.fonts, unit, layout.from, layout.to, layout.zone,
                layout.report.generatedAt()).draw(LEFT, layout.flow.y(), W, chartH);
        layout.flow.advance(chartH + 2);
        new ChartLegend(layout).draw();
    }

    private void figures() throws IOException {
        UnitFigures f = unit.figures();
        String counts = "Målinger: " + f.readings() + " (" + (f.readings() - f.manual()) + " fra sensor, " + f.manual()
                + " manuelle" + (f.late() > 0 ? ", " + f.late() + " etterregistrert" : "")
                + (f.suppressed() > 0 ? ", " + f.suppressed() + " i avrimings- eller pausevindu, ikke regnet med" : "")
                + ")";
        String figures;
        if (f.mean().isEmpty()) {
            figures = f.readings() == 0 ? "Ingen målinger i perioden." : "Ingen målinger å regne med i perioden.";
        } else {
            figures = "Min " + ReportLayout.celsius(f.min()) + " · maks " + ReportLayout.celsius(f.max()) + " · snitt "
                    + ReportLayout.celsius(f.mean()) + " · i grønt område " + ReportLayout.percent(f.inRange())
                    + (f.weighting() == UnitFigures.Weighting.TIME
                    ? " av tiden med data · data for " + ReportLayout.percent(f.coverage()) + " av perioden"
                    : " av målingene");
        }
        layout.paragraph(layout.regular, counts, 9);
        layout.paragraph(layout.bold, figures, 9);
        layout.flow.advance(6);
    }

    private void missingChecks() throws IOException {
        List<MissingCheck> missing = unit.missingChecks();
        layout.heading("Manglende kontroller (" + missing.size() + ")");
        if (missing.isEmpty()) {
            layout.paragraph(layout.regular, "Ingen manglende kontroller i perioden.", BODY);
        }
        for (MissingCheck m : missing) {
            String text = "– " + layout.shortDateTime(m.from()) + " – " + layout.shortDateTime(m.to()) + " ("
                    + NorwegianFormat.duration(Duration.between(m.from(), m.to())) + "): "
                    + ReportFonts.clean(m.description(), layout.warnings, "missingChecks.description");
            layout.paragraph(layout.regular, text, BODY);
        }
        layout.flow.advance(8);
    }
}
