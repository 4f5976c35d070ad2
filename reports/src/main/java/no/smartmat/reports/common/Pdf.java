package no.smartmat.reports.common;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Small document-level helpers shared by the renderers. */
public final class Pdf {

    public static final PDRectangle A4 = PDRectangle.A4;

    private Pdf() {
    }

    /** Title, creator and language, so viewers and print queues show a useful name. */
    public static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Smart Mat Console");
        info.setProducer("Smart Mat reports (Apache PDFBox)");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("Europe/Oslo"));
        info.setCreationDate(now);
        document.getDocumentCatalog().setLanguage("nb-NO");
    }
}
