package no.smartmat.console.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.i18n.Messages;

/** Values as they appear inside messages (dates the Norwegian way, in both languages), and problems as one line. */
public final class OrderTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OrderTexts() {}

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "groceries.csv linje 3, zone = «KALD»: Ukjent temperatursone ..." for the CLI and logs. */
    public static String problemLine(Messages m, ImportProblem p) {
        String field = p.field().isEmpty() ? "" : ", " + p.field() + (p.value().isEmpty() ? "" : " = «" + p.value() + "»");
        return p.where().file() + " " + m.render(p.where().describe()) + field + ": " + m.render(p.message());
    }

    /** "KJØL 4 · FRYS 1 · TØRR 2" (zones with packages only; "–" for none). */
    public static String zones(Capacity c) {
        StringBuilder s = new StringBuilder();
        if (c.chilled() > 0) {
            s.append("KJØL ").append(c.chilled());
        }
        if (c.frozen() > 0) {
            s.append(s.isEmpty() ? "" : " · ").append("FRYS ").append(c.frozen());
        }
        if (c.ambient() > 0) {
            s.append(s.isEmpty() ? "" : " · ").append("TØRR ").append(c.ambient());
        }
        return s.isEmpty() ? "–" : s.toString();
    }
}
