package no.smartmat.reports.haccp;

import static no.smartmat.reports.haccp.ReportLayout.BODY;

import java.io.IOException;
import java.util.List;

import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.ReportFonts;

/** Sign-offs with what was corrected after each: on page 1 for the whole report, and in each unit's section. */
final class SignOffList {

    private final ReportLayout layout;

    SignOffList(ReportLayout layout) {
        this.layout = layout;
    }

    void draw(List<SignOff> signOffs, String title, boolean allUnits) throws IOException {
        layout.heading(title);
        if (signOffs.isEmpty()) {
            layout.paragraph(layout.regular, allUnits ? "Ingen attestasjoner for perioden: perioden er ikke attestert."
                    : "Ikke attestert for denne enheten i perioden.", BODY);
            return;
        }
        for (SignOff s : signOffs) {
            layout.warnings.item("HACCP-rapport, attestasjon " + s.signedBy());
            String scope = s.unitId().map(id -> layout.report.units().stream().filter(u -> u.id().equals(id))
                    .map(HaccpUnit::name).findFirst().orElse(id)).orElse("alle enheter");
            String text = "Attestert av " + s.signedBy() + " " + NorwegianFormat.dateTime(s.signedAt(), layout.zone)
                    + " for " + ReportLayout.period(s.from(), s.to()) + " (" + scope + ")"
                    + s.comment().map(cm -> ". Kommentar: " + cm).orElse("") + ".";
            layout.paragraph(layout.regular, ReportFonts.clean(text, layout.warnings, "signOffs"), BODY);
            if (!s.correctionsAfter().isEmpty()) {
                layout.paragraph(layout.bold, "Rettet etter attestasjon (" + s.correctionsAfter().size() + "):", BODY);
                for (AfterSignOffCorrection k : s.correctionsAfter()) {
                    String line = "– " + NorwegianFormat.dateTime(k.correctedAt(), layout.zone) + ", " + k.correctedBy()
                            + ": " + k.what() + ". Begrunnelse: " + k.reason();
                    layout.paragraph(layout.regular, ReportFonts.cleanKeepingLines(line, layout.warnings,
                            "correctionsAfter"), BODY, 10);
                }
            }
            layout.flow.advance(3);
        }
    }
}
