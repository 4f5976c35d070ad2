package no.smartmat.console.haccp;

import java.util.List;

/** What needs attention now, for "Dagens oversikt": open deviations, missing checks, calibrations due. */
public record HaccpOverview(List<Deviation> openDeviations, List<MissingCheck> missingChecks,
                            List<ColdUnitService.Calibration> calibrations, int dueNow, java.util.Map<Long, String> unitLabels) {

    public HaccpOverview {
        openDeviations = List.copyOf(openDeviations);
        missingChecks = List.copyOf(missingChecks);
        calibrations = List.copyOf(calibrations);
        unitLabels = java.util.Map.copyOf(unitLabels);
    }

    public long overdueCalibrations() {
        return calibrations.stream().filter(ColdUnitService.Calibration::overdue).count();
    }
}
