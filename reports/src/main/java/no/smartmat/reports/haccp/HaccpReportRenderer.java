package no.smartmat.reports.haccp;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.util.Matrix;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.Mm;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.PageFlow;
import no.smartmat.reports.common.PageFooter;
import no.smartmat.reports.common.Pdf;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;
import no.smartmat.reports.common.Warnings;

/**
 * Renders the inspector-ready HACCP temperature report (A4, Norwegian).
 *
 * <p>Page 1: the fixed header (kitchen, period, responsible person, generated at, units),
 * the completeness statement (with an "UFULLSTENDIG" stamp when any unit lacks data or
 * has an unhandled deviation), a summary table of all units, and all sign-offs with the
 * corrections made after them. Then one section per unit, each on a new page: limits in
 * force, chart with limit bands, statistics ({@link UnitStatistics}, computed here),
 * deviations with their corrective actions, missing checks, the unit's sign-offs and its
 * own completeness statement. Nothing is cut: long texts wrap and tables continue on the
 * next page without splitting a row.
 */
public final class HaccpReportRenderer {

    /** @throws IOException if writing to {@code out} fails */
    public RenderResult render(HaccpReport report, OutputStream out) throws IOException {
        Warnings warnings = new Warnings();
        try (PDDocument document = new PDDocument()) {
            Pdf.describe(document, "HACCP-rapport " + period(report));
            ReportFonts fonts = ReportFonts.embedIn(document);
            int pages = new Pages(document, fonts, warnings, report).render();
            document.save(out);
            return new RenderResult(pages, warnings.toList());
        }
    }

    static String period(HaccpReport r) {
        if (r.periodFrom().equals(r.periodTo())) {
            return NorwegianFormat.date(r.periodFrom());
        }
        return NorwegianFormat.date(r.periodFrom()) + "–" + NorwegianFormat.date(r.periodTo());
    }

    private static final class Pages {
        private static final float LEFT = Mm.pt(15);
        private static final float RIGHT = Pdf.A4.getWidth() - Mm.pt(15);
        private static final float W = RIGHT - LEFT;
        private static final float TOP = Mm.pt(12);
        private static final float FOOTER_TOP = Pdf.A4.getHeight() - Mm.pt(10) - PageFooter.HEIGHT;
        private static final float BODY = 8.5f;
        private static final float RUNNING_HEADER_H = 22;

        private final PDDocument document;
        private final ReportFonts fonts;
        private final FontFace regular;
        private final FontFace bold;
        private final Warnings warnings;
        private final HaccpReport report;
        private final ZoneId zone;
        private final Instant from;
        private final Instant to;
        private final String kitchen;
        private final String responsible;
        private final PageFlow flow;

        Pages(PDDocument document, ReportFonts fonts, Warnings warnings, HaccpReport report) {
            this.document = document;
            this.fonts = fonts;
            this.regular = fonts.regular();
            this.bold = fonts.bold();
            this.warnings = warnings;
            this.report = report;
            this.zone = report.timeZone();
            this.from = report.periodStart();
            this.to = report.periodEnd();
            warnings.item("HACCP-rapport");
            this.kitchen = ReportFonts.clean(report.kitchenName(), warnings, "kitchenName");
            this.responsible = ReportFonts.clean(report.responsiblePerson(), warnings, "responsiblePerson");
            this.flow = new PageFlow(document, Pdf.A4, FOOTER_TOP - 8, this::runningHeader);
        }

        private float runningHeader(Canvas c, int index) throws IOException {
            if (index == 0) {
                return TOP;
            }
            FittedText t = TextFit.line(regular, "HACCP-rapport temperaturkontroll · " + kitchen + " · " + period(report),
                    8.5f, 6, W);
            c.fill(0.3f);
            c.text(regular, t.size(), LEFT, TOP + 9, t.lines().getFirst());
            c.fill(0);
            c.stroke(0.6f);
            c.line(LEFT, TOP + 13, RIGHT, TOP + 13, 0.4f);
            c.stroke(0);
            return TOP + RUNNING_HEADER_H;
        }

        int render() throws IOException {
            List<UnitStatistics> stats = new ArrayList<>();
            List<Completeness> completeness = new ArrayList<>();
            for (HaccpUnit unit : report.units()) {
                UnitStatistics s = UnitStatistics.of(unit, from, to);
                stats.add(s);
                completeness.add(Completeness.of(unit, s, from, to));
            }
            summaryPage(stats, completeness);
            for (int i = 0; i < report.units().size(); i++) {
                flow.newPage();
                unitSection(report.units().get(i), stats.get(i), completeness.get(i));
            }
            String generated = NorwegianFormat.dateTime(report.generatedAt(), zone);
            flow.finish((c, index, count) -> PageFooter.draw(c, fonts, LEFT, RIGHT, FOOTER_TOP,
                    "HACCP-rapport temperaturkontroll · " + kitchen + " · " + period(report),
                    index + 1, count, "Generert " + generated + " av Smart Mat Console. Alle tider er norsk tid ("
                            + zone.getId() + ")."));
            return flow.pageCount();
        }

        // ------------------------------------------------------------ page 1

        private void summaryPage(List<UnitStatistics> stats, List<Completeness> completeness) throws IOException {
            Canvas c = flow.canvas();
            float y = flow.y();
            c.text(bold, 18, LEFT, y + 18, "HACCP-rapport: temperaturkontroll");
            y += 30;
            // fixed header
            float boxTop = y;
            float colW = W / 3;
            y += 6;
            field(c, "Kjøkken", kitchen, LEFT + 6, y, colW - 10);
            field(c, "Periode", period(report) + " (" + days() + (days() == 1 ? " døgn)" : " døgn)"), LEFT + colW, y, colW - 10);
            field(c, "Ansvarlig", responsible, LEFT + 2 * colW, y, colW - 10);
            y += 28;
            field(c, "Generert", NorwegianFormat.dateTime(report.generatedAt(), zone), LEFT + 6, y, colW - 10);
            String unitNames = report.units().stream().map(u -> ReportFonts.clean(u.name(), warnings, "units.name"))
                    .collect(Collectors.joining(", "));
            grey(c, "Enheter (" + report.units().size() + ")", LEFT + colW, y + 6.5f);
            FittedText names = TextFit.wrapAll(bold, unitNames.isEmpty() ? "ingen" : unitNames, 9, 2 * colW - 10);
            c.lines(bold, names, LEFT + colW, y + 9, 2 * colW - 10, Align.LEFT);
            y += Math.max(28, 9 + names.height() + 4);
            c.strokeRect(LEFT, boxTop, W, y - boxTop, 0.8f);
            flow.advance(y + 12 - flow.y());
            notes();

            completenessStatement(completeness);
            summaryTable(stats, completeness);
            signOffSection(report.signOffs(), "Attestasjoner", true);
        }

        private void notes() throws IOException {
            for (String note : report.notes()) {
                FittedText f = TextFit.wrapAll(regular, ReportFonts.clean(note, warnings, "notes"), BODY, W);
                flow.ensure(f.height() + 4);
                flow.canvas().lines(regular, f, LEFT, flow.y(), W, Align.LEFT);
                flow.advance(f.height() + 4);
            }
            if (!report.notes().isEmpty()) {
                flow.advance(6);
            }
        }

        private long days() {
            return ChronoUnit.DAYS.between(report.periodFrom(), report.periodTo()) + 1;
        }

        private void field(Canvas c, String label, String value, float x, float top, float width) throws IOException {
            grey(c, label, x, top + 6.5f);
            FittedText v = TextFit.line(bold, value, 10.5f, 7, width);
            if (v.truncated()) {
                warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, label, value);
            }
            c.text(bold, v.size(), x, top + 19, v.lines().getFirst());
        }

        private void grey(Canvas c, String text, float x, float baseline) throws IOException {
            c.fill(0.35f);
            c.text(regular, 6.5f, x, baseline, text);
            c.fill(0);
        }

        private void completenessStatement(List<Completeness> completeness) throws IOException {
            List<String> lines = new ArrayList<>();
            long incomplete = completeness.stream().filter(cm -> !cm.complete()).count();
            String head;
            if (report.units().isEmpty()) {
                head = "Ufullstendig: rapporten har ingen enheter.";
                incomplete = 1;
            } else if (incomplete == 0) {
                head = "Fullstendig: alle " + report.units().size() + " enheter har målinger i perioden, ingen manglende "
                        + "kontroller, og alle avvik er avsluttet med korrigerende tiltak.";
            } else {
                head = "Ufullstendig: " + incomplete + " av " + report.units().size()
                        + " enheter mangler data eller har avvik som ikke er ferdig behandlet:";
                for (int i = 0; i < report.units().size(); i++) {
                    if (!completeness.get(i).complete()) {
                        lines.add("– " + ReportFonts.clean(report.units().get(i).name(), warnings, "units.name") + ": "
                                + String.join(", ", completeness.get(i).issues()) + ".");
                    }
                }
            }
            boolean stamp = incomplete > 0;
            float textW = W - 12 - (stamp ? 150 : 0);
            FittedText headFit = TextFit.wrapAll(bold, head, 9.5f, textW);
            List<FittedText> fitted = new ArrayList<>();
            float h = 8 + headFit.height();
            for (String line : lines) {
                FittedText f = TextFit.wrapAll(regular, line, BODY, textW);
                fitted.add(f);
                h += f.height();
            }
            h = Math.max(h + 8, stamp ? 58 : 0);
            flow.ensure(h);
            Canvas c = flow.canvas();
            float top = flow.y();
            c.strokeRect(LEFT, top, W, h, stamp ? 1.6f : 0.8f);
            float y = top + 8;
            y += c.lines(bold, headFit, LEFT + 6, y, textW, Align.LEFT);
            for (FittedText f : fitted) {
                y += c.lines(regular, f, LEFT + 6, y, textW, Align.LEFT);
            }
            if (stamp) {
                stamp(c, RIGHT - 80, top + h / 2, 15);
            }
            flow.advance(h + 12);
        }

        private void summaryTable(List<UnitStatistics> stats, List<Completeness> completeness) throws IOException {
            float[] cols = {118, 42, 44, 44, 44, 42, 30, 38, 44, W - 446};
            String[] titles = {"Enhet", "Målinger", "Min", "Maks", "Snitt", "I grønt", "Avvik", "Mangler",
                "Attestert", "Status"};
            flow.ensure(14 + 18);
            heading("Oversikt");
            tableHeader(cols, titles);
            for (int i = 0; i < report.units().size(); i++) {
                HaccpUnit u = report.units().get(i);
                UnitStatistics s = stats.get(i);
                warnings.item("HACCP-rapport, " + u.name());
                String[] cells = {
                    ReportFonts.clean(u.name(), warnings, "name"),
                    Integer.toString(s.readings()),
                    s.min().isPresent() ? NorwegianFormat.celsius(s.min().getAsDouble()) : "–",
                    s.max().isPresent() ? NorwegianFormat.celsius(s.max().getAsDouble()) : "–",
                    s.mean().isPresent() ? NorwegianFormat.celsius(s.mean().getAsDouble()) : "–",
                    s.greenShare().isPresent() ? NorwegianFormat.decimal(100 * s.greenShare().getAsDouble(), 1) + " %" : "–",
                    Integer.toString(deviationsInPeriod(u).size()),
                    Integer.toString(missingInPeriod(u).size()),
                    signedStatus(u),
                    completeness.get(i).complete() ? "OK" : "Ufullstendig"};
                List<FittedText> fitted = new ArrayList<>();
                float h = 0;
                for (int col = 0; col < cells.length; col++) {
                    FontFace f = col == 0 || col == cells.length - 1 ? bold : regular;
                    FittedText t = col == 0 ? TextFit.wrapAll(f, cells[col], 8, cols[col] - 6)
                            : TextFit.line(f, cells[col], 8, 5.5f, cols[col] - 6);
                    fitted.add(t);
                    h = Math.max(h, t.height());
                }
                h += 6;
                if (flow.y() + h > flow.bottom()) {
                    flow.newPage();
                    tableHeader(cols, titles);
                }
                Canvas c = flow.canvas();
                float top = flow.y();
                if (i % 2 == 1) {
                    c.fill(0.94f);
                    c.fillRect(LEFT, top, W, h);
                    c.fill(0);
                }
                float x = LEFT;
                for (int col = 0; col < cells.length; col++) {
                    FontFace f = col == 0 || col == cells.length - 1 ? bold : regular;
                    boolean numeric = col >= 1 && col <= 7;
                    c.lines(f, fitted.get(col), x + 3, top + 3, cols[col] - 6, numeric ? Align.RIGHT : Align.LEFT);
                    x += cols[col];
                }
                c.stroke(0.6f);
                c.line(LEFT, top + h, RIGHT, top + h, 0.3f);
                c.stroke(0);
                flow.advance(h);
            }
            flow.advance(6);
            Canvas c = flow.canvas();
            FittedText note = TextFit.wrapAll(regular, "«I grønt»: andel av tiden med data der temperaturen var innenfor "
                    + "grønn grense (hver måling gjelder til neste, høyst til største tillatte måleintervall). Min, maks og "
                    + "snitt er over målingene i perioden.", 7, W);
            flow.ensure(note.height());
            c = flow.canvas();
            c.fill(0.3f);
            c.lines(regular, note, LEFT, flow.y(), W, Align.LEFT);
            c.fill(0);
            flow.advance(note.height() + 12);
        }

        private String signedStatus(HaccpUnit unit) {
            long total = days();
            long signed = 0;
            for (LocalDate d = report.periodFrom(); !d.isAfter(report.periodTo()); d = d.plusDays(1)) {
                LocalDate day = d;
                if (report.signOffs().stream().anyMatch(s -> s.covers(unit.id()) && !day.isBefore(s.from())
                        && !day.isAfter(s.to()))) {
                    signed++;
                }
            }
            return signed == total ? "Ja" : signed == 0 ? "Nei" : "Delvis";
        }

        private void heading(String text) throws IOException {
            flow.ensure(18);
            Canvas c = flow.canvas();
            c.text(bold, 11.5f, LEFT, flow.y() + 11, text);
            flow.advance(16);
        }

        private void tableHeader(float[] cols, String[] titles) throws IOException {
            Canvas c = flow.canvas();
            float top = flow.y();
            c.fill(0.82f);
            c.fillRect(LEFT, top, W, 13);
            c.fill(0);
            float x = LEFT;
            for (int i = 0; i < cols.length; i++) {
                FittedText t = TextFit.line(bold, titles[i], 7, 5, cols[i] - 6);
                c.text(bold, t.size(), x + 3, top + 9.3f, t.lines().getFirst());
                x += cols[i];
            }
            flow.advance(13);
        }

        private void signOffSection(List<SignOff> signOffs, String title, boolean allUnits) throws IOException {
            heading(title);
            if (signOffs.isEmpty()) {
                paragraph(regular, allUnits ? "Ingen attestasjoner for perioden: perioden er ikke attestert."
                        : "Ikke attestert for denne enheten i perioden.", BODY);
                return;
            }
            for (SignOff s : signOffs) {
                warnings.item("HACCP-rapport, attestasjon " + s.signedBy());
                String scope = s.unitId().map(id -> report.units().stream().filter(u -> u.id().equals(id))
                        .map(HaccpUnit::name).findFirst().orElse(id)).orElse("alle enheter");
                String text = "Attestert av " + s.signedBy() + " " + NorwegianFormat.dateTime(s.signedAt(), zone)
                        + " for " + periodText(s.from(), s.to()) + " (" + scope + ")"
                        + s.comment().map(cm -> ". Kommentar: " + cm).orElse("") + ".";
                paragraph(regular, ReportFonts.clean(text, warnings, "signOffs"), BODY);
                if (!s.correctionsAfter().isEmpty()) {
                    paragraph(bold, "Rettet etter attestasjon (" + s.correctionsAfter().size() + "):", BODY);
                    for (AfterSignOffCorrection k : s.correctionsAfter()) {
                        String line = "– " + NorwegianFormat.dateTime(k.correctedAt(), zone) + ", " + k.correctedBy() + ": "
                                + k.what() + ". Begrunnelse: " + k.reason();
                        paragraph(regular, ReportFonts.cleanKeepingLines(line, warnings, "correctionsAfter"), BODY, 10);
                    }
                }
                flow.advance(3);
            }
        }

        private static String periodText(LocalDate a, LocalDate b) {
            return a.equals(b) ? NorwegianFormat.date(a) : NorwegianFormat.date(a) + "–" + NorwegianFormat.date(b);
        }

        private void paragraph(FontFace font, String text, float size) throws IOException {
            paragraph(font, text, size, 0);
        }

        /**
         * Wrapped text; a paragraph that does not fit in what is left of the page moves to
         * the next page whole, and only one longer than a whole page is continued line by line.
         */
        private void paragraph(FontFace font, String text, float size, float indent) throws IOException {
            FittedText f = TextFit.wrapAll(font, text, size, W - indent);
            float lineH = size * TextFit.LINE_HEIGHT;
            float pageBody = flow.bottom() - TOP - RUNNING_HEADER_H;
            flow.ensure(Math.min(f.height(), pageBody));
            List<String> lines = f.lines();
            while (!lines.isEmpty()) {
                int fit = Math.max(1, Math.min(lines.size(), (int) Math.floor(flow.remaining() / lineH)));
                FittedText part = new FittedText(lines.subList(0, fit), size, false);
                flow.canvas().lines(font, part, LEFT + indent, flow.y(), W - indent, Align.LEFT);
                flow.advance(part.height());
                lines = lines.subList(fit, lines.size());
                if (!lines.isEmpty()) {
                    flow.newPage();
                }
            }
            flow.advance(1.5f);
        }

        // ------------------------------------------------------------ unit sections

        private void unitSection(HaccpUnit unit, UnitStatistics stats, Completeness completeness) throws IOException {
            warnings.item("HACCP-rapport, " + unit.name());
            Canvas c = flow.canvas();
            float top = flow.y();
            String name = ReportFonts.clean(unit.name(), warnings, "name");
            FittedText title = TextFit.line(bold, name, 16, 10, W - (completeness.complete() ? 0 : 150));
            c.text(bold, title.size(), LEFT, top + 15, title.lines().getFirst());
            if (!completeness.complete()) {
                stamp(c, RIGHT - 70, top + 9, 11);
            }
            flow.advance(completeness.complete() ? 24 : 31);
            List<String> facts = new ArrayList<>();
            facts.add(unit.kind().title());
            String location = ReportFonts.clean(unit.location(), warnings, "location");
            if (!location.isEmpty()) {
                facts.add(location);
            }
            unit.instrument().ifPresent(instr -> {
                String text = "Instrument " + ReportFonts.clean(instr.id(), warnings, "instrument.id");
                if (instr.calibrationDue().isPresent()) {
                    LocalDate due = instr.calibrationDue().get();
                    boolean overdue = due.isBefore(LocalDate.ofInstant(report.generatedAt(), zone));
                    text += overdue ? " (KALIBRERING FORFALT " + NorwegianFormat.date(due) + ")"
                            : " (kalibreres innen " + NorwegianFormat.date(due) + ")";
                }
                facts.add(text);
            });
            paragraph(regular, String.join(" · ", facts), 9);
            for (LimitProfile p : unit.limits()) {
                boolean inForce = p == unit.limitsAt(from) || (p.effectiveFrom().isAfter(from) && p.effectiveFrom().isBefore(to));
                if (inForce) {
                    String since = p.effectiveFrom().isAfter(from)
                            ? "Grenser fra " + NorwegianFormat.dateTime(p.effectiveFrom(), zone) + ": "
                            : "Grenser: ";
                    paragraph(regular, since + p.describe(), 9);
                }
            }
            flow.advance(4);

            List<Deviation> deviations = deviationsInPeriod(unit);
            float chartH = 200;
            flow.ensure(chartH + 14);
            new TemperatureChart(flow.canvas(), fonts, unit, from, to, zone, report.generatedAt())
                    .draw(LEFT, flow.y(), W, chartH, deviations);
            flow.advance(chartH + 2);
            legend();

            String counts = "Målinger: " + stats.readings() + " (" + (stats.readings() - stats.manual()) + " fra sensor, "
                    + stats.manual() + " manuelle" + (stats.late() > 0 ? ", " + stats.late() + " etterregistrert" : "") + ")";
            String figures = stats.readings() == 0 ? "Ingen målinger i perioden."
                    : "Min " + NorwegianFormat.celsius(stats.min().orElseThrow()) + " · maks "
                    + NorwegianFormat.celsius(stats.max().orElseThrow()) + " · snitt "
                    + NorwegianFormat.celsius(stats.mean().orElseThrow()) + " · i grønt område "
                    + NorwegianFormat.decimal(100 * stats.greenShare().orElse(0), 1) + " % av tiden med data"
                    + " · data for " + NorwegianFormat.decimal(100 * stats.coverageShare(), 1) + " % av perioden";
            paragraph(regular, counts, 9);
            paragraph(bold, figures, 9);
            flow.advance(6);

            deviationTable(unit, deviations);
            missingChecks(unit);
            List<SignOff> signOffs = report.signOffs().stream().filter(s -> s.covers(unit.id())).toList();
            signOffSection(signOffs, "Attestasjon", false);
            flow.advance(4);
            heading("Fullstendighet");
            paragraph(bold, completeness.complete()
                    ? "Fullstendig: målinger i perioden, ingen manglende kontroller, alle avvik avsluttet med tiltak."
                    : "Ufullstendig: " + String.join(", ", completeness.issues()) + ".", 9.5f);
        }

        private void legend() throws IOException {
            flow.ensure(12);
            Canvas c = flow.canvas();
            float y = flow.y() + 2;
            float x = LEFT + 34;
            c.line(x, y + 4, x + 14, y + 4, 0.9f);
            x += 17;
            x += legendText(c, "måling", x, y);
            c.fillRect(x, y + 2, 4, 4);
            x += 7;
            x += legendText(c, "manuell", x, y);
            c.strokeRect(x, y + 1.5f, 5, 5, 0.9f);
            x += 8;
            x += legendText(c, "etterregistrert", x, y);
            c.fillRect(x, y + 2, 12, 5);
            x += 15;
            x += legendText(c, "avvik (A1 …)", x, y);
            c.strokeRect(x, y + 1.5f, 12, 5, 0.5f);
            x += 15;
            x += legendText(c, "manglende kontroll", x, y);
            for (Level level : Level.values()) {
                float[] rgb = level == Level.GREEN ? TemperatureChart.GREEN
                        : level == Level.YELLOW ? TemperatureChart.YELLOW : TemperatureChart.RED;
                c.fillRgb(rgb[0], rgb[1], rgb[2]);
                c.fillRect(x, y + 1, 10, 7);
                c.fill(0);
                c.strokeRect(x, y + 1, 10, 7, 0.3f);
                x += 13;
                x += legendText(c, level.title(), x, y);
            }
            flow.advance(14);
        }

        private float legendText(Canvas c, String text, float x, float y) throws IOException {
            c.text(regular, 7, x, y + 7, text);
            return regular.width(text, 7) + 9;
        }

        private List<Deviation> deviationsInPeriod(HaccpUnit unit) {
            return unit.deviations().stream()
                    .filter(d -> d.start().isBefore(to) && d.end().map(e -> e.isAfter(from)).orElse(true)).toList();
        }

        private List<MissingCheck> missingInPeriod(HaccpUnit unit) {
            return unit.missingChecks().stream().filter(m -> m.to().isAfter(from) && m.from().isBefore(to)).toList();
        }

        private void deviationTable(HaccpUnit unit, List<Deviation> deviations) throws IOException {
            heading("Avvik (" + deviations.size() + ")");
            if (deviations.isEmpty()) {
                paragraph(regular, "Ingen avvik i perioden.", BODY);
                flow.advance(6);
                return;
            }
            float[] cols = {24, 104, 46, 32, 96, W - 302};
            String[] titles = {"Nr", "Tidsrom", "Ekstrem", "Nivå", "Avvik", "Korrigerende tiltak"};
            flow.ensure(13 + 30);
            tableHeader(cols, titles);
            for (int i = 0; i < deviations.size(); i++) {
                Deviation d = deviations.get(i);
                String when = shortDateTime(d.start()) + " –\n"
                        + d.end().map(this::shortDateTime).orElse("pågår") + "\n("
                        + NorwegianFormat.duration(d.duration(report.generatedAt())) + ")";
                List<FittedText> cells = new ArrayList<>();
                cells.add(TextFit.line(bold, "A" + (i + 1), BODY, 6, cols[0] - 6));
                cells.add(TextFit.wrapAll(regular, when, BODY, cols[1] - 6));
                cells.add(TextFit.line(bold, NorwegianFormat.celsius(d.extremeCelsius()), BODY, 6, cols[2] - 6));
                cells.add(TextFit.line(regular, d.level().title(), BODY, 6, cols[3] - 6));
                cells.add(TextFit.wrapAll(regular, ReportFonts.cleanKeepingLines(d.description(), warnings, "description"),
                        BODY, cols[4] - 6));
                String action = d.correctiveAction().map(a -> "Årsak: " + a.cause() + "\nTiltak: " + a.action()
                        + "\nMaten: " + a.foodOutcome().title() + "\nRegistrert av " + a.recordedBy() + " "
                        + NorwegianFormat.dateTime(a.recordedAt(), zone)).orElse("");
                FittedText actionFit = TextFit.wrapAll(regular, ReportFonts.cleanKeepingLines(action, warnings,
                        "correctiveAction"), BODY, cols[5] - 6);
                cells.add(actionFit);
                float h = cells.stream().map(FittedText::height).reduce(0f, Float::max);
                float maxRow = flow.bottom() - TOP - RUNNING_HEADER_H - 13 - 6;
                if (h > maxRow) {
                    // Only free text can outgrow a page: cut it to one page, visibly, and say so.
                    for (int col : new int[] {4, 5}) {
                        FittedText cell = cells.get(col);
                        if (cell.height() > maxRow) {
                            FittedText cut = TextFit.box(regular, String.join("\n", cell.lines()), BODY, 6, cols[col] - 6, maxRow);
                            cells.set(col, cut);
                            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, col == 4 ? "description" : "correctiveAction",
                                    col == 4 ? d.description() : action);
                        }
                    }
                    h = cells.stream().map(FittedText::height).reduce(0f, Float::max);
                }
                if (d.correctiveAction().isEmpty()) {
                    h = Math.max(h, 14);
                }
                h += 6;
                if (flow.y() + h > flow.bottom()) {
                    flow.newPage();
                    tableHeader(cols, titles);
                }
                Canvas c = flow.canvas();
                float top = flow.y();
                float x = LEFT;
                for (int col = 0; col < cells.size(); col++) {
                    FontFace f = col == 0 || col == 2 ? bold : regular;
                    c.lines(f, cells.get(col), x + 3, top + 3, cols[col] - 6, Align.LEFT);
                    x += cols[col];
                }
                if (d.correctiveAction().isEmpty()) {
                    float tx = LEFT + W - cols[5] + 3;
                    String tag = "MANGLER KORRIGERENDE TILTAK";
                    c.fillRect(tx, top + 3, bold.width(tag, 7.5f) + 6, 11);
                    c.fill(1);
                    c.text(bold, 7.5f, tx + 3, top + 11.2f, tag);
                    c.fill(0);
                }
                c.stroke(0.6f);
                c.line(LEFT, top + h, RIGHT, top + h, 0.3f);
                c.stroke(0);
                flow.advance(h);
            }
            flow.advance(10);
        }

        private String shortDateTime(Instant t) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            return NorwegianFormat.dayMonth(local.toLocalDate()) + " kl. " + NorwegianFormat.time(local.toLocalTime());
        }

        private void missingChecks(HaccpUnit unit) throws IOException {
            List<MissingCheck> missing = missingInPeriod(unit);
            heading("Manglende kontroller (" + missing.size() + ")");
            if (missing.isEmpty()) {
                paragraph(regular, "Ingen manglende kontroller i perioden.", BODY);
            }
            for (MissingCheck m : missing) {
                String text = "– " + shortDateTime(m.from()) + " – " + shortDateTime(m.to()) + " ("
                        + NorwegianFormat.duration(java.time.Duration.between(m.from(), m.to())) + "): "
                        + ReportFonts.clean(m.description(), warnings, "missingChecks.description");
                paragraph(regular, text, BODY);
            }
            flow.advance(8);
        }

        /** A rubber-stamp "UFULLSTENDIG", tilted, centred at (cx, cy). */
        private void stamp(Canvas c, float cx, float cy, float size) throws IOException {
            String text = "UFULLSTENDIG";
            float tw = bold.width(text, size);
            float w = tw + size * 1.2f;
            float h = size * 1.9f;
            c.save();
            c.raw().transform(Matrix.getRotateInstance(Math.toRadians(8), c.px(cx), c.py(cy)));
            c.raw().setStrokingColor(0.72f, 0.05f, 0.05f);
            c.raw().setNonStrokingColor(0.72f, 0.05f, 0.05f);
            c.raw().setLineWidth(size * 0.16f);
            c.raw().addRect(-w / 2, -h / 2, w, h);
            c.raw().stroke();
            c.raw().setLineWidth(size * 0.05f);
            c.raw().addRect(-w / 2 + size * 0.22f, -h / 2 + size * 0.22f, w - size * 0.44f, h - size * 0.44f);
            c.raw().stroke();
            c.raw().beginText();
            c.raw().setFont(bold.pdFont(), size);
            c.raw().newLineAtOffset(-tw / 2, -size * 0.36f);
            c.raw().showText(text);
            c.raw().endText();
            c.restore();
        }
    }
}
