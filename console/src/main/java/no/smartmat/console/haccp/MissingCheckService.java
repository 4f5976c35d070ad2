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
import no.smartmat.console.db.Database;
import org.jooq.DSLContext;

/** Missing checks of a period, for every unit or one: sensor gaps and rounds not done by their deadline. */
public final class MissingCheckService {

    private final Database db;
    private final HaccpRepository repo;
    private final ColdUnitService units;
    private final HaccpConfig config;
    private final Clock clock;

    public MissingCheckService(Database db, HaccpRepository repo, ColdUnitService units, HaccpConfig config, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.units = units;
        this.config = config;
        this.clock = clock;
    }

    /** Missing checks overlapping the days [from, to] (up to now). */
    public List<MissingCheck> between(LocalDate from, LocalDate to, Optional<Long> unitId) {
        DSLContext ctx = db.dsl();
        List<MissingCheck> all = new ArrayList<>();
        for (ColdUnitService.WatchedUnit w : units.watched(ctx)) {
            if (w.unit().active() && unitId.map(id -> id == w.unit().id()).orElse(true)) {
                all.addAll(forUnit(ctx, w, from, to));
            }
        }
        all.sort(Comparator.comparing(MissingCheck::from));
        return all;
    }

    public List<MissingCheck> forUnit(DSLContext ctx, ColdUnitService.WatchedUnit w, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<MissingCheck> found = new ArrayList<>();
        Instant monitoredFrom = w.limits().monitoredFrom();
        w.unit().gapThreshold().ifPresent(threshold -> found.addAll(GapDetector.sensorGaps(w.unit().id(),
                repo.sensorTimes(ctx, w.unit().id(), start, end), threshold, monitoredFrom, start, end, now,
                Suppression.forUnit(w.unit(), config, zone))));
        Map<Long, String> names = repo.userNames(ctx);
        List<Reading> readings = repo.effectiveReadings(ctx, w.unit().id(), start, end, names);
        found.addAll(GapDetector.missedRounds(w.unit(), config.rounds(), readings, from, to, monitoredFrom, now, zone));
        return found;
    }
}
