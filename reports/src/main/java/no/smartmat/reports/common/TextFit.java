package no.smartmat.reports.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks and wraps text into a box. Text is never cut silently: it is first shrunk
 * (down to a minimum size), then wrapped onto the lines allowed, and only if it still
 * does not fit is the last line cut and ended with "…" — reported by
 * {@link FittedText#truncated()} so the caller can warn.
 *
 * <p>Line breaks go at spaces and after hyphens ("Hansen-|Kristiansen"); a single word
 * wider than the box is broken between letters rather than overflowing.
 */
public final class TextFit {

    /** Line advance as a multiple of the font size (DejaVu's ascent + descent is 1.164). */
    public static final float LINE_HEIGHT = 1.2f;
    /** Baseline of the first line below the top of its box, as a multiple of the size. */
    public static final float ASCENT = 0.93f;
    public static final String ELLIPSIS = "…";
    private static final float STEP = 0.5f;

    private TextFit() {
    }

    /** One line, shrunk from {@code maxSize} down to {@code minSize}, then cut with "…". */
    public static FittedText line(FontFace font, String text, float maxSize, float minSize, float width) {
        return lines(font, text, maxSize, minSize, width, 1);
    }

    /** Up to {@code maxLines} lines; shrinks before it wraps onto more lines than allowed. */
    public static FittedText lines(FontFace font, String text, float maxSize, float minSize, float width, int maxLines) {
        List<Token> tokens = tokens(font, text);
        float size = maxSize;
        while (true) {
            List<String> wrapped = wrap(tokens, size, width, font);
            if (wrapped.size() <= maxLines) {
                return new FittedText(wrapped, size, false);
            }
            if (size - STEP < minSize - 0.001f) {
                return cut(font, wrapped, size, width, maxLines);
            }
            size -= STEP;
        }
    }

    /**
     * As many lines as fit in {@code height}: tries the largest size first, shrinks until
     * the wrapped text fits the box's height.
     */
    public static FittedText box(FontFace font, String text, float maxSize, float minSize, float width, float height) {
        List<Token> tokens = tokens(font, text);
        float size = maxSize;
        while (true) {
            int maxLines = Math.max(1, (int) Math.floor(height / (size * LINE_HEIGHT) + 0.001));
            List<String> wrapped = wrap(tokens, size, width, font);
            if (wrapped.size() <= maxLines) {
                return new FittedText(wrapped, size, false);
            }
            if (size - STEP < minSize - 0.001f) {
                return cut(font, wrapped, size, width, maxLines);
            }
            size -= STEP;
        }
    }

    /** Wraps at a fixed size, as many lines as needed (for rows that grow with their text). */
    public static FittedText wrapAll(FontFace font, String text, float size, float width) {
        return new FittedText(wrap(tokens(font, text), size, width, font), size, false);
    }

    /** The text cut with "…" so it fits {@code width} at {@code size}; unchanged if it fits. */
    public static String ellipsize(FontFace font, String text, float size, float width) {
        if (font.width(text, size) <= width) {
            return text;
        }
        float ellipsis = font.width(ELLIPSIS, size);
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String head = text.substring(0, end).stripTrailing();
            if (font.width(head, size) + ellipsis <= width) {
                return head + ELLIPSIS;
            }
        }
        return font.width(ELLIPSIS, size) <= width ? ELLIPSIS : "";
    }

    private static FittedText cut(FontFace font, List<String> wrapped, float size, float width, int maxLines) {
        List<String> kept = new ArrayList<>(wrapped.subList(0, maxLines));
        String rest = String.join(" ", wrapped.subList(maxLines - 1, wrapped.size()));
        String last = ellipsize(font, rest + " " + ELLIPSIS, size, width);
        if (!last.endsWith(ELLIPSIS)) {
            last = ellipsize(font, last, size, width - font.width(ELLIPSIS, size)) + ELLIPSIS;
        }
        kept.set(maxLines - 1, last);
        return new FittedText(kept, size, true);
    }

    /** A piece of text between break opportunities, measured at 1 pt. */
    private record Token(String text, float width, boolean spaceBefore, boolean lineBreakBefore) {
    }

    private static List<Token> tokens(FontFace font, String text) {
        List<Token> tokens = new ArrayList<>();
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            boolean firstInParagraph = true;
            for (String word : paragraphs[p].split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                boolean firstPiece = true;
                for (String piece : splitAfterHyphens(word)) {
                    tokens.add(new Token(piece, font.unitWidth(piece), firstPiece && !firstInParagraph,
                            firstPiece && firstInParagraph && p > 0));
                    firstPiece = false;
                }
                firstInParagraph = false;
            }
            if (firstInParagraph && p > 0) {
                tokens.add(new Token("", 0, false, true));
            }
        }
        return tokens;
    }

    private static List<String> splitAfterHyphens(String word) {
        List<String> pieces = new ArrayList<>(2);
        int start = 0;
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if ((c == '-' || c == '/' || c == '\u2010') && i + 1 - start > 1) {
                pieces.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private static List<String> wrap(List<Token> tokens, float size, float width, FontFace font) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = font.unitWidth(" ") * size;
        boolean lineStarted = false;
        for (Token token : tokens) {
            float w = token.width() * size;
            if (token.lineBreakBefore() && lineStarted) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                lineStarted = false;
            } else if (token.lineBreakBefore()) {
                lines.add("");
            }
            float gap = lineStarted && token.spaceBefore() ? space : 0;
            if (lineStarted && lineWidth + gap + w > width + 0.01f) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                lineStarted = false;
                gap = 0;
            }
            if (!lineStarted && w > width + 0.01f) {
                // A word wider than the box: break it between letters.
                String rest = token.text();
                while (font.width(rest, size) > width + 0.01f) {
                    int fit = fittingPrefix(font, rest, size, width);
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
                lineWidth = font.width(rest, size);
                lineStarted = !rest.isEmpty();
                continue;
            }
            if (gap > 0) {
                line.append(' ');
            }
            line.append(token.text());
            lineWidth += gap + w;
            lineStarted = true;
        }
        if (lineStarted) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingPrefix(FontFace font, String text, float size, float width) {
        int end = 0;
        int next = text.offsetByCodePoints(0, 1);
        while (next <= text.length() && font.width(text.substring(0, next), size) <= width) {
            end = next;
            if (next == text.length()) {
                break;
            }
            next = text.offsetByCodePoints(next, 1);
        }
        return Math.max(end, text.offsetByCodePoints(0, 1));
    }
}
