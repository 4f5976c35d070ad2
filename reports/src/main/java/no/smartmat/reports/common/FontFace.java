package no.smartmat.reports.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One embedded font of one document, with the glyph widths it has been asked for cached.
 * Text layout measures the same few dozen characters thousands of times per document;
 * asking PDFBox each time (encode + lookup) was the dominant cost of a 1,000-label run.
 */
public final class FontFace {

    private final PDFont font;
    private final float[] bmpWidths = new float[0x10000];

    FontFace(PDFont font) {
        this.font = font;
        Arrays.fill(bmpWidths, Float.NaN);
    }

    public PDFont pdFont() {
        return font;
    }

    /** Width of {@code text} in points at {@code size}; the text must already be cleaned. */
    public float width(String text, float size) {
        return unitWidth(text) * size;
    }

    /** Width at size 1 pt. */
    public float unitWidth(String text) {
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sum += glyphWidth(cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    private float glyphWidth(int cp) {
        if (cp < bmpWidths.length) {
            float w = bmpWidths[cp];
            if (Float.isNaN(w)) {
                w = measure(cp);
                bmpWidths[cp] = w;
            }
            return w;
        }
        return measure(cp);
    }

    private float measure(int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp))) / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // Cleaned text never gets here; an average width keeps layout going if it does.
            return font.getAverageFontWidth() / 1000f;
        }
    }
}
