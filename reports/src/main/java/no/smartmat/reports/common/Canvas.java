package no.smartmat.reports.common;

import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Drawing on one page with the origin at the top left and y growing downwards, in points,
 * which is how layouts are written; PDF's own origin is bottom left. An extra origin
 * offset moves everything (one label of a sheet, or a printer-drift correction).
 *
 * <p>Text given to the text methods must already be cleaned by {@link ReportFonts#clean}.
 */
public final class Canvas implements Closeable {

    private final PDPageContentStream cs;
    private final float pageHeight;
    private float originX;
    private float originY;
    private float fillGray = 0;
    private boolean fillIsGray = true;
    private float strokeGray = 0;

    public Canvas(PDDocument document, PDPage page) throws IOException {
        this(document, page, false);
    }

    /** With {@code append}, draws over what the page already has (footers added once the page count is known). */
    public Canvas(PDDocument document, PDPage page, boolean append) throws IOException {
        this.cs = append
                ? new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)
                : new PDPageContentStream(document, page);
        this.pageHeight = page.getMediaBox().getHeight();
    }

    /** The underlying content stream, in PDF coordinates (bottom-left origin). */
    public PDPageContentStream raw() {
        return cs;
    }

    public void origin(float x, float top) {
        this.originX = x;
        this.originY = top;
    }

    /** PDF x of a layout x. */
    public float px(float x) {
        return originX + x;
    }

    /** PDF y of a layout y (measured down from the top). */
    public float py(float y) {
        return pageHeight - originY - y;
    }

    public void fill(float gray) throws IOException {
        if (!fillIsGray || fillGray != gray) {
            cs.setNonStrokingColor(gray);
            fillGray = gray;
            fillIsGray = true;
        }
    }

    public void fillRgb(float r, float g, float b) throws IOException {
        cs.setNonStrokingColor(r, g, b);
        fillIsGray = false;
    }

    public void stroke(float gray) throws IOException {
        if (strokeGray != gray) {
            cs.setStrokingColor(gray);
            strokeGray = gray;
        }
    }

    public void text(FontFace font, float size, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font.pdFont(), size);
        cs.newLineAtOffset(px(x), py(baseline));
        cs.showText(text);
        cs.endText();
    }

    public void text(FontFace font, float size, float x, float baseline, String text, Align align) throws IOException {
        float w = font.width(text, size);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        text(font, size, left, baseline, text);
    }

    /**
     * Draws fitted lines into a box of {@code width} starting at {@code top}; returns the
     * height used.
     */
    public float lines(FontFace font, FittedText fitted, float x, float top, float width, Align align) throws IOException {
        float size = fitted.size();
        float baseline = top + size * TextFit.ASCENT;
        for (String line : fitted.lines()) {
            float anchor = switch (align) {
                case LEFT -> x;
                case CENTER -> x + width / 2;
                case RIGHT -> x + width;
            };
            text(font, size, anchor, baseline, line, align);
            baseline += size * TextFit.LINE_HEIGHT;
        }
        return fitted.height();
    }

    public void fillRect(float x, float top, float width, float height) throws IOException {
        cs.addRect(px(x), py(top + height), width, height);
        cs.fill();
    }

    /** Adds a rectangle to the current path without painting (for batching many bars). */
    public void addRect(float x, float top, float width, float height) throws IOException {
        cs.addRect(px(x), py(top + height), width, height);
    }

    public void fillPath() throws IOException {
        cs.fill();
    }

    public void strokeRect(float x, float top, float width, float height, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.addRect(px(x), py(top + height), width, height);
        cs.stroke();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.moveTo(px(x1), py(y1));
        cs.lineTo(px(x2), py(y2));
        cs.stroke();
    }

    public void dashedLine(float x1, float y1, float x2, float y2, float lineWidth, float dash) throws IOException {
        cs.setLineDashPattern(new float[] {dash, dash}, 0);
        line(x1, y1, x2, y2, lineWidth);
        cs.setLineDashPattern(new float[0], 0);
    }

    /** An empty tick box of side {@code size}. */
    public void checkbox(float x, float top, float size) throws IOException {
        strokeRect(x, top, size, size, 0.9f);
    }

    public void save() throws IOException {
        cs.saveGraphicsState();
    }

    /** Restores the graphics state; colour caches are reset since PDF restores them too. */
    public void restore() throws IOException {
        cs.restoreGraphicsState();
        fillGray = 0;
        fillIsGray = true;
        strokeGray = 0;
        cs.setNonStrokingColor(0f);
        cs.setStrokingColor(0f);
    }

    /** Clips to a rectangle until the next {@link #restore()}. */
    public void clip(float x, float top, float width, float height) throws IOException {
        cs.addRect(px(x), py(top + height), width, height);
        cs.clip();
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
