package no.smartmat.reports.manifests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.PageFooter;
import no.smartmat.reports.common.Pdf;
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.TextFit;
import no.smartmat.reports.common.Warnings;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.common.ZoneMarks;

/**
 * The loading list of one route (lasteliste): every package in the order it goes into the
 * van — last stop first, so the first stop's bags end up nearest the door. One section
 * per compartment (FRYS, KJØL, TØRR), each in reverse stop order.
 */
final class LoadingListPages {

    private static final float LEFT = ManifestPages.LEFT;
    private static final float RIGHT = ManifestPages.RIGHT;
    private static final float TOP = ManifestPages.TOP;
    private static final float[] COLUMNS = {34, 42, 206, 52, 140, 53.25f};
    private static final String[] TITLES = {"Nr", "Stopp", "Mottaker", "Pose", "Pakkekode", "Lastet"};
    private static final float ROW_H = 17;
    private static final float SECTION_H = 40;
    private static final float FIRST_HEADER_H = 74;
    private static final float NEXT_HEADER_H = 24;
    private static final Zone[] ORDER = {Zone.FROZEN, Zone.CHILLED, Zone.AMBIENT};

    private final PDDocument document;
    private final ReportFonts fonts;
    private final FontFace regular;
    private final FontFace bold;
    private final Warnings warnings;
    private final Manifest manifest;
    private final String van;
    private final String driver;

    LoadingListPages(PDDocument document, ReportFonts fonts, Warnings warnings, Manifest manifest) {
        this.document = document;
        this.fonts = fonts;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.warnings = warnings;
        this.manifest = manifest;
        warnings.item("Lasteliste " + manifest.vanCode());
        this.van = ReportFonts.clean(manifest.vanCode(), warnings, "vanCode");
        this.driver = ReportFonts.clean(manifest.driverName(), warnings, "driverName");
    }

    /** One line of the list. */
    private record Entry(int order, ManifestStop stop, ManifestPackage pack, String name) {
    }

    /** What goes on a page, in order: a section header (entry empty) or a row. */
    private record Item(Zone zone, boolean header, boolean continued, Entry entry) {
    }

    int render() throws IOException {
        List<ManifestStop> reversed = new ArrayList<>(manifest.stops());
        reversed.sort(Comparator.comparingInt(ManifestStop::stopNumber).reversed());
        List<Item> items = new ArrayList<>();
        for (Zone zone : ORDER) {
            List<Entry> entries = new ArrayList<>();
            for (ManifestStop stop : reversed) {
                warnings.item("Lasteliste " + manifest.vanCode() + ", stopp " + stop.stopNumber());
                String name = ReportFonts.clean(stop.clientName(), warnings, "clientName");
                stop.packages().stream().filter(p -> p.zone() == zone)
                        .sorted(Comparator.comparingInt(ManifestPackage::bagNumber))
                        .forEach(p -> entries.add(new Entry(entries.size() + 1, stop, p, name)));
            }
            if (!entries.isEmpty()) {
                items.add(new Item(zone, true, false, null));
                entries.forEach(e -> items.add(new Item(zone, false, false, e)));
            }
        }

        // paginate: a section header never ends a page; a section that runs on is re-headed
        List<List<Item>> pages = new ArrayList<>();
        List<Item> page = new ArrayList<>();
        float bottom = ManifestPages.BODY_BOTTOM;
        float y = TOP + FIRST_HEADER_H;
        for (Item item : items) {
            float need = item.header() ? SECTION_H + ROW_H : ROW_H;
            if (y + need > bottom) {
                pages.add(page);
                page = new ArrayList<>();
                y = TOP + NEXT_HEADER_H;
                if (!item.header()) {
                    page.add(new Item(item.zone(), true, true, null));
                    y += SECTION_H;
                }
            }
            page.add(item);
            y += item.header() ? SECTION_H : ROW_H;
        }
        pages.add(page);

        Map<Zone, Integer> perZone = manifest.packagesPerZone();
        for (int p = 0; p < pages.size(); p++) {
            PDPage pdPage = new PDPage(Pdf.A4);
            document.addPage(pdPage);
            try (Canvas c = new Canvas(document, pdPage)) {
                float top;
                if (p == 0) {
                    drawHeader(c, perZone);
                    top = TOP + FIRST_HEADER_H;
                } else {
                    String text = "Lasteliste " + van + " · " + driver + " · " + NorwegianFormat.dateLong(manifest.date())
                            + " (fortsatt)";
                    FittedText fitted = TextFit.line(bold, text, 12, 7, RIGHT - LEFT);
                    c.text(bold, fitted.size(), LEFT, TOP + 13, fitted.lines().getFirst());
                    top = TOP + NEXT_HEADER_H;
                }
                int rowIndex = 0;
                for (Item item : pages.get(p)) {
                    if (item.header()) {
                        drawSection(c, item, perZone.getOrDefault(item.zone(), 0), top);
                        top += SECTION_H;
                        rowIndex = 0;
                    } else {
                        drawRow(c, item.entry(), top, rowIndex++);
                        top += ROW_H;
                    }
                }
                PageFooter.draw(c, fonts, LEFT, RIGHT, ManifestPages.FOOTER_TOP,
                        "Lasteliste " + van + " · " + NorwegianFormat.weekday(manifest.date()) + " "
                                + NorwegianFormat.date(manifest.date()) + " · " + driver,
                        p + 1, pages.size(), "Kryss av i «Lastet» når kollien står i bilen.");
            }
        }
        return pages.size();
    }

    private void drawHeader(Canvas c, Map<Zone, Integer> perZone) throws IOException {
        c.text(bold, 20, LEFT, TOP + 20, "Lasteliste " + van);
        c.text(bold, 13, RIGHT, TOP + 18, NorwegianFormat.capitalize(NorwegianFormat.dateLong(manifest.date())), Align.RIGHT);
        StringBuilder facts = new StringBuilder("Sjåfør " + driver + " · avreise " + NorwegianFormat.time(manifest.departure())
                + " · " + manifest.stops().size() + " stopp · ");
        List<String> zones = new ArrayList<>();
        for (Zone z : ORDER) {
            zones.add(z.word() + " " + perZone.getOrDefault(z, 0));
        }
        facts.append(String.join(", ", zones)).append(" = ").append(manifest.packageCount()).append(" kolli");
        FittedText line = TextFit.line(regular, facts.toString(), 10, 7, RIGHT - LEFT);
        if (line.truncated()) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, "driverName", manifest.driverName());
        }
        c.text(regular, line.size(), LEFT, TOP + 38, line.lines().getFirst());
        c.fill(0.9f);
        c.fillRect(LEFT, TOP + 46, RIGHT - LEFT, 20);
        c.fill(0);
        c.text(bold, 9.5f, LEFT + 6, TOP + 59.5f,
                "Last i denne rekkefølgen: siste stopp først og innerst, stopp 1 sist og nærmest døra.");
    }

    private void drawSection(Canvas c, Item item, int count, float top) throws IOException {
        float blockW = 70;
        ZoneMarks.block(c, fonts, item.zone(), LEFT, top + 4, blockW, 20);
        String title = item.zone().compartment();
        c.text(bold, 12, LEFT + blockW + 8, top + 18.5f, title + ": " + count + " kolli" + (item.continued() ? " (fortsatt)" : ""));
        float y = top + SECTION_H - 13;
        c.fill(0.82f);
        c.fillRect(LEFT, y, RIGHT - LEFT, 13);
        c.fill(0);
        float x = LEFT;
        for (int i = 0; i < COLUMNS.length; i++) {
            c.text(bold, 7.5f, x + 4, y + 9.5f, TITLES[i]);
            x += COLUMNS[i];
        }
    }

    private void drawRow(Canvas c, Entry e, float top, int index) throws IOException {
        if (index % 2 == 1) {
            c.fill(0.94f);
            c.fillRect(LEFT, top, RIGHT - LEFT, ROW_H);
            c.fill(0);
        }
        float baseline = top + 12;
        float x = LEFT;
        c.text(regular, 8.5f, x + COLUMNS[0] - 6, baseline, Integer.toString(e.order()), Align.RIGHT);
        x += COLUMNS[0];
        c.text(bold, 11, x + 4, baseline + 0.5f, Integer.toString(e.stop().stopNumber()));
        x += COLUMNS[1];
        warnings.item("Lasteliste " + manifest.vanCode() + ", stopp " + e.stop().stopNumber());
        FittedText name = TextFit.line(regular, e.name(), 9, 6, COLUMNS[2] - 8);
        if (name.truncated()) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, "clientName", e.stop().clientName());
        }
        c.text(regular, name.size(), x + 4, baseline, name.lines().getFirst());
        x += COLUMNS[2];
        c.text(bold, 9, x + 4, baseline, e.pack().bagNumber() + " av " + e.stop().packages().size());
        x += COLUMNS[3];
        String code = ReportFonts.clean(e.pack().packageCode(), warnings, "packageCode");
        FittedText codeFit = TextFit.line(regular, code, 8.5f, 6, COLUMNS[4] - 8);
        if (codeFit.truncated()) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, "packageCode", e.pack().packageCode());
        }
        // The last four characters in bold: what a packer compares against the label.
        String shown = codeFit.lines().getFirst();
        int split = codeFit.truncated() ? shown.length() : Math.max(0, shown.length() - 4);
        c.text(regular, codeFit.size(), x + 4, baseline, shown.substring(0, split));
        c.text(bold, codeFit.size(), x + 4 + regular.width(shown.substring(0, split), codeFit.size()), baseline,
                shown.substring(split));
        x += COLUMNS[4];
        c.checkbox(x + 6, top + 4, 9);
        c.stroke(0.6f);
        c.line(LEFT, top + ROW_H, RIGHT, top + ROW_H, 0.3f);
        c.stroke(0);
    }
}
