package no.smartmat.reports.common;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flowing content down A4 pages: blocks ask for the height they need with
 * {@link #ensure(float)} and move to a fresh page (with its running header) when it is
 * not there, so a block never splits. Footers are added at the end, when the page count
 * is known.
 */
public final class PageFlow implements Closeable {

    /** Draws a page's running header and returns the y where its body starts. */
    public interface PageStart {
        float begin(Canvas canvas, int pageIndex) throws IOException;
    }

    /** Draws the footer of page {@code index} (0-based) of {@code count}. */
    public interface Footer {
        void draw(Canvas canvas, int index, int count) throws IOException;
    }

    private final PDDocument document;
    private final PDRectangle size;
    private final float bottom;
    private final PageStart start;
    private final List<PDPage> pages = new ArrayList<>();
    private Canvas canvas;
    private float y;

    public PageFlow(PDDocument document, PDRectangle size, float bottom, PageStart start) {
        this.document = document;
        this.size = size;
        this.bottom = bottom;
        this.start = start;
    }

    public Canvas canvas() throws IOException {
        if (canvas == null) {
            newPage();
        }
        return canvas;
    }

    public float y() {
        return y;
    }

    public void advance(float height) {
        y += height;
    }

    public float bottom() {
        return bottom;
    }

    /** Space left on the current page (the full body height before the first page exists). */
    public float remaining() {
        return bottom - y;
    }

    /** Makes sure {@code height} fits below the current position, starting a new page if not. */
    public void ensure(float height) throws IOException {
        if (canvas == null || y + height > bottom) {
            newPage();
        }
    }

    public void newPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        canvas = new Canvas(document, page);
        y = start.begin(canvas, pages.size() - 1);
    }

    /** True if nothing has been placed below the running header of the current page. */
    public boolean atPageStart(float bodyTop) {
        return canvas != null && y <= bodyTop + 0.01f;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Closes the current page and draws every page's footer. */
    public void finish(Footer footer) throws IOException {
        close();
        for (int i = 0; i < pages.size(); i++) {
            try (Canvas c = new Canvas(document, pages.get(i), true)) {
                footer.draw(c, i, pages.size());
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }
}
