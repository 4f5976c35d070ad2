package no.smartmat.console.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages of a rendered PDF as pixels, for the preview. One page at a time, on demand: a day's 1,000 labels are
 * 1,000 pages, and only the one on screen is drawn. PDFBox's renderer is not thread-safe, so pages are drawn one
 * after the other even when asked for from several background threads.
 */
public final class PdfPreview implements AutoCloseable {

    /** A page's pixels as ARGB ints, row by row, ready for any toolkit's image. */
    public record PageImage(int pageIndex, int width, int height, int[] argb) {}

    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPreview(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(document);
    }

    public synchronized int pageCount() {
        return document.getNumberOfPages();
    }

    /** Width and height of a page in millimetres. */
    public synchronized double[] pageSizeMm(int pageIndex) {
        PDRectangle box = document.getPage(pageIndex).getMediaBox();
        return new double[] {box.getWidth() * 25.4 / 72, box.getHeight() * 25.4 / 72};
    }

    /** Draws one page at {@code dpi} (white background). */
    public synchronized PageImage render(int pageIndex, float dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        int w = image.getWidth(), h = image.getHeight();
        return new PageImage(pageIndex, w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
