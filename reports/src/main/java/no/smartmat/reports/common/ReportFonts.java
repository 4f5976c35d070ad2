package no.smartmat.reports.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold embedded (as subsets) into one document, and the
 * cleaning every input text goes through before it is measured or drawn.
 *
 * <p>The standard 14 PDF fonts cannot show {@code ≤}, {@code −} or Sámi letters, and a
 * font the printer does not have is substituted; so the TTF files ship in this module
 * (resources {@code no/smartmat/reports/fonts/}, license beside them) and are always
 * embedded. The font bytes are read once per JVM; a {@code PDType0Font} is made per
 * document because PDFBox fonts belong to the document they were loaded into.
 */
public final class ReportFonts {

    private static final String DIR = "/no/smartmat/reports/fonts/";
    private static final byte[] REGULAR = readResource(DIR + "DejaVuSans.ttf");
    private static final byte[] BOLD = readResource(DIR + "DejaVuSans-Bold.ttf");
    /** Code points both faces can draw (0x0000–0x2FFFF). */
    private static final BitSet COVERAGE = coverage(REGULAR);
    static {
        COVERAGE.and(coverage(BOLD));
    }
    private static final char REPLACEMENT = '?';

    private final FontFace regular;
    private final FontFace bold;

    private ReportFonts(FontFace regular, FontFace bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Embeds both faces into {@code document}. */
    public static ReportFonts embedIn(PDDocument document) throws IOException {
        return new ReportFonts(
                new FontFace(PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true)),
                new FontFace(PDType0Font.load(document, new ByteArrayInputStream(BOLD), true)));
    }

    public FontFace regular() {
        return regular;
    }

    public FontFace bold() {
        return bold;
    }

    /** True if both faces have a glyph for the code point. */
    public static boolean canDisplay(int codePoint) {
        return codePoint >= 0 && COVERAGE.get(codePoint);
    }

    /**
     * Makes input text printable on one line: NFC-normalised (so a decomposed "å" or Sámi
     * "á" uses the precomposed glyph), line breaks, tabs and other control characters
     * become single spaces, invisible format characters (soft hyphen, zero-width space)
     * are dropped, and a character the font cannot draw becomes "?" with a warning.
     */
    public static String clean(String text, Warnings warnings, String field) {
        return clean(text, false, warnings, field);
    }

    /** Like {@link #clean(String, Warnings, String)} but keeps line breaks (as {@code \n}) for notes. */
    public static String cleanKeepingLines(String text, Warnings warnings, String field) {
        return clean(text, true, warnings, field);
    }

    private static String clean(String text, boolean keepLines, Warnings warnings, String field) {
        String normalized = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean replaced = false;
        boolean pendingSpace = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' && keepLines) {
                trimTrailingSpace(out);
                out.append('\n');
                pendingSpace = false;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL) {
                pendingSpace = true;
                continue;
            }
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (pendingSpace && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            pendingSpace = false;
            if (canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
                replaced = true;
            }
        }
        if (replaced) {
            warnings.add(RenderWarning.Kind.CHARACTER_REPLACED, field, text);
        }
        String result = out.toString().strip();
        return keepLines ? result.replaceAll("\n{3,}", "\n\n") : result;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static byte[] readResource(String path) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the reports jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet coverage(byte[] ttfBytes) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet set = new BitSet(0x30000);
            for (int cp = 0; cp < 0x30000; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    set.set(cp);
                }
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded DejaVu font", e);
        }
    }
}
