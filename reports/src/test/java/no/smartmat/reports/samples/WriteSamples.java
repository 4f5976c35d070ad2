package no.smartmat.reports.samples;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import no.smartmat.reports.labels.LabelLayout;
import no.smartmat.reports.labels.LabelRenderer;

/** Writes one PDF of each kind to a folder, for looking at them (pdftoppm). */
public final class WriteSamples {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        for (LabelLayout.Format format : LabelLayout.Format.values()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("labels-" + format.name().toLowerCase() + ".pdf"))) {
                var result = new LabelRenderer().render(SampleLabels.showcase(), LabelLayout.of(format).withQrCode(true), out);
                System.out.println(format + ": " + result.pageCount() + " pages, warnings:");
                result.warnings().forEach(w -> System.out.println("  " + w.message()));
            }
        }
    }
}
