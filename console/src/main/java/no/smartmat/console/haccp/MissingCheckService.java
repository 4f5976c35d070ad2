package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Missing checks of a period, for every unit or one: sensor gaps and rounds not done by their deadline. */
public final class MissingCheckService {

    private final HaccpRepository repo;
    private final ColdUnitService units;
    private final HaccpConfig config;
    private final Clock clock;

    public MissingCheckService(HaccpRepository repo, ColdUnitService units, HaccpConfig config, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.config = config;
        this.clock = clock;
    }

    /** Missing checks overlapping the days [from, to] (up to now). */
    public List<MissingCheck> between(LocalDate from, LocalDate to, Optional<Long> unitId) {
        List<MissingCheck> all = new ArrayList<>();
        for (ColdUnitService.WatchedUnit w : units.watched()) {
            if (w.unit().active() && unitId.map(id -> id == w.unit().id()).orElse(true)) {
                all.addAll(forUnit(w, from, to));
            }
        }
        all.sort(Comparator.comparing(MissingCheck::from));
        return all;
    }

    /** One unit's missing checks overlapping the days [from, to] (up to now). */
    public List<MissingCheck> forUnit(ColdUnitService.WatchedUnit w, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<MissingCheck> found = new ArrayList<>();
        Instant monitoredFrom = w.limits().monitoredFrom();
        w.unit().gapThreshold().ifPresent(threshold -> found.addAll(GapDetector.sensorGaps(w.unit().id(),
                repo.sensorTimes(w.unit().id(), start, end), threshold, monitoredFrom, start, end, now,
                Suppression.forUnit(w.unit(), config, zone))));
        List<Reading> readings = repo.effectiveReadings(w.unit().id(), start, end, Map.of());
        found.addAll(GapDetector.missedRounds(w.unit(), config.rounds(), readings, from, to, monitoredFrom, now, zone));
        return found;
    }
}
