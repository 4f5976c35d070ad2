package no.smartmat.reports.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.smartmat.reports.common.Instruction;
import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.Barcodes;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.labels.Label;

/** Realistic labels for tests and for looking at the result. */
public final class SampleLabels {

    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** 60 characters, with æøå and a Sámi letter. */
    public static final String LONG_NAME = "Åse Kristine Øvrebø-Bjørnstad Ærlighetsen Márjá Sæther Hågen";

    private SampleLabels() {
    }

    /** An SSCC with a valid check digit: company prefix 7040000, serial {@code serial}. */
    public static String sscc(int serial) {
        String body = "3" + "7040000" + String.format("%09d", serial);
        return body + Barcodes.gs1CheckDigit(body);
    }

    public static Label label(String code, String name, int stop, int stops, Zone zone, int bag, int bags) {
        return new Label(code, name, new Address("Kirkeveien 14 B", "1338", "Sandvika"), Optional.of("Sandvika sentrum"),
                "BIL-3", "Ole Kristian Haugen", stop, stops, DAY, TimeWindow.of("11:00", "13:00"), zone, bag, bags,
                putAway(zone), true, List.of());
    }

    /**
     * The instruction a kitchen gives for a bag of {@code zone} when the client wants the food put away. Sample
     * data: which instruction a bag gets is the console's rule, not the reports'.
     */
    public static Optional<Instruction> putAway(Zone zone) {
        return Optional.of(switch (zone) {
            case CHILLED -> new Instruction("SETTES I KJØLESKAP", "KJØLESKAP");
            case FROZEN -> new Instruction("SETTES I FRYSER", "FRYSER");
            case AMBIENT -> new Instruction("SETTES I SKAP", "SKAP");
        });
    }

    /** The four labels that show every feature: long name, each zone, diet codes, plain id. */
    public static List<Label> showcase() {
        List<Label> labels = new ArrayList<>();
        labels.add(new Label(sscc(123456789), LONG_NAME, new Address("Øvre Ullern terrasse 117 B, leil. H0304", "0380", "Oslo"),
                Optional.of("Ullern og Bestum"), "BIL-12", "Siv Åsmund Nordmann-Kjærstad", 17, 23, DAY,
                TimeWindow.of("10:00", "12:30"), Zone.CHILLED, 2, 3, putAway(Zone.CHILLED), true, List.of("GLUTEN", "LAKTOSE")));
        labels.add(new Label(sscc(123456790), "Per Ås", new Address("Bærumsveien 3", "1344", "Haslum"),
                Optional.empty(), "BIL-3", "Ole Kristian Haugen", 7, 23, DAY, TimeWindow.of("11:00", "13:00"),
                Zone.FROZEN, 1, 1, putAway(Zone.FROZEN), true, List.of()));
        labels.add(new Label("PK-20261201-000123", "Kari Nordmann", new Address("Løkkeåsveien 22", "1337", "Sandvika"),
                Optional.of("Løkkeåsen"), "BIL-3", "Ole Kristian Haugen", 1, 23, DAY, TimeWindow.of("09:00", "11:00"),
                Zone.AMBIENT, 3, 3, Optional.empty(), false, List.of()));
        labels.add(new Label(sscc(123456791), "Ánde Ŋuolláš Čiekčá Đuoddaris", new Address("Storgata 1", "9730", "Karasjok"),
                Optional.of("Sentrum"), "BIL-1", "Máret Ŧoaddi", 23, 23, DAY, TimeWindow.of("13:00", "15:00"),
                Zone.CHILLED, 1, 2, putAway(Zone.CHILLED), false, List.of("D")));
        return labels;
    }
}
