package no.smartmat.reports.samples;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDateTime;
import java.util.List;

import no.smartmat.reports.haccp.HaccpReportRenderer;
import no.smartmat.reports.labels.LabelLayout;
import no.smartmat.reports.manifests.LoadingListRenderer;
import no.smartmat.reports.manifests.ManifestOptions;
import no.smartmat.reports.manifests.ManifestRenderer;
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
        var routes = List.of(SampleManifests.route("BIL-3", "Ole Kristian Haugen", 40, 3),
                SampleManifests.route("BIL-4", "Siv Åsmund Nordmann-Kjærstad", 12, 4));
        try (OutputStream out = Files.newOutputStream(dir.resolve("manifests.pdf"))) {
            var result = new ManifestRenderer().render(routes, ManifestOptions.defaults()
                    .printedBy("Kari Koordinator", LocalDateTime.of(2026, 12, 1, 7, 12)), out);
            System.out.println("manifests: " + result.pageCount() + " pages, warnings " + result.warnings());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("haccp.pdf"))) {
            var result = new HaccpReportRenderer().render(SampleHaccp.report(), out);
            System.out.println("haccp: " + result.pageCount() + " pages, warnings " + result.warnings());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("loading.pdf"))) {
            var result = new LoadingListRenderer().render(routes, out);
            System.out.println("loading lists: " + result.pageCount() + " pages, warnings " + result.warnings());
        }
    }
}
