package no.smartmat.reports.labels;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import com.google.zxing.common.BitMatrix;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Barcodes;
import no.smartmat.reports.common.Barcodes.LinearBarcode;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.Instruction;
import no.smartmat.reports.common.Mm;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.Pdf;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;
import no.smartmat.reports.common.Warnings;
import no.smartmat.reports.common.ZoneMarks;

/**
 * Renders package labels to one PDF.
 *
 * <p><b>Order:</b> labels are printed exactly in the order given. The caller passes them in
 * print order, which is reverse loading order per route (the last stop's bags first, so
 * the packer loads the van from the back as the labels come off the printer). On A4
 * sheets labels fill positions row by row, left to right.
 *
 * <p>Thermal formats give one label per page, with the page the size of the label. Text
 * that does not fit is shrunk, then wrapped, and only as a last resort cut with "…" —
 * each cut is listed in the result's warnings. Instances hold no state; one renderer can
 * be used from several threads.
 */
public final class LabelRenderer {

    /**
     * @throws IllegalArgumentException if {@code labels} is empty (a PDF with no pages
     *                                  cannot be printed; the console should say there is nothing to print)
     * @throws IOException              if writing to {@code out} fails
     */
    public RenderResult render(List<Label> labels, LabelLayout layout, OutputStream out) throws IOException {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no labels to render");
        }
        LabelLayout.Format format = layout.format();
        PDRectangle pageSize = new PDRectangle(Mm.pt(format.pageWidthMm()), Mm.pt(format.pageHeightMm()));
        Warnings warnings = new Warnings();
        int pages = 0;
        try (PDDocument document = new PDDocument()) {
            Pdf.describe(document, "Etiketter " + NorwegianFormat.date(labels.getFirst().deliveryDate()));
            ReportFonts fonts = ReportFonts.embedIn(document);
            Canvas canvas = null;
            int position = layout.skipPositions();
            try {
                for (int i = 0; i < labels.size(); i++) {
                    if (canvas == null || position == format.labelsPerPage()) {
                        if (canvas != null) {
                            canvas.close();
                            position = 0;
                        }
                        PDPage page = new PDPage(pageSize);
                        document.addPage(page);
                        pages++;
                        canvas = new Canvas(document, page);
                    }
                    Label label = labels.get(i);
                    warnings.item("Etikett " + (i + 1) + " (" + label.vanCode() + ", stopp " + label.stopNumber()
                            + ", pose " + label.bagNumber() + " av " + label.bagCount() + ")");
                    float left = Mm.pt(format.labelLeftMm(position) + layout.offsetRightMm());
                    float top = Mm.pt(format.labelTopMm(position) + layout.offsetDownMm());
                    float w = Mm.pt(format.labelWidthMm());
                    float h = Mm.pt(format.labelHeightMm());
                    canvas.save();
                    canvas.clip(left, top, w, h);
                    canvas.origin(left, top);
                    LabelPainter painter = new LabelPainter(canvas, fonts, warnings, label, w, h, Mm.pt(layout.paddingMm()));
                    switch (format) {
                        case THERMAL_100X150 -> painter.large(layout.qrCode());
                        case THERMAL_100X50 -> painter.wide(layout.qrCode());
                        case A4_3X8 -> painter.small();
                    }
                    canvas.origin(0, 0);
                    canvas.restore();
                    position++;
                }
            } finally {
                if (canvas != null) {
                    canvas.close();
                }
            }
            document.save(out);
        }
        return new RenderResult(pages, warnings.toList());
    }

    /** Draws one label with its top-left corner at the canvas origin. */
    private static final class LabelPainter {
        private final Canvas c;
        private final FontFace regular;
        private final FontFace bold;
        private final ReportFonts fonts;
        private final Warnings warnings;
        private final Label label;
        private final float w;
        private final float h;
        private final float pad;
        private final String name;
        private final String street;
        private final String postcodeCity;
        private final Optional<String> area;
        private final String van;
        private final String driver;
        private final String diet;
        private final Optional<Instruction> instruction;

        LabelPainter(Canvas c, ReportFonts fonts, Warnings warnings, Label label, float w, float h, float pad) {
            this.c = c;
            this.fonts = fonts;
            this.regular = fonts.regular();
            this.bold = fonts.bold();
            this.warnings = warnings;
            this.label = label;
            this.w = w;
            this.h = h;
            this.pad = pad;
            this.name = ReportFonts.clean(label.clientName(), warnings, "clientName");
            this.street = ReportFonts.clean(label.address().street(), warnings, "address.street");
            this.postcodeCity = ReportFonts.clean(label.address().postcodeAndCity(), warnings, "address");
            this.area = label.area().map(a -> ReportFonts.clean(a, warnings, "area")).filter(a -> !a.isEmpty());
            this.van = ReportFonts.clean(label.vanCode(), warnings, "vanCode");
            this.driver = ReportFonts.clean(label.driverName(), warnings, "driverName");
            this.diet = ReportFonts.clean(String.join(", ", label.dietCodes()), warnings, "dietCodes");
            this.instruction = label.instruction().map(i -> new Instruction(
                    ReportFonts.clean(i.text(), warnings, "instruction"), ReportFonts.clean(i.shortText(), warnings, "instruction")));
        }

        /** 100 × 150 mm: everything, large; stop number and zone readable at arm's length. */
        void large(boolean qr) throws IOException {
            float x = pad;
            float iw = w - 2 * pad;
            float y = pad;
            float rowH = 76;
            float zoneW = 122;
            ZoneMarks.block(c, fonts, label.zone(), w - pad - zoneW, y, zoneW, rowH);
            stopNumber(x, y, iw - zoneW - 8, rowH, 13, 60, 16);
            y += rowH + 7;

            y += line(bold, van + " · " + driver, x, y, iw, 14, 8, Align.LEFT, "driverName");
            y += line(bold, NorwegianFormat.weekdayDayMonth(label.deliveryDate()) + "  kl. " + label.window().formatted(),
                    x, y, iw, 14, 8, Align.LEFT, "window") + 3;
            c.line(x, y, x + iw, y, 1.2f);
            y += 5;

            y += box(bold, name, x, y, iw, 52, 22, 11, "clientName") + 2;
            y += line(regular, street, x, y, iw, 15, 8, Align.LEFT, "address.street");
            y += line(regular, postcodeCity, x, y, iw, 15, 8, Align.LEFT, "address");
            if (area.isPresent()) {
                y += line(regular, "Område: " + area.get(), x, y, iw, 11, 7, Align.LEFT, "area");
            }
            y += 3;
            c.line(x, y, x + iw, y, 1.2f);
            y += 6;

            float barcodeH = 86;
            float barcodeTop = h - pad - barcodeH;
            float dietH = diet.isEmpty() ? 0 : 18;
            float flagsBottom = barcodeTop - dietH - 4;
            float bagW = 104;
            float flagsH = Math.min(62, flagsBottom - y);
            bag(x, y, bagW, flagsH, 11, 30);
            flags(x + bagW + 8, y, iw - bagW - 8, flagsH, 13);
            if (!diet.isEmpty()) {
                line(bold, "Kost: " + diet, x, barcodeTop - dietH - 2, iw, 12, 7, Align.LEFT, "dietCodes");
            }
            if (qr) {
                float side = barcodeH;
                barcode(x, barcodeTop, iw - side - 8, barcodeH, 10, Mm.pt(0.5));
                qr(x + iw - side, barcodeTop, side);
            } else {
                barcode(x, barcodeTop, iw, barcodeH, 10, Mm.pt(0.5));
            }
        }

        /** 100 × 50 mm: stop, zone and bag in a left column; name, address and barcode right. */
        void wide(boolean qr) throws IOException {
            float x = pad;
            float y = pad;
            float colW = 66;
            float ih = h - 2 * pad;
            stopNumber(x, y, colW, 42, 7, 32, 9);
            float zoneTop = y + 45;
            float zoneH = 34;
            ZoneMarks.block(c, fonts, label.zone(), x, zoneTop, colW, zoneH);
            bag(x, zoneTop + zoneH + 3, colW, pad + ih - (zoneTop + zoneH + 3), 6.5f, 13);

            float rx = x + colW + 7;
            float rw = w - pad - rx;
            float ry = y;
            ry += box(bold, name, rx, ry, rw, 27, 13, 7, "clientName");
            ry += line(regular, street + ", " + postcodeCity, rx, ry, rw, 9, 5.5f, Align.LEFT, "address");
            String route = van + " · " + driver + area.map(a -> " · " + a).orElse("");
            ry += line(regular, route, rx, ry, rw, 8, 5, Align.LEFT, "driverName");
            ry += line(bold, NorwegianFormat.weekdayDayMonth(label.deliveryDate()) + "  kl. " + label.window().formatted(),
                    rx, ry, rw, 9, 5.5f, Align.LEFT, "window") + 2;
            float flagsH = 12;
            if (!inlineFlags(rx, ry, rw, flagsH, 7.5f)) {
                ry += flagsH + 1;
                ry += line(bold, "Kost: " + diet, rx, ry, rw, 8, 5.5f, Align.LEFT, "dietCodes") - flagsH;
            }
            ry += flagsH + 3;
            float barcodeH = pad + ih - ry;
            if (qr && barcodeH >= 30) {
                float side = barcodeH;
                barcode(rx, ry, rw - side - 5, barcodeH, 7, Mm.pt(0.4));
                qr(rx + rw - side, ry, side);
            } else {
                barcode(rx, ry, rw, barcodeH, 7, Mm.pt(0.4));
            }
        }

        /** 70 × 37 mm on A4 sheets: compact, still with big stop number and zone block. */
        void small() throws IOException {
            float x = pad;
            float iw = w - 2 * pad;
            float y = pad;
            float rowH = 25;
            float zoneW = 56;
            ZoneMarks.block(c, fonts, label.zone(), x + iw - zoneW, y, zoneW, rowH);
            stopNumber(x, y, 62, rowH, 5.5f, 20, 7);
            bag(x + 65, y, iw - zoneW - 65 - 3, rowH, 5.5f, 10);
            y += rowH + 2;
            y += box(bold, name, x, y, iw, 15, 10, 6, "clientName");
            y += line(regular, street + ", " + postcodeCity, x, y, iw, 7.5f, 5, Align.LEFT, "address");
            String when = NorwegianFormat.dayMonth(label.deliveryDate()) + " " + label.window().formatted();
            y += line(regular, van + " · " + driver + " · " + when, x, y, iw, 7, 4.5f, Align.LEFT, "driverName") + 1;
            float flagsH = 9;
            if (!inlineFlags(x, y, iw, flagsH, 6)) {
                y += flagsH + 1;
                y += line(bold, "Kost: " + diet, x, y, iw, 6.5f, 5, Align.LEFT, "dietCodes") - flagsH;
            }
            y += flagsH + 2;
            barcode(x, y, iw, h - pad - y, 5.5f, Mm.pt(0.38));
        }

        /** "STOPP" above a big number with "av N" after it, shrunk to the width given. */
        private void stopNumber(float x, float top, float width, float height, float labelSize, float numberSize,
                                float ofSize) throws IOException {
            String number = Integer.toString(label.stopNumber());
            String of = " av " + label.stopCount();
            float scale = Math.min(1f, width / (bold.width(number, numberSize) + regular.width(of, ofSize)));
            float ns = numberSize * scale;
            float os = ofSize * scale;
            c.text(bold, labelSize, x, top + labelSize * 0.9f, "STOPP");
            float baseline = top + height - Math.max(1, height * 0.04f);
            c.text(bold, ns, x - ns * 0.04f, baseline, number);
            c.text(regular, os, x + bold.width(number, ns) - ns * 0.04f, baseline, of);
        }

        /** "POSE" with "n av m" big, framed. */
        private void bag(float x, float top, float width, float height, float labelSize, float maxSize) throws IOException {
            c.strokeRect(x + 0.6f, top + 0.6f, width - 1.2f, height - 1.2f, 1.2f);
            float inset = Math.max(2.5f, labelSize * 0.4f);
            c.text(bold, labelSize, x + inset, top + inset + labelSize * 0.8f, "POSE");
            String value = label.bagNumber() + " av " + label.bagCount();
            float avail = height - labelSize - inset * 2;
            float size = Math.min(maxSize, Math.min(avail / 0.8f, (width - 2 * inset) / bold.unitWidth(value)));
            c.text(bold, size, x + width / 2, top + height - inset - 0.5f, value, Align.CENTER);
        }

        /** The handling instruction and the access flag stacked in boxes (large label). */
        private void flags(float x, float top, float width, float height, float size) throws IOException {
            int count = (instruction.isPresent() ? 1 : 0) + (label.hasAccessNotes() ? 1 : 0);
            if (count == 0) {
                return;
            }
            float gap = 5;
            float boxH = Math.min(28, (height - gap * (count - 1)) / count);
            float y = top;
            if (instruction.isPresent()) {
                c.fillRect(x, y, width, boxH);
                c.fill(1);
                centred(bold, instruction.get().text(), x, y, width, boxH, size);
                c.fill(0);
                y += boxH + gap;
            }
            if (label.hasAccessNotes()) {
                c.strokeRect(x + 0.75f, y + 0.75f, width - 1.5f, boxH - 1.5f, 1.5f);
                centred(bold, "Adkomst: se kjøreliste", x, y, width, boxH, size);
            }
        }

        /**
         * The instruction's short form and the access flag side by side on one row (small
         * labels), diet codes after them when they fit there at the flags' size; returns false
         * if the diet codes still need a line of their own.
         */
        private boolean inlineFlags(float x, float top, float width, float height, float size) throws IOException {
            float cx = x;
            float gap = 3;
            if (instruction.isPresent()) {
                String text = instruction.get().shortText();
                float tw = bold.width(text, size) + 6;
                c.fillRect(cx, top, tw, height);
                c.fill(1);
                centred(bold, text, cx, top, tw, height, size);
                c.fill(0);
                cx += tw + gap;
            }
            if (label.hasAccessNotes()) {
                String text = "Adkomst: se kjøreliste";
                float tw = Math.min(bold.width(text, size) + 6, x + width - cx);
                c.strokeRect(cx + 0.5f, top + 0.5f, tw - 1, height - 1, 1);
                centred(bold, text, cx, top, tw, height, size);
                cx += tw + gap;
            }
            if (diet.isEmpty()) {
                return true;
            }
            String text = "Kost: " + diet;
            if (bold.width(text, size) > x + width - cx) {
                return false;
            }
            c.text(bold, size, cx, top + height / 2 + size * 0.36f, text);
            return true;
        }

        private void centred(FontFace font, String text, float x, float top, float width, float height, float size)
                throws IOException {
            FittedText fitted = TextFit.line(font, text, size, 4, width - 4);
            float s = fitted.size();
            c.text(font, s, x + width / 2, top + height / 2 + s * 0.36f, fitted.lines().getFirst(), Align.CENTER);
        }

        private void barcode(float x, float top, float width, float height, float textSize, float maxModule)
                throws IOException {
            Optional<LinearBarcode> symbol = Barcodes.code128(label.packageCode());
            String code = ReportFonts.clean(label.packageCode(), warnings, "packageCode");
            if (symbol.isEmpty()) {
                warnings.add(RenderWarning.Kind.BARCODE_NOT_DRAWN, "packageCode", label.packageCode());
                c.strokeRect(x, top, width, height, 0.8f);
                centred(bold, "INGEN STREKKODE", x, top, width, height * 0.6f, textSize * 1.3f);
                centred(regular, code, x, top + height * 0.5f, width, height * 0.4f, textSize);
                return;
            }
            LinearBarcode barcode = symbol.get();
            if (!barcode.gs1() && code.length() == 18 && code.chars().allMatch(Character::isDigit)) {
                warnings.add(RenderWarning.Kind.INVALID_SSCC, "packageCode", label.packageCode());
            }
            float module = Barcodes.moduleWidth(barcode.moduleCount(), width, maxModule);
            if (module < Barcodes.MIN_MODULE) {
                warnings.add(RenderWarning.Kind.BARCODE_TOO_DENSE, "packageCode", label.packageCode());
            }
            float symbolW = barcode.moduleCount() * module;
            float textH = textSize * 1.25f;
            float barsH = height - textH;
            Barcodes.drawLinear(c, barcode.modules(), x + (width - symbolW) / 2, top, module, barsH);
            FittedText human = TextFit.line(regular, barcode.humanReadable(), textSize, 4, width);
            c.lines(regular, human, x, top + barsH + (textH - human.height()) / 2 + 0.5f, width, Align.CENTER);
        }

        private void qr(float x, float top, float side) throws IOException {
            if (label.packageCode().isEmpty()) {
                return;
            }
            BitMatrix matrix = Barcodes.qr(label.packageCode());
            // Leave a two-module quiet zone inside the square (the label's padding adds more).
            float module = side / (matrix.getWidth() + 4);
            float drawn = module * matrix.getWidth();
            Barcodes.drawMatrix(c, matrix, x + (side - drawn) / 2, top + (side - drawn) / 2, module);
        }

        private float line(FontFace font, String text, float x, float top, float width, float max, float min,
                           Align align, String field) throws IOException {
            FittedText fitted = TextFit.line(font, text, max, min, width);
            if (fitted.truncated()) {
                warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, field, text);
            }
            return c.lines(font, fitted, x, top, width, align);
        }

        private float box(FontFace font, String text, float x, float top, float width, float height, float max,
                          float min, String field) throws IOException {
            FittedText fitted = TextFit.box(font, text, max, min, width, height);
            if (fitted.truncated()) {
                warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, field, text);
            }
            c.lines(font, fitted, x, top, width, Align.LEFT);
            return fitted.height();
        }
    }
}
