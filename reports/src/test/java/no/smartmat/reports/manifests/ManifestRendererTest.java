package no.smartmat.reports.manifests;

import static no.smartmat.reports.samples.SampleLabels.DAY;
import static no.smartmat.reports.samples.SampleLabels.sscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.samples.SampleManifests;
import no.smartmat.reports.testing.Pdfs;

class ManifestRendererTest {

    private final ManifestRenderer renderer = new ManifestRenderer();

    /** Stop {@code i}: unique name, phone and notes ending in a unique token; notes of varying length. */
    private static ManifestStop stop(int i, StopChanges changes) {
        String n = String.format("%02d", i);
        List<ManifestPackage> packages = new ArrayList<>();
        packages.add(new ManifestPackage(sscc(i * 10 + 1), Zone.CHILLED, 1));
        if (i % 2 == 0) {
            packages.add(new ManifestPackage(sscc(i * 10 + 2), Zone.FROZEN, 2));
        }
        if (i % 3 == 0) {
            packages.add(new ManifestPackage(sscc(i * 10 + 3), Zone.AMBIENT, packages.size() + 1));
        }
        String notes = "Merknad for bruker " + n + ". " + "Sett maten på nederste hylle og sjekk datoer. ".repeat(i % 5)
                + "SLUTT" + n;
        return new ManifestStop(i, LocalTime.of(9, 0).plusMinutes(7L * i), TimeWindow.of("09:00", "13:00"),
                "Bruker " + n + " Ærlighetsen", new Address("Åsveien " + i, "1337", "Sandvika"),
                Optional.of("900 00 0" + n), i % 4 == 0 ? Optional.of("Nøkkelboks ved kjellerdøra") : Optional.empty(),
                i == 4 ? Optional.of("4711") : Optional.empty(), i % 2 == 1 ? SampleManifests.putAway(packages) : List.of(),
                packages, Optional.of(notes), changes);
    }

    static Manifest route(String van, int stops) {
        List<ManifestStop> list = new ArrayList<>();
        for (int i = 1; i <= stops; i++) {
            StopChanges changes = i == 3 ? StopChanges.clientAdded()
                    : i == 5 ? StopChanges.windowChanged(TimeWindow.of("08:00", "10:00")) : StopChanges.NONE;
            list.add(stop(i, changes));
        }
        return new Manifest(DAY, van, "Ole Kristian Haugen", LocalTime.of(8, 30), LocalTime.of(14, 13), 80.46,
                "v3 (publisert 30.11. kl. 15:42)", list,
                List.of(new RemovedClient("Gudrun Ødegård", new Address("Damveien 4", "1337", "Sandvika"))),
                Optional.of(DAY.minusWeeks(1)));
    }

    private byte[] render(List<Manifest> manifests, ManifestOptions options) {
        return Pdfs.bytes(out -> renderer.render(manifests, options, out));
    }

    @Test
    void aFortyStopRouteSpansPagesWithEveryRowWholeOnOnePage() {
        byte[] pdf = render(List.of(route("BIL-3", 40)), ManifestOptions.defaults());
        Pdfs.keep(pdf, "manifest-40.pdf");
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);

        Map<Integer, Integer> pageOfStop = new HashMap<>();
        for (int i = 1; i <= 40; i++) {
            String n = String.format("%02d", i);
            List<Integer> withName = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains("Bruker " + n + " Ærlighetsen")) {
                    withName.add(p);
                }
            }
            assertThat(withName).as("stop %d is on exactly one page", i).hasSize(1);
            String page = pages.get(withName.getFirst());
            assertThat(page).as("stop %d's row is complete on its page", i)
                    .contains("900 00 0" + n, "Åsveien " + i, "SLUTT" + n);
            pageOfStop.put(i, withName.getFirst());
        }
        for (int i = 2; i <= 40; i++) {
            assertThat(pageOfStop.get(i)).as("driving order").isGreaterThanOrEqualTo(pageOfStop.get(i - 1));
        }
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("page %d repeats the table header", p + 1)
                    .contains("Nr", "Tid", "Mottaker", "Adkomst og merknader", "Pakker", "Kvittering")
                    .contains("Side " + (p + 1) + " av " + pages.size());
            int perPage = Pdfs.count(pages.get(p), "Ikke hjemme");
            int page = p;
            long stopsHere = pageOfStop.values().stream().filter(v -> v == page).count();
            assertThat(perPage).as("one set of tick boxes per row").isEqualTo((int) stopsHere);
        }
        assertThat(pages.getLast()).contains("Slutt på kjørelisten: 40 stopp");
    }

    @Test
    void theAccessColumnGivesEachZoneItsOwnInstructionAsGiven() {
        // Stop 2 has a chilled and a frozen bag and a client who wants the food put away; stop 4 does not.
        ManifestStop two = stop(2, StopChanges.NONE);
        ManifestStop putAway = new ManifestStop(2, two.eta(), two.window(), "Bruker 02 Med", two.address(), Optional.empty(),
                Optional.empty(), Optional.empty(), SampleManifests.putAway(two.packages()), two.packages(), Optional.empty(),
                StopChanges.NONE);
        ManifestStop notPutAway = new ManifestStop(4, two.eta(), two.window(), "Bruker 04 Uten", two.address(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), two.packages(), Optional.empty(),
                StopChanges.NONE);
        Manifest m = new Manifest(DAY, "BIL-3", "Ole", LocalTime.of(8, 30), LocalTime.of(12, 0), 10, "v1",
                List.of(putAway, notPutAway), List.of(), Optional.empty());

        String text = Pdfs.flat(String.join(" ", Pdfs.pageTextsInDrawingOrder(render(List.of(m), ManifestOptions.defaults()))));

        assertThat(putAway.instructions()).extracting(ZoneInstruction::zone).containsExactly(Zone.CHILLED, Zone.FROZEN);
        assertThat(text).contains("KJØL SETTES I KJØLESKAP", "FRYS SETTES I FRYSER");
        assertThat(Pdfs.count(text, "SETTES I")).isEqualTo(2);
    }

    @Test
    void rowsEndAboveTheFooterOnEveryPage() {
        byte[] pdf = render(List.of(route("BIL-3", 40)), ManifestOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Map<String, Float> lowest = new HashMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        String key = text.startsWith("SLUTT") ? "row" : text.startsWith("Side ") ? "footer" : null;
                        if (key != null) {
                            float y = positions.getFirst().getYDirAdj();
                            lowest.merge(key, y, Math::max);
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                assertThat(lowest).containsKeys("row", "footer");
                assertThat(lowest.get("row")).as("page %d", p).isLessThan(lowest.get("footer") - 20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void headerHasTheFactsTheTemperatureLinesAndTheSignatureLine() {
        Manifest manifest = route("BIL-3", 12);
        String first = Pdfs.flat(Pdfs.pageTextsInDrawingOrder(render(List.of(manifest), ManifestOptions.defaults())).getFirst());
        Map<Zone, Integer> perZone = manifest.packagesPerZone();
        assertThat(first).contains("Kjøreliste BIL-3", "Tirsdag 1. desember 2026", "Ole Kristian Haugen", "08:30",
                "14:13", "Stopp 12", "5 t 43 min", "80,5 km", "v3 (publisert 30.11. kl. 15:42)",
                "KJØL " + perZone.get(Zone.CHILLED), "FRYS " + perZone.get(Zone.FROZEN),
                "TØRR " + perZone.get(Zone.AMBIENT), "= " + manifest.packageCount() + " kolli",
                "Temperatur i bilen", "Ved avreise", "Ved retur", "Signatur sjåfør");
    }

    @Test
    void marksNewClientsChangedWindowsAndRemovedClients() {
        String first = Pdfs.flat(Pdfs.pageTexts(render(List.of(route("BIL-3", 12)), ManifestOptions.defaults())).getFirst());
        assertThat(first).contains("Endringer siden tirsdag 24.11.2026", "1 ny bruker (merket NY)",
                "1 endret tidsvindu (merket NY TID)", "1 bruker fjernet", "Gudrun Ødegård, Damveien 4, 1337 Sandvika",
                "NY TID", "før 08:00–10:00");
        assertThat(Pdfs.count(first, " NY ")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void printsTheKeyBoxCodeOnlyWhenTheKitchenTurnsItOn() {
        Manifest manifest = route("BIL-3", 6);
        String hidden = Pdfs.flat(String.join(" ", Pdfs.pageTexts(render(List.of(manifest), ManifestOptions.defaults()))));
        assertThat(hidden).doesNotContain("4711").contains("Nøkkelboks ved kjellerdøra", "Nøkkelboks-kode: ikke skrevet ut");
        String shown = Pdfs.flat(String.join(" ", Pdfs.pageTexts(render(List.of(manifest),
                ManifestOptions.defaults().withKeyBoxCodes(true)))));
        assertThat(shown).contains("Kode: 4711").doesNotContain("ikke skrevet ut");
    }

    @Test
    void longNotesWrapInsteadOfBeingCut() {
        Manifest base = route("BIL-3", 2);
        String notes = "Bruker har demens og kan bli urolig. ".repeat(15) + "Ring datteren Åse på 912 34 567 ved bekymring.";
        ManifestStop s = base.stops().getFirst();
        ManifestStop withNotes = new ManifestStop(s.stopNumber(), s.eta(), s.window(), s.clientName(), s.address(),
                s.phone(), s.accessNotes(), s.keyBoxCode(), s.instructions(), s.packages(), Optional.of(notes), s.changes());
        Manifest manifest = new Manifest(base.date(), base.vanCode(), base.driverName(), base.departure(),
                base.plannedReturn(), base.distanceKm(), base.planVersion(), List.of(withNotes, base.stops().get(1)),
                List.of(), Optional.empty());
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(List.of(manifest), ManifestOptions.defaults(), out));
        assertThat(result[0].warnings()).isEmpty();
        String text = Pdfs.flat(Pdfs.pageTextsInDrawingOrder(pdf).getFirst());
        assertThat(text).contains(("Merknad: " + notes).trim());
    }

    @Test
    void notesLongerThanAPageAreCutVisiblyAndReported() {
        Manifest base = route("BIL-3", 2);
        ManifestStop s = base.stops().getFirst();
        String notes = "Veldig lang merknad som aldri tar slutt. ".repeat(600);
        ManifestStop monster = new ManifestStop(s.stopNumber(), s.eta(), s.window(), s.clientName(), s.address(),
                s.phone(), s.accessNotes(), s.keyBoxCode(), s.instructions(), s.packages(), Optional.of(notes), s.changes());
        Manifest manifest = new Manifest(base.date(), base.vanCode(), base.driverName(), base.departure(),
                base.plannedReturn(), base.distanceKm(), base.planVersion(), List.of(monster, base.stops().get(1)),
                List.of(), Optional.empty());
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(List.of(manifest), ManifestOptions.defaults(), out));
        assertThat(result[0].warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(RenderWarning.Kind.TEXT_TRUNCATED);
            assertThat(w.field()).isEqualTo("notes");
            assertThat(w.item()).isEqualTo("Kjøreliste BIL-3, stopp 1");
        });
        assertThat(String.join(" ", Pdfs.pageTexts(pdf))).contains("…");
        assertThat(result[0].pageCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void numbersPagesPerRouteAndKeepsRoutesInTheGivenOrder() {
        byte[] pdf = render(List.of(route("BIL-3", 30), route("BIL-4", 3)),
                ManifestOptions.defaults().printedBy("Kari Koordinator", LocalDateTime.of(2026, 12, 1, 7, 12)));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages.getFirst()).contains("Kjøreliste BIL-3").contains("Side 1 av " + (pages.size() - 1));
        assertThat(pages.getLast()).contains("Kjøreliste BIL-4", "Side 1 av 1",
                "Skrevet ut 1.12.2026 kl. 07:12 av Kari Koordinator", "Inneholder personopplysninger");
    }

    @Test
    void loadingListFirstGivesThePackagesInReverseStopOrderPerCompartment() {
        Manifest manifest = route("BIL-3", 40);
        byte[] pdf = render(List.of(manifest), ManifestOptions.defaults().withLoadingListFirst(true));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages.getFirst()).contains("Lasteliste BIL-3", "siste stopp først");
        int firstManifestPage = 0;
        while (!pages.get(firstManifestPage).contains("Kjøreliste BIL-3")) {
            firstManifestPage++;
        }
        assertThat(firstManifestPage).isGreaterThan(0);
        String loading = String.join("\n", pages.subList(0, firstManifestPage));

        Map<String, Integer> stopOfCode = new HashMap<>();
        Map<String, Zone> zoneOfCode = new HashMap<>();
        manifest.stops().forEach(s -> s.packages().forEach(p -> {
            stopOfCode.put(p.packageCode(), s.stopNumber());
            zoneOfCode.put(p.packageCode(), p.zone());
        }));
        Matcher m = Pattern.compile("\\d{18}").matcher(loading);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group());
        }
        assertThat(codes).hasSize(manifest.packageCount()).doesNotHaveDuplicates();
        // sections FRYS, KJØL, TØRR; within each, stops descending
        List<Zone> sectionOrder = new ArrayList<>();
        int previousStop = Integer.MAX_VALUE;
        for (String code : codes) {
            Zone zone = zoneOfCode.get(code);
            if (sectionOrder.isEmpty() || sectionOrder.getLast() != zone) {
                assertThat(sectionOrder).as("each compartment is one section").doesNotContain(zone);
                sectionOrder.add(zone);
                previousStop = Integer.MAX_VALUE;
            }
            assertThat(stopOfCode.get(code)).isLessThanOrEqualTo(previousStop);
            previousStop = stopOfCode.get(code);
        }
        assertThat(sectionOrder).containsExactly(Zone.FROZEN, Zone.CHILLED, Zone.AMBIENT);
        assertThat(loading).contains("Fryserom: " + manifest.packagesPerZone().get(Zone.FROZEN) + " kolli");
    }

    @Test
    void theLoadingListAlsoPrintsOnItsOwn() {
        byte[] pdf = Pdfs.bytes(out -> new LoadingListRenderer().render(List.of(route("BIL-3", 5), route("BIL-4", 5)), out));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Lasteliste BIL-3").doesNotContain("Kjøreliste");
        assertThat(pages.get(1)).contains("Lasteliste BIL-4");
    }

    @Test
    void refusesAnEmptyListOfRoutes() {
        assertThatThrownBy(() -> renderer.render(List.of(), ManifestOptions.defaults(), java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
