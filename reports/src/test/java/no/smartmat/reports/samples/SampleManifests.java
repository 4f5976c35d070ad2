package no.smartmat.reports.samples;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import no.smartmat.reports.manifests.ZoneInstruction;
import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.manifests.Manifest;
import no.smartmat.reports.manifests.ManifestPackage;
import no.smartmat.reports.manifests.ManifestStop;
import no.smartmat.reports.manifests.RemovedClient;
import no.smartmat.reports.manifests.StopChanges;

/** Deterministic, realistic routes (Bærum streets, Norwegian names) for tests and looking. */
public final class SampleManifests {

    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Bjørn", "Åse", "Øystein", "Solveig", "Håkon",
        "Ragnhild", "Tor", "Gunnhild", "Per", "Astrid", "Jørgen", "Sigrid", "Ærling", "Liv", "Knut", "Márjá", "Randi"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Bråten", "Sæther", "Løvås", "Ødegård", "Haugen", "Østby", "Aas", "Sørensen"};
    private static final String[][] STREETS = {
        {"Brambanis vei", "1337", "Sandvika"}, {"Damveien", "1337", "Sandvika"}, {"Åses vei", "1336", "Sandvika"},
        {"Brynsveien", "1338", "Sandvika"}, {"Sonja Henies vei", "1311", "Høvikodden"},
        {"Gamle Ringeriksvei", "1356", "Bekkestua"}, {"Kirkeveien", "1344", "Haslum"},
        {"Løkkeåsveien", "1337", "Sandvika"}, {"Bærumsveien", "1348", "Rykkinn"}, {"Østernvannveien", "1359", "Eiksmarka"}};
    private static final String[] ACCESS = {
        "Nøkkelboks til venstre for inngangsdøra.",
        "Ring på, vent – bruker går med rullator.",
        "Inngang fra baksiden, blå dør. Hund i huset (snill).",
        "Nøkkelboks på carporten, bak søppelkassene."};
    private static final String[] NOTES = {
        "Sett maten på nederste hylle i kjøleskapet.",
        "Datter ringer hvis bruker er på sykehus.",
        "Bruker har vært litt forvirret siste uke. Si fra til hjemmesykepleien ved bekymring (tlf. 67 50 40 00) og noter klokkeslett på kjørelisten. Ikke la maten stå på trappa.",
        "Hørselshemmet: bank hardt og vent."};

    private SampleManifests() {
    }

    public static String name(Random r) {
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    /** A route of {@code stopCount} stops; a few stops new, one with a changed window, one client removed. */
    public static Manifest route(String van, String driver, int stopCount, long seed) {
        Random r = new Random(seed);
        LocalDate day = SampleLabels.DAY;
        List<ManifestStop> stops = new ArrayList<>();
        LocalTime eta = LocalTime.of(9, 5);
        int serial = (int) (seed % 1000) * 10_000;
        for (int i = 1; i <= stopCount; i++) {
            String[] s = STREETS[r.nextInt(STREETS.length)];
            Address address = new Address(s[0] + " " + (1 + r.nextInt(60)) + (r.nextInt(5) == 0 ? " B" : ""), s[1], s[2]);
            LocalTime start = LocalTime.of(9 + Math.min(5, (i - 1) * 6 / Math.max(1, stopCount)), 0);
            TimeWindow window = new TimeWindow(start, start.plusHours(2));
            List<ManifestPackage> packages = new ArrayList<>();
            int bags = 1 + r.nextInt(3);
            for (int b = 1; b <= bags; b++) {
                Zone zone = b == 1 ? Zone.CHILLED : (r.nextBoolean() ? Zone.FROZEN : Zone.AMBIENT);
                packages.add(new ManifestPackage(SampleLabels.sscc(serial++), zone, b));
            }
            StopChanges changes = i == 3 ? StopChanges.clientAdded()
                    : i == 5 ? StopChanges.windowChanged(TimeWindow.of("08:00", "10:00"))
                    : StopChanges.NONE;
            boolean hasAccess = r.nextInt(3) == 0;
            stops.add(new ManifestStop(i, eta, window, name(r), address,
                    Optional.of("9" + (10 + r.nextInt(89)) + " " + (10 + r.nextInt(89)) + " " + (100 + r.nextInt(899))),
                    hasAccess ? Optional.of(ACCESS[r.nextInt(ACCESS.length)]) : Optional.empty(),
                    hasAccess && r.nextBoolean() ? Optional.of(Integer.toString(1000 + r.nextInt(9000))) : Optional.empty(),
                    r.nextInt(4) != 0 ? putAway(packages) : List.of(), packages,
                    r.nextInt(3) == 0 ? Optional.of(NOTES[r.nextInt(NOTES.length)]) : Optional.empty(),
                    changes));
            eta = eta.plusMinutes(6 + r.nextInt(9));
        }
        return new Manifest(day, van, driver, LocalTime.of(8, 30), eta.plusMinutes(25), 12.5 + stopCount * 1.7,
                "v3 (publisert 30.11. kl. 15:42)", stops,
                List.of(new RemovedClient("Gudrun Ødegård", new Address("Damveien 4", "1337", "Sandvika"))),
                Optional.of(day.minusWeeks(1)));
    }

    /** Each zone of the stop with the sample instruction for a client who wants the food put away. */
    public static List<ZoneInstruction> putAway(List<ManifestPackage> packages) {
        return packages.stream().map(ManifestPackage::zone).distinct().sorted()
                .map(z -> new ZoneInstruction(z, SampleLabels.putAway(z).orElseThrow())).toList();
    }
}
