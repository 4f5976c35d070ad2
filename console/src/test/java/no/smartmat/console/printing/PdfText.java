package no.smartmat.console.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Generated PDFs read back as text, page by page, as a person reads them (top to bottom, left to right). */
final class PdfText {

    private PdfText() {}

    static List<String> pages(byte[] pdf) {
        return pages(pdf, true);
    }

    /** Page by page in the order the text was drawn, whitespace flattened. */
    static List<String> pagesInDrawingOrder(byte[] pdf) {
        return pages(pdf, false);
    }

    /** In the order the text was drawn: a table cell's wrapped lines stay together. */
    static String allInDrawingOrder(byte[] pdf) {
        return String.join(" ", pages(pdf, false));
    }

    private static List<String> pages(byte[] pdf, boolean byPosition) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(flat(stripper.getText(doc)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String all(byte[] pdf) {
        return String.join(" ", pages(pdf));
    }

    /** Without any whitespace: a long name wrapped after a hyphen still reads as the name. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Every run of whitespace as one space: wrapped lines read as one. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
