package no.smartmat.console.printing;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * The printers this machine knows (CUPS on Linux, the spooler on Windows) and sending a PDF to one. Pages go
 * at their actual size: a 100 × 150 mm label page is a 100 × 150 mm page for the printer's driver, so the label
 * stock set in the driver must match the layout chosen in Utskrift.
 */
public final class Printers {

    private final Supplier<List<PrintService>> lookup;

    public Printers(Supplier<List<PrintService>> lookup) {
        this.lookup = lookup;
    }

    /** The printers the operating system offers. */
    public static Printers installed() {
        return new Printers(() -> List.of(PrintServiceLookup.lookupPrintServices(null, null)));
    }

    public List<String> names() {
        return lookup.get().stream().map(PrintService::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public Optional<PrintService> byName(String name) {
        return lookup.get().stream().filter(s -> s.getName().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The system's default printer, if it has one and it is among {@link #names()}. */
    public Optional<String> defaultName() {
        PrintService d = PrintServiceLookup.lookupDefaultPrintService();
        return Optional.ofNullable(d).map(PrintService::getName).filter(n -> byName(n).isPresent());
    }

    /** Sends {@code pdf} to {@code printer}; blocks until the system's spooler took it. */
    public static void print(byte[] pdf, PrintService printer, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(printer);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document, Orientation.AUTO));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(jobName, null));
            job.print(attributes);
        }
    }
}
