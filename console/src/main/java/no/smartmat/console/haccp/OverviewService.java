package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What needs attention now, for "Dagens oversikt" and {@code haccp status}. */
public final class OverviewService {

    private final ColdUnitService units;
    private final DeviationService deviations;
    private final MissingCheckService missingChecks;
    private final ReadingService readings;
    private final HaccpConfig config;
    private final Clock clock;

    public OverviewService(ColdUnitService units, DeviationService deviations, MissingCheckService missingChecks,
                           ReadingService readings, HaccpConfig config, Clock clock) {
        this.units = units;
        this.deviations = deviations;
        this.missingChecks = missingChecks;
        this.readings = readings;
        this.config = config;
        this.clock = clock;
    }

    /** Open deviations, the last {@code dashboardDays}' missing checks, calibrations due, rounds due now. */
    public HaccpOverview overview() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> labels = units.watched().stream()
                .collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().label()));
        return new HaccpOverview(deviations.open(),
                missingChecks.between(today.minusDays(Math.max(0, config.dashboardDays() - 1)), today, Optional.empty()),
                units.calibrations(today), readings.dueNow().size(), labels);
    }
}
