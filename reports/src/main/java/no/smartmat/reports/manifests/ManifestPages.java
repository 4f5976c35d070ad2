package no.smartmat.reports.manifests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import no.smartmat.reports.common.Align;
import no.smartmat.reports.common.Canvas;
import no.smartmat.reports.common.FittedText;
import no.smartmat.reports.common.FontFace;
import no.smartmat.reports.common.Mm;
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
 * Lays out and draws one route's manifest on A4 pages. Two passes: rows are measured and
 * assigned to pages first (a row never splits; it moves to the next page whole), then
 * pages are drawn, so every footer knows "side n av m".
 */
final class ManifestPages {

    static final float PAGE_W = Pdf.A4.getWidth();
    static final float PAGE_H = Pdf.A4.getHeight();
    static final float LEFT = Mm.pt(12);
    static final float RIGHT = PAGE_W - Mm.pt(12);
    static final float TOP = Mm.pt(11);
    static final float FOOTER_TOP = PAGE_H - Mm.pt(10) - PageFooter.HEIGHT;
    static final float BODY_BOTTOM = FOOTER_TOP - 6;

    /** Column widths, left to right: Nr, Tid, Mottaker, Adkomst og merknader, Pakker, Kvittering. */
    private static final float[] COLUMNS = {34, 62, 140, 156, 68, 67.25f};
    private static final String[] TITLES = {"Nr", "Tid", "Mottaker", "Adkomst og merknader", "Pakker", "Kvittering"};
    private static final float PAD = 4;
    private static final float TABLE_HEADER_H = 15;
    private static final float CHECK_LINE = 13;
    private static final float MIN_ROW = 3 * CHECK_LINE + 2 * PAD;
    private static final float BODY = 8.5f;
    private static final float SMALL = 6.5f;
    private static final float CONTINUATION_HEADER_H = 24;

    private final PDDocument document;
    private final ReportFonts fonts;
    private final FontFace regular;
    private final FontFace bold;
    private final Warnings warnings;
    private final ManifestOptions options;
    private final Manifest manifest;
    private final String van;
    private final String driver;
    private final String planVersion;

    ManifestPages(PDDocument document, ReportFonts fonts, Warnings warnings, ManifestOptions options, Manifest manifest) {
        this.document = document;
        this.fonts = fonts;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.warnings = warnings;
        this.options = options;
        this.manifest = manifest;
        warnings.item("Kjøreliste " + manifest.vanCode());
        this.van = ReportFonts.clean(manifest.vanCode(), warnings, "vanCode");
        this.driver = ReportFonts.clean(manifest.driverName(), warnings, "driverName");
        this.planVersion = ReportFonts.clean(manifest.planVersion(), warnings, "planVersion");
    }

    /** Draws the manifest and returns the number of pages it took. */
    int render() throws IOException {
        Header header = measureHeader();
        float firstBodyTop = TOP + header.height + 8 + TABLE_HEADER_H;
        float nextBodyTop = TOP + CONTINUATION_HEADER_H + TABLE_HEADER_H;
        float maxRow = BODY_BOTTOM - nextBodyTop;

        List<List<Row>> pages = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        float y = firstBodyTop;
        for (ManifestStop stop : manifest.stops()) {
            Row row = measure(stop, maxRow);
            if (y + row.height > BODY_BOTTOM && (!current.isEmpty() || pages.isEmpty())) {
                pages.add(current);
                current = new ArrayList<>();
                y = nextBodyTop;
            }
            current.add(row);
            y += row.height;
        }
        pages.add(current);

        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(Pdf.A4);
            document.addPage(page);
            try (Canvas c = new Canvas(document, page)) {
                float top;
                if (p == 0) {
                    drawHeader(c, header);
                    top = TOP + header.height + 8;
                } else {
                    drawContinuationHeader(c);
                    top = TOP + CONTINUATION_HEADER_H;
                }
                top = drawTableHeader(c, top);
                int index = pages.subList(0, p).stream().mapToInt(List::size).sum();
                for (Row row : pages.get(p)) {
                    drawRow(c, row, top, index++);
                    top += row.height;
                }
                if (p == pages.size() - 1) {
                    drawEnd(c, top);
                }
                PageFooter.draw(c, fonts, LEFT, RIGHT, FOOTER_TOP,
                        "Kjøreliste " + van + " · " + NorwegianFormat.weekday(manifest.date()) + " "
                                + NorwegianFormat.date(manifest.date()) + " · " + driver + " · plan " + planVersion,
                        p + 1, pages.size(), smallFooterLine());
            }
        }
        return pages.size();
    }

    private String smallFooterLine() {
        StringBuilder s = new StringBuilder();
        options.printedAt().ifPresent(at -> s.append("Skrevet ut ").append(NorwegianFormat.dateTime(at)));
        options.printedBy().ifPresent(by -> s.append(s.isEmpty() ? "Skrevet ut" : "").append(" av ")
                .append(ReportFonts.clean(by, warnings, "printedBy")));
        if (!s.isEmpty()) {
            s.append(" · ");
        }
        s.append("Inneholder personopplysninger: oppbevares i bilen og leveres tilbake til kjøkkenet.");
        return s.toString();
    }

    // ---------------------------------------------------------------- header

    private record Header(float height, FittedText changes, List<FittedText> removed) {
    }

    private static final float TITLE_H = 30;
    private static final float FACTS_H = 52;
    private static final float TEMPERATURE_H = 74;

    private Header measureHeader() {
        float height = TITLE_H + FACTS_H + TEMPERATURE_H;
        if (!manifest.hasChanges()) {
            return new Header(height, new FittedText(List.of(), BODY, false), List.of());
        }
        float width = RIGHT - LEFT - 2 * 6;
        FittedText summary = TextFit.wrapAll(bold, changeSummary(), 9, width);
        List<FittedText> removed = new ArrayList<>();
        for (RemovedClient client : manifest.removedClients()) {
            String text = "– " + ReportFonts.clean(client.clientName(), warnings, "removedClients.clientName") + ", "
                    + ReportFonts.clean(client.address().oneLine(), warnings, "removedClients.address");
            removed.add(TextFit.wrapAll(regular, text, BODY, width));
        }
        float box = 6 + summary.height() + removed.stream().map(FittedText::height).reduce(0f, Float::sum) + 6;
        return new Header(height + 6 + box, summary, removed);
    }

    private String changeSummary() {
        long added = manifest.stops().stream().filter(s -> s.changes().newClient()).count();
        long moved = manifest.stops().stream().filter(s -> s.changes().windowChanged()).count();
        int removed = manifest.removedClients().size();
        String since = manifest.comparedWith()
                .map(d -> "Endringer siden " + NorwegianFormat.weekday(d) + " " + NorwegianFormat.date(d) + ": ")
                .orElse("Endringer siden forrige versjon av ruten: ");
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(added + (added == 1 ? " ny bruker (merket NY)" : " nye brukere (merket NY)"));
        }
        if (moved > 0) {
            parts.add(moved + (moved == 1 ? " endret tidsvindu (merket NY TID)" : " endrede tidsvinduer (merket NY TID)"));
        }
        if (removed > 0) {
            parts.add(removed + (removed == 1 ? " bruker fjernet:" : " brukere fjernet:"));
        }
        return since + String.join(", ", parts) + (removed > 0 ? "" : ".");
    }

    private void drawHeader(Canvas c, Header header) throws IOException {
        float y = TOP;
        String title = "Kjøreliste " + van;
        FittedText titleFit = TextFit.line(bold, title, 20, 12, (RIGHT - LEFT) * 0.55f);
        c.text(bold, titleFit.size(), LEFT, y + 20, titleFit.lines().getFirst());
        c.text(bold, 13, RIGHT, y + 18, NorwegianFormat.capitalize(NorwegianFormat.dateLong(manifest.date())), Align.RIGHT);
        y += TITLE_H;

        // facts: two rows of label/value cells
        float w = RIGHT - LEFT;
        float[] cellW = {w * 0.34f, w * 0.13f, w * 0.13f, w * 0.10f, w * 0.16f, w * 0.14f};
        String[] labels = {"Sjåfør", "Avreise", "Retur (plan)", "Stopp", "Tid totalt", "Distanse"};
        String[] values = {driver, NorwegianFormat.time(manifest.departure()), NorwegianFormat.time(manifest.plannedReturn()),
            Integer.toString(manifest.stops().size()), NorwegianFormat.duration(manifest.totalTime()),
            NorwegianFormat.decimal(manifest.distanceKm(), 1) + " km"};
        float x = LEFT;
        for (int i = 0; i < labels.length; i++) {
            fact(c, labels[i], values[i], x, y, cellW[i] - 6, 12, i == 0 ? "driverName" : "");
            x += cellW[i];
        }
        y += 26;
        c.fill(0.35f);
        c.text(regular, SMALL, LEFT, y + SMALL, "Pakker");
        c.text(regular, SMALL, LEFT + w * 0.6f, y + SMALL, "Planversjon");
        c.fill(0);
        float tagX = LEFT;
        Map<Zone, Integer> perZone = manifest.packagesPerZone();
        for (Zone zone : Zone.values()) {
            int n = perZone.getOrDefault(zone, 0);
            tagX += ZoneMarks.tag(c, fonts, zone, tagX, y + 9, 9) + 3;
            c.text(bold, 11, tagX, y + 19.5f, Integer.toString(n));
            tagX += bold.width(Integer.toString(n), 11) + 12;
        }
        c.text(regular, 9, tagX, y + 19.5f, "= " + manifest.packageCount() + " kolli");
        FittedText plan = TextFit.line(bold, planVersion, 11, 7, w * 0.4f);
        c.text(bold, plan.size(), LEFT + w * 0.6f, y + 19.5f, plan.lines().getFirst());
        if (plan.truncated()) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, "planVersion", manifest.planVersion());
        }
        y = TOP + TITLE_H + FACTS_H;

        // temperatures and signature, to fill in by hand
        c.strokeRect(LEFT, y, w, TEMPERATURE_H - 8, 0.8f);
        c.text(bold, 8, LEFT + 6, y + 11, "Temperatur i bilen (fylles ut for hånd)");
        temperatureLine(c, "Ved avreise", y + 28);
        temperatureLine(c, "Ved retur", y + 46);
        c.text(regular, BODY, LEFT + 6, y + 61, "Signatur sjåfør");
        c.dashedLine(LEFT + 80, y + 62, LEFT + 300, y + 62, 0.6f, 1.5f);
        c.text(regular, BODY, LEFT + 320, y + 61, "Dato");
        c.dashedLine(LEFT + 345, y + 62, RIGHT - 8, y + 62, 0.6f, 1.5f);
        y += TEMPERATURE_H;

        if (manifest.hasChanges()) {
            y += 6 - 8;
            float boxH = header.height - (y - TOP);
            c.strokeRect(LEFT + 0.75f, y + 0.75f, w - 1.5f, boxH - 1.5f, 1.5f);
            c.fillRect(LEFT, y, 4, boxH);
            float ty = y + 6;
            ty += c.lines(bold, header.changes, LEFT + 8, ty, w - 14, Align.LEFT);
            for (FittedText removed : header.removed) {
                ty += c.lines(regular, removed, LEFT + 8, ty, w - 14, Align.LEFT);
            }
        }
    }

    private void fact(Canvas c, String label, String value, float x, float top, float width, float size, String field)
            throws IOException {
        c.fill(0.35f);
        c.text(regular, SMALL, x, top + SMALL, label);
        c.fill(0);
        FittedText fitted = TextFit.line(bold, value, size, 7, width);
        if (fitted.truncated() && !field.isEmpty()) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, field, value);
        }
        c.text(bold, fitted.size(), x, top + 19.5f, fitted.lines().getFirst());
    }

    private void temperatureLine(Canvas c, String label, float baseline) throws IOException {
        float x = LEFT + 6;
        c.text(regular, BODY, x, baseline, label);
        x += 62;
        for (String part : new String[] {Zone.CHILLED.title(), Zone.FROZEN.title()}) {
            c.text(bold, BODY, x, baseline, part);
            c.dashedLine(x + 24, baseline + 1, x + 74, baseline + 1, 0.6f, 1.5f);
            c.text(regular, BODY, x + 77, baseline, "°C");
            x += 110;
        }
        c.text(regular, BODY, x, baseline, "kl.");
        c.dashedLine(x + 16, baseline + 1, x + 60, baseline + 1, 0.6f, 1.5f);
        x += 76;
        c.text(regular, BODY, x, baseline, "Sign.");
        c.dashedLine(x + 26, baseline + 1, RIGHT - 8, baseline + 1, 0.6f, 1.5f);
    }

    private void drawContinuationHeader(Canvas c) throws IOException {
        String text = "Kjøreliste " + van + " · " + driver + " · "
                + NorwegianFormat.dateLong(manifest.date()) + " (fortsatt)";
        FittedText fitted = TextFit.line(bold, text, 12, 7, RIGHT - LEFT);
        c.text(bold, fitted.size(), LEFT, TOP + 13, fitted.lines().getFirst());
    }

    private float drawTableHeader(Canvas c, float top) throws IOException {
        c.fill(0.82f);
        c.fillRect(LEFT, top, RIGHT - LEFT, TABLE_HEADER_H);
        c.fill(0);
        float x = LEFT;
        for (int i = 0; i < COLUMNS.length; i++) {
            c.text(bold, 7.5f, x + PAD, top + 10.5f, TITLES[i]);
            x += COLUMNS[i];
        }
        return top + TABLE_HEADER_H;
    }

    private void drawEnd(Canvas c, float top) throws IOException {
        if (top + 16 > BODY_BOTTOM) {
            return;
        }
        c.fill(0.35f);
        c.text(regular, 7.5f, LEFT, top + 12, "Slutt på kjørelisten: " + manifest.stops().size() + " stopp, "
                + manifest.packageCount() + " kolli.");
        c.fill(0);
    }

    // ---------------------------------------------------------------- rows

    /** One piece of text in a cell: font, fitted lines, and how it is drawn. */
    private record Block(FontFace font, FittedText text, Style style, float gapBefore, Optional<Zone> zone) {
        float height() {
            boolean tagged = style == Style.TAG || style == Style.INSTRUCTION;
            return gapBefore + Math.max(text.height(), tagged ? text.size() * 1.45f : 0);
        }
    }

    private enum Style { TEXT, GREY, TAG, ZONE, INSTRUCTION }

    private record Row(ManifestStop stop, float height, List<List<Block>> cells) {
    }

    private Row measure(ManifestStop stop, float maxRow) {
        warnings.item("Kjøreliste " + manifest.vanCode() + ", stopp " + stop.stopNumber());
        List<List<Block>> cells = new ArrayList<>();
        cells.add(numberCell(stop));
        cells.add(timeCell(stop));
        cells.add(clientCell(stop));
        cells.add(accessCell(stop, Float.MAX_VALUE));
        cells.add(packageCell(stop));
        float content = cells.stream().map(ManifestPages::cellHeight).reduce(0f, Float::max);
        float height = Math.max(MIN_ROW, content + 2 * PAD);
        if (height > maxRow) {
            // Only free text can make a row taller than a page: cut the notes to fit, visibly.
            float others = cells.stream().filter(cell -> cell != cells.get(3)).map(ManifestPages::cellHeight)
                    .reduce(0f, Float::max);
            cells.set(3, accessCell(stop, maxRow - 2 * PAD));
            content = Math.max(others, cellHeight(cells.get(3)));
            height = Math.max(MIN_ROW, content + 2 * PAD);
        }
        return new Row(stop, height, cells);
    }

    private static float cellHeight(List<Block> blocks) {
        return blocks.stream().map(Block::height).reduce(0f, Float::sum);
    }

    private float width(int column) {
        return COLUMNS[column] - 2 * PAD;
    }

    private Block text(FontFace font, String text, float size, int column, float gap) {
        return new Block(font, TextFit.wrapAll(font, text, size, width(column)), Style.TEXT, gap, Optional.empty());
    }

    /** Text that must not wrap (a time window): shrunk to the column instead. */
    private Block oneLine(FontFace font, String text, float size, int column, float gap) {
        return new Block(font, TextFit.line(font, text, size, 5, width(column)), Style.TEXT, gap, Optional.empty());
    }

    private Block grey(String text, int column, float gap) {
        return new Block(regular, TextFit.wrapAll(regular, text, SMALL, width(column)), Style.GREY, gap, Optional.empty());
    }

    private Block tag(String text, float size, float gap) {
        return new Block(bold, new FittedText(List.of(text), size, false), Style.TAG, gap, Optional.empty());
    }

    private List<Block> numberCell(ManifestStop stop) {
        List<Block> blocks = new ArrayList<>();
        String number = Integer.toString(stop.stopNumber());
        blocks.add(new Block(bold, TextFit.line(bold, number, 17, 9, width(0)), Style.TEXT, 0, Optional.empty()));
        if (stop.changes().newClient()) {
            blocks.add(tag("NY", 7.5f, 3));
        }
        return blocks;
    }

    private List<Block> timeCell(ManifestStop stop) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(grey("Ankomst ca.", 1, 0));
        blocks.add(oneLine(bold, NorwegianFormat.time(stop.eta()), 12, 1, 0));
        blocks.add(grey("Vindu", 1, 2));
        blocks.add(oneLine(regular, stop.window().formatted(), BODY, 1, 0));
        if (stop.changes().windowChanged()) {
            blocks.add(tag("NY TID", 7, 3));
            blocks.add(oneLine(regular, "før " + stop.changes().previousWindow().orElseThrow().formatted(), 7, 1, 1));
        }
        return blocks;
    }

    private List<Block> clientCell(ManifestStop stop) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(text(bold, ReportFonts.clean(stop.clientName(), warnings, "clientName"), 9.5f, 2, 0));
        blocks.add(text(regular, ReportFonts.clean(stop.address().street(), warnings, "address.street"), BODY, 2, 1));
        blocks.add(text(regular, ReportFonts.clean(stop.address().postcodeAndCity(), warnings, "address"), BODY, 2, 0));
        stop.phone().map(p -> ReportFonts.clean(p, warnings, "phone")).filter(p -> !p.isEmpty())
                .ifPresent(p -> blocks.add(text(regular, "Tlf. " + p, BODY, 2, 1)));
        return blocks;
    }

    /**
     * Handling instructions per zone (zone tag, then the instruction on black), access notes, key-box code line and
     * notes; notes cut to {@code maxHeight} if needed.
     */
    private List<Block> accessCell(ManifestStop stop, float maxHeight) {
        List<Block> blocks = new ArrayList<>();
        for (ZoneInstruction z : stop.instructions()) {
            String text = ReportFonts.clean(z.instruction().text(), warnings, "instructions");
            blocks.add(new Block(bold, new FittedText(List.of(text), 7.5f, false), Style.INSTRUCTION, blocks.isEmpty() ? 0 : 2,
                    Optional.of(z.zone())));
        }
        stop.accessNotes().map(a -> ReportFonts.cleanKeepingLines(a, warnings, "accessNotes")).filter(a -> !a.isEmpty())
                .ifPresent(a -> blocks.add(text(regular, a, BODY, 3, blocks.isEmpty() ? 0 : 3)));
        if (stop.keyBoxCode().isPresent()) {
            if (options.printKeyBoxCodes()) {
                String code = ReportFonts.clean(stop.keyBoxCode().get(), warnings, "keyBoxCode");
                blocks.add(text(bold, "Kode: " + code, BODY, 3, 2));
            } else {
                blocks.add(grey("Nøkkelboks-kode: ikke skrevet ut", 3, 2));
            }
        }
        Optional<String> notes = stop.notes().map(n -> ReportFonts.cleanKeepingLines(n, warnings, "notes"))
                .filter(n -> !n.isEmpty());
        if (notes.isPresent()) {
            float gap = blocks.isEmpty() ? 0 : 3;
            Block note = text(regular, "Merknad: " + notes.get(), BODY, 3, gap);
            float used = cellHeight(blocks);
            if (used + note.height() > maxHeight) {
                FittedText cut = TextFit.box(regular, "Merknad: " + notes.get(), BODY, 6.5f, width(3),
                        Math.max(BODY * TextFit.LINE_HEIGHT, maxHeight - used - gap));
                if (cut.truncated()) {
                    warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, "notes", stop.notes().get());
                }
                note = new Block(regular, cut, Style.TEXT, gap, Optional.empty());
            }
            blocks.add(note);
        }
        return blocks;
    }

    /** One line per zone: the zone tag, then the bag numbers ("1, 2"). */
    private List<Block> packageCell(ManifestStop stop) {
        Map<Zone, List<Integer>> byZone = new TreeMap<>(stop.packages().stream().collect(Collectors.groupingBy(
                ManifestPackage::zone, Collectors.mapping(ManifestPackage::bagNumber, Collectors.toList()))));
        List<Block> blocks = new ArrayList<>();
        float tagW = ZoneMarks.tagWidth(fonts, 7);
        for (Map.Entry<Zone, List<Integer>> e : byZone.entrySet()) {
            String numbers = e.getValue().stream().sorted(Comparator.naturalOrder()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            FittedText fitted = TextFit.wrapAll(regular, numbers, BODY, width(4) - tagW - 3);
            blocks.add(new Block(regular, fitted, Style.ZONE, blocks.isEmpty() ? 0 : 2.5f, Optional.of(e.getKey())));
        }
        if (!stop.packages().isEmpty()) {
            blocks.add(grey(stop.packages().size() + " kolli", 4, 2));
        }
        return blocks;
    }

    private void drawRow(Canvas c, Row row, float top, int index) throws IOException {
        float w = RIGHT - LEFT;
        if (index % 2 == 1) {
            c.fill(0.94f);
            c.fillRect(LEFT, top, w, row.height);
            c.fill(0);
        }
        if (row.stop.changes().any()) {
            c.fillRect(LEFT, top, 3.5f, row.height);
        }
        float x = LEFT;
        for (int col = 0; col < row.cells.size(); col++) {
            drawCell(c, row.cells.get(col), x + PAD + (col == 0 ? 1.5f : 0), top + PAD, width(col));
            x += COLUMNS[col];
        }
        drawChecks(c, x + PAD, top + PAD);
        // grid
        c.stroke(0.55f);
        x = LEFT;
        for (int col = 0; col < COLUMNS.length - 1; col++) {
            x += COLUMNS[col];
            c.line(x, top, x, top + row.height, 0.3f);
        }
        c.stroke(0);
        c.line(LEFT, top + row.height, RIGHT, top + row.height, 0.6f);
    }

    private void drawCell(Canvas c, List<Block> blocks, float x, float top, float width) throws IOException {
        float y = top;
        for (Block b : blocks) {
            y += b.gapBefore();
            switch (b.style()) {
                case TEXT -> c.lines(b.font(), b.text(), x, y, width, Align.LEFT);
                case GREY -> {
                    c.fill(0.35f);
                    c.lines(b.font(), b.text(), x, y, width, Align.LEFT);
                    c.fill(0);
                }
                case TAG -> blackTag(c, b, x, y, width);
                case INSTRUCTION -> {
                    float tagW = ZoneMarks.tag(c, fonts, b.zone().orElseThrow(), x, y, 7) + 3;
                    blackTag(c, b, x + tagW, y, width - tagW);
                }
                case ZONE -> {
                    float size = b.text().size();
                    ZoneMarks.tag(c, fonts, b.zone().orElseThrow(), x, y, 7);
                    float tagW = ZoneMarks.tagWidth(fonts, 7);
                    c.lines(b.font(), b.text(), x + tagW + 3, y + (7 * 1.45f - size * TextFit.LINE_HEIGHT) / 2 + 0.3f,
                            width - tagW - 3, Align.LEFT);
                }
            }
            y += b.height() - b.gapBefore();
        }
    }

    /** White words on black, shrunk to {@code width} if they must be. */
    private void blackTag(Canvas c, Block b, float x, float y, float width) throws IOException {
        float size = b.text().size();
        String text = b.text().lines().getFirst();
        float scale = Math.min(1f, width / (b.font().width(text, size) + size * 0.8f));
        if (scale < 1f) {
            warnings.add(RenderWarning.Kind.TEXT_TRUNCATED, "instructions", text);
        }
        float s = size * scale;
        float tw = b.font().width(text, s) + size * 0.8f;
        c.fillRect(x, y, tw, size * 1.45f);
        c.fill(1);
        c.text(b.font(), s, x + size * 0.4f, y + size * 1.08f - (size - s) * 0.5f, text);
        c.fill(0);
    }

    private void drawChecks(Canvas c, float x, float top) throws IOException {
        String[] labels = {"Levert", "Ikke hjemme", "Bekymring"};
        for (int i = 0; i < labels.length; i++) {
            float y = top + i * CHECK_LINE;
            c.checkbox(x, y + 1, 8.5f);
            c.text(regular, 8, x + 12, y + 8.5f, labels[i]);
        }
    }

}
