package no.smartmat.reports.common;

import java.io.IOException;

/**
 * The footer of A4 documents: a rule, the document line on the left, "Side n av m" on the
 * right, and an optional small second line (who printed, privacy note).
 */
public final class PageFooter {

    /** Height the footer takes above the bottom margin. */
    public static final float HEIGHT = 24;

    private PageFooter() {
    }

    public static void draw(Canvas c, ReportFonts fonts, float left, float right, float top, String document,
                            int page, int pages, String smallLine) throws IOException {
        c.stroke(0.4f);
        c.line(left, top, right, top, 0.5f);
        c.stroke(0);
        String pageText = "Side " + page + " av " + pages;
        float pageW = fonts.bold().width(pageText, 9);
        c.text(fonts.bold(), 9, right, top + 11, pageText, Align.RIGHT);
        FittedText doc = TextFit.line(fonts.regular(), document, 8, 6, right - left - pageW - 12);
        c.text(fonts.regular(), doc.size(), left, top + 11, doc.lines().getFirst());
        if (!smallLine.isEmpty()) {
            FittedText small = TextFit.line(fonts.regular(), smallLine, 6.5f, 5, right - left);
            c.fill(0.3f);
            c.text(fonts.regular(), small.size(), left, top + 20.5f, small.lines().getFirst());
            c.fill(0);
        }
    }
}
