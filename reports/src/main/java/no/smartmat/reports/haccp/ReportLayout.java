package no.smartmat.reports.haccp;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;
import no.smartmat.reports.common.Warnings;

/**
 * The report's page geometry and the pieces every part of it draws with: the flowing pages with their running
 * header, headings, wrapped paragraphs, table headers, labelled fields and the «UFULLSTENDIG» stamp.
 */
final class ReportLayout {

    static final float LEFT = Mm.pt(15);
    static final float RIGHT = Pdf.A4.getWidth() - Mm.pt(15);
    static final float W = RIGHT - LEFT;
    static final float TOP = Mm.pt(12);
    static final float FOOTER_TOP = Pdf.A4.getHeight() - Mm.pt(10) - PageFooter.HEIGHT;
    static final float BODY = 8.5f;
    static final float RUNNING_HEADER_H = 22;

    final ReportFonts fonts;
    final FontFace regular;
    final FontFace bold;
    final Warnings warnings;
    final HaccpReport report;
    final ZoneId zone;
    final Instant from;
    final Instant to;
    final String kitchen;
    final PageFlow flow;

    ReportLayout(PDDocument document, ReportFonts fonts, Warnings warnings, HaccpReport report) {
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
        this.flow = new PageFlow(document, Pdf.A4, FOOTER_TOP - 8, this::runningHeader);
    }

    /** "HACCP-rapport temperaturkontroll · Bærum storkjøkken · 1.12.2026–7.12.2026", atop every page and in the footer. */
    String title() {
        return "HACCP-rapport temperaturkontroll · " + kitchen + " · " + period(report.periodFrom(), report.periodTo());
    }

    private float runningHeader(Canvas c, int index) throws IOException {
        if (index == 0) {
            return TOP;
        }
        FittedText t = TextFit.line(regular, title(), 8.5f, 6, W);
        c.fill(0.3f);
        c.text(regular, t.size(), LEFT, TOP + 9, t.lines().getFirst());
        c.fill(0);
        c.stroke(0.6f);
        c.line(LEFT, TOP + 13, RIGHT, TOP + 13, 0.4f);
        c.stroke(0);
        return TOP + RUNNING_HEADER_H;
    }

    void footers() throws IOException {
        String generated = NorwegianFormat.dateTime(report.generatedAt(), zone);
        flow.finish((c, index, count) -> PageFooter.draw(c, fonts, LEFT, RIGHT, FOOTER_TOP, title(), index + 1, count,
                "Generert " + generated + " av Smart Mat Console. Alle tider er norsk tid (" + zone.getId() + ")."));
    }

    static String period(LocalDate a, LocalDate b) {
        return a.equals(b) ? NorwegianFormat.date(a) : NorwegianFormat.date(a) + "–" + NorwegianFormat.date(b);
    }

    long days() {
        return ChronoUnit.DAYS.between(report.periodFrom(), report.periodTo()) + 1;
    }

    /** "2.12. kl. 10:20". */
    String shortDateTime(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        return NorwegianFormat.dayMonth(local.toLocalDate()) + " kl. " + NorwegianFormat.time(local.toLocalTime());
    }

    void heading(String text) throws IOException {
        flow.ensure(18);
        Canvas c = flow.canvas();
        c.text(bold, 11.5f, LEFT, flow.y() + 11, text);
        flow.advance(16);
    }

    void tableHeader(float[] cols, String[] titles) throws IOException {
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

    /** A grey label above a bold value, cut to {@code width} (with a warning if it had to be). */
    void field(Canvas c, String label, String value, float x, float top, float width) throws IOException {
        grey(c, label, x, top + 6.5f);
        FittedText v = TextFit.line(bold, value, 10.5f, 7, width);
        if (v.truncated()) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, label, value);
        }
        c.text(bold, v.size(), x, top + 19, v.lines().getFirst());
    }

    void grey(Canvas c, String text, float x, float baseline) throws IOException {
        c.fill(0.35f);
        c.text(regular, 6.5f, x, baseline, text);
        c.fill(0);
    }

    void paragraph(FontFace font, String text, float size) throws IOException {
        paragraph(font, text, size, 0);
    }

    /**
     * Wrapped text; a paragraph that does not fit in what is left of the page moves to
     * the next page whole, and only one longer than a whole page is continued line by line.
     */
    void paragraph(FontFace font, String text, float size, float indent) throws IOException {
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

    /** A rubber-stamp "UFULLSTENDIG", tilted, centred at (cx, cy). */
    void stamp(Canvas c, float cx, float cy, float size) throws IOException {
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

    /** "12,3 °C", or "–" when there is no value. */
    static String celsius(java.util.OptionalDouble value) {
        return value.isPresent() ? NorwegianFormat.celsius(value.getAsDouble()) : "–";
    }

    /** "97,5 %", or "–". */
    static String percent(java.util.OptionalDouble share) {
        return share.isPresent() ? NorwegianFormat.decimal(100 * share.getAsDouble(), 1) + " %" : "–";
    }
}
