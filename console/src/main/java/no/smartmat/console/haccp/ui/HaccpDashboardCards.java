package no.smartmat.console.haccp.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.dashboard.DashboardCard;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.Deviation;
import no.smartmat.console.haccp.Haccp;
import no.smartmat.console.haccp.HaccpOverview;
import no.smartmat.console.haccp.MissingCheck;

/** HACCP on "Dagens oversikt": open deviations, missing checks (and readings due now), calibrations due. */
public final class HaccpDashboardCards {

    private static final int MAX_LINES = 6;

    private HaccpDashboardCards() {}

    /** Built off the FX thread with the rest of the dashboard. */
    public static List<DashboardCard> cards(UiContext ui, Haccp haccp) {
        HaccpOverview o = haccp.overview();
        HaccpFormat format = new HaccpFormat(ui);
        Instant now = ui.clock().instant();
        List<String> deviations = new ArrayList<>();
        if (o.openDeviations().isEmpty()) {
            deviations.add(ui.tr("haccp.ui.dashboard.noDeviations"));
        }
        o.openDeviations().stream().limit(MAX_LINES).forEach((Deviation d) -> deviations.add(ui.tr("haccp.ui.dashboard.deviation",
                o.unitLabels().getOrDefault(d.unitId(), ""), ui.tr("haccp.deviationKind." + d.kind()).toLowerCase(ui.messages().locale()),
                format.dateTime(d.startedAt()), ui.tr("haccp.status." + d.status()).toLowerCase(ui.messages().locale()),
                format.level(d.severity()))));
        more(ui, deviations, o.openDeviations().size());

        List<String> missing = new ArrayList<>();
        missing.add(ui.tr("haccp.ui.dashboard.dueNow", o.dueNow()));
        if (o.missingChecks().isEmpty()) {
            missing.add(ui.tr("haccp.ui.dashboard.noMissing"));
        }
        o.missingChecks().reversed().stream().limit(MAX_LINES).forEach((MissingCheck m) -> missing.add(
                ui.tr("haccp.ui.dashboard.missing", o.unitLabels().getOrDefault(m.unitId(), ""), format.missing(m),
                        format.dateTime(m.from()))));
        more(ui, missing, o.missingChecks().size() + 1);

        List<String> calibrations = new ArrayList<>();
        if (o.calibrations().isEmpty()) {
            calibrations.add(ui.tr("haccp.ui.dashboard.noCalibrations"));
        }
        o.calibrations().stream().limit(MAX_LINES).forEach((ColdUnitService.Calibration c) -> calibrations.add(ui.tr(
                c.overdue() ? "haccp.ui.dashboard.calibrationOverdue" : "haccp.ui.dashboard.calibrationSoon", c.instrument(),
                c.usedFor(), no.smartmat.console.haccp.HaccpTimes.DATE.format(c.due()))));
        more(ui, calibrations, o.calibrations().size());

        return List.of(
                new DashboardCard("dashboard-haccp-deviations",
                        ui.tr("haccp.ui.dashboard.deviationsTitle", o.openDeviations().size()), deviations),
                new DashboardCard("dashboard-haccp-missing",
                        ui.tr("haccp.ui.dashboard.missingTitle", o.missingChecks().size()), missing),
                new DashboardCard("dashboard-haccp-calibration",
                        ui.tr("haccp.ui.dashboard.calibrationTitle", o.overdueCalibrations()), calibrations));
    }

    private static void more(UiContext ui, List<String> lines, int total) {
        if (total > MAX_LINES) {
            lines.add(ui.tr("haccp.ui.dashboard.more", total - MAX_LINES));
        }
    }
}
