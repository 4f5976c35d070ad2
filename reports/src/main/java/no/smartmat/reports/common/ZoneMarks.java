package no.smartmat.reports.common;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The zone block: zone word plus a symbol, distinct in pure black and white (thermal
 * printers have no grey and no colour), so a packer tells the zones apart at a glance:
 * <ul>
 *   <li>FRYS — solid black block, white word, white snowflake;</li>
 *   <li>KJØL — heavy black frame, black word, thermometer;</li>
 *   <li>TØRR — thin frame, black word, box (parcel) outline.</li>
 * </ul>
 */
public final class ZoneMarks {

    private static final float K = 0.5523f; // Bezier circle constant

    private ZoneMarks() {
    }

    /**
     * Draws the block in the given box: symbol on the left and word on the right when the
     * box is wide, symbol above the word when it is tall.
     */
    public static void block(Canvas c, ReportFonts fonts, Zone zone, float x, float top, float w, float h) throws IOException {
        float frame = switch (zone) {
            case FROZEN -> 0;
            case CHILLED -> Math.max(2f, Math.min(w, h) * 0.075f);
            case AMBIENT -> 0.9f;
        };
        if (zone == Zone.FROZEN) {
            c.fill(0);
            c.fillRect(x, top, w, h);
        } else {
            c.stroke(0);
            c.strokeRect(x + frame / 2, top + frame / 2, w - frame, h - frame, frame);
        }
        float ink = zone == Zone.FROZEN ? 1 : 0;
        float inset = Math.max(frame, 0.8f) + Math.min(w, h) * 0.08f;
        float innerW = w - 2 * inset;
        float innerH = h - 2 * inset;
        FontFace bold = fonts.bold();
        String word = zone.word();
        boolean sideBySide = w >= h * 1.35f;
        c.fill(ink);
        c.stroke(ink);
        if (sideBySide) {
            float symbol = Math.min(innerH, innerW * 0.38f);
            float textW = innerW - symbol - innerW * 0.06f;
            float size = Math.min(innerH * 0.78f, textW / bold.unitWidth(word));
            symbol(c, zone, x + inset, top + (h - symbol) / 2, symbol);
            c.fill(ink);
            float textX = x + inset + symbol + (innerW - symbol - bold.width(word, size)) / 2 + innerW * 0.03f;
            c.text(bold, size, textX, top + h / 2 + size * 0.36f, word);
        } else {
            float size = Math.min(innerH * 0.34f, innerW / bold.unitWidth(word));
            float symbol = Math.min(innerH - size * 1.15f, innerW);
            symbol(c, zone, x + (w - symbol) / 2, top + inset, symbol);
            c.fill(ink);
            c.text(bold, size, x + w / 2, top + h - inset - size * 0.12f, word, Align.CENTER);
        }
        c.fill(0);
        c.stroke(0);
    }

    /**
     * The zone word on a small tag in running text or a table cell, in the block's style (solid black for FRYS, a
     * heavy frame for KJØL, a thin one for TØRR), {@code size} points high text. Returns the tag's width.
     */
    public static float tag(Canvas c, ReportFonts fonts, Zone zone, float x, float top, float size) throws IOException {
        float w = tagWidth(fonts, size);
        float h = size * 1.45f;
        if (zone == Zone.FROZEN) {
            c.fill(0);
            c.fillRect(x, top, w, h);
            c.fill(1);
        } else {
            float line = zone == Zone.CHILLED ? 1.4f : 0.6f;
            c.stroke(0);
            c.strokeRect(x + line / 2, top + line / 2, w - line, h - line, line);
        }
        c.text(fonts.bold(), size, x + w / 2, top + size * 1.08f, zone.word(), Align.CENTER);
        c.fill(0);
        return w;
    }

    /** The width of every zone's tag at {@code size}: the widest word, so tags line up in a column. */
    public static float tagWidth(ReportFonts fonts, float size) {
        float max = 0;
        for (Zone z : Zone.values()) {
            max = Math.max(max, fonts.bold().width(z.word(), size));
        }
        return max + size * 0.9f;
    }

    /** Only the symbol, in a square of side {@code s}, in the current fill/stroke colour. */
    public static void symbol(Canvas c, Zone zone, float x, float top, float s) throws IOException {
        switch (zone) {
            case FROZEN -> snowflake(c, x + s / 2, top + s / 2, s / 2);
            case CHILLED -> thermometer(c, x, top, s);
            case AMBIENT -> parcel(c, x, top, s);
        }
    }

    private static void snowflake(Canvas c, float cx, float cy, float r) throws IOException {
        PDPageContentStream cs = c.raw();
        cs.setLineWidth(r * 0.16f);
        cs.setLineCapStyle(1);
        for (int i = 0; i < 6; i++) {
            double a = Math.PI / 2 + i * Math.PI / 3;
            float ex = cx + (float) Math.cos(a) * r * 0.95f;
            float ey = cy - (float) Math.sin(a) * r * 0.95f;
            cs.moveTo(c.px(cx), c.py(cy));
            cs.lineTo(c.px(ex), c.py(ey));
            float bx = cx + (float) Math.cos(a) * r * 0.55f;
            float by = cy - (float) Math.sin(a) * r * 0.55f;
            for (int side = -1; side <= 1; side += 2) {
                double b = a + side * Math.PI / 4;
                cs.moveTo(c.px(bx), c.py(by));
                cs.lineTo(c.px(bx + (float) Math.cos(b) * r * 0.33f), c.py(by - (float) Math.sin(b) * r * 0.33f));
            }
        }
        cs.stroke();
        cs.setLineCapStyle(0);
    }

    private static void thermometer(Canvas c, float x, float top, float s) throws IOException {
        PDPageContentStream cs = c.raw();
        float cx = x + s * 0.42f;
        float bulbR = s * 0.17f;
        float bulbCy = top + s - bulbR - s * 0.02f;
        float stemW = s * 0.17f;
        float stemTop = top + s * 0.04f;
        float line = s * 0.06f;
        // stem outline with a round top
        cs.setLineWidth(line);
        float left = cx - stemW / 2;
        float right = cx + stemW / 2;
        float capCy = stemTop + stemW / 2;
        cs.moveTo(c.px(left), c.py(bulbCy - bulbR * 0.8f));
        cs.lineTo(c.px(left), c.py(capCy));
        cs.curveTo(c.px(left), c.py(capCy - stemW / 2 * 1.333f), c.px(right), c.py(capCy - stemW / 2 * 1.333f), c.px(right), c.py(capCy));
        cs.lineTo(c.px(right), c.py(bulbCy - bulbR * 0.8f));
        cs.stroke();
        // mercury and bulb
        circle(c, cx, bulbCy, bulbR);
        cs.fill();
        c.fillRect(cx - stemW * 0.22f, top + s * 0.42f, stemW * 0.44f, bulbCy - (top + s * 0.42f));
        // scale ticks
        cs.setLineWidth(line * 0.8f);
        for (int i = 0; i < 4; i++) {
            float ty = top + s * (0.16f + i * 0.14f);
            cs.moveTo(c.px(right + s * 0.06f), c.py(ty));
            cs.lineTo(c.px(right + s * (i % 2 == 0 ? 0.26f : 0.18f)), c.py(ty));
        }
        cs.stroke();
    }

    private static void parcel(Canvas c, float x, float top, float s) throws IOException {
        PDPageContentStream cs = c.raw();
        float line = s * 0.07f;
        cs.setLineWidth(line);
        cs.setLineJoinStyle(1);
        float m = s * 0.1f;
        float l = x + m;
        float r = x + s - m;
        float mid = x + s / 2;
        float t = top + m;
        float b = top + s - m;
        float dy = (r - l) * 0.25f;
        // top face
        cs.moveTo(c.px(mid), c.py(t));
        cs.lineTo(c.px(r), c.py(t + dy));
        cs.lineTo(c.px(mid), c.py(t + 2 * dy));
        cs.lineTo(c.px(l), c.py(t + dy));
        cs.closePath();
        // sides
        cs.moveTo(c.px(l), c.py(t + dy));
        cs.lineTo(c.px(l), c.py(b - dy));
        cs.lineTo(c.px(mid), c.py(b));
        cs.lineTo(c.px(r), c.py(b - dy));
        cs.lineTo(c.px(r), c.py(t + dy));
        cs.moveTo(c.px(mid), c.py(t + 2 * dy));
        cs.lineTo(c.px(mid), c.py(b));
        cs.stroke();
        cs.setLineJoinStyle(0);
    }

    /** Adds a circle to the current path (layout coordinates). */
    public static void circle(Canvas c, float cx, float cy, float r) throws IOException {
        PDPageContentStream cs = c.raw();
        float k = r * K;
        cs.moveTo(c.px(cx + r), c.py(cy));
        cs.curveTo(c.px(cx + r), c.py(cy + k), c.px(cx + k), c.py(cy + r), c.px(cx), c.py(cy + r));
        cs.curveTo(c.px(cx - k), c.py(cy + r), c.px(cx - r), c.py(cy + k), c.px(cx - r), c.py(cy));
        cs.curveTo(c.px(cx - r), c.py(cy - k), c.px(cx - k), c.py(cy - r), c.px(cx), c.py(cy - r));
        cs.curveTo(c.px(cx + k), c.py(cy - r), c.px(cx + r), c.py(cy - k), c.px(cx + r), c.py(cy));
        cs.closePath();
    }
}
