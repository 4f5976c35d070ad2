package no.smartmat.console.haccp;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.i18n.UserMessage;

/**
 * {@code config/defaults/haccp.yaml}: default limits by what a unit keeps, alarm counting, suppression windows and
 * the manual rounds with their deadlines. Each key is explained in the YAML file.
 */
public record HaccpConfig(String responsiblePerson, Profiles profiles, int cumulativeWindowMinutes,
                          int lateEntryMinutes, List<SuppressionWindow> suppressionWindows, List<Round> rounds,
                          int calibrationWarningDays, int dashboardDays, int retentionYears) {

    /**
     * The shortest retention the console accepts: the internal-control regulation wants records kept "as long as
     * needed" and Mattilsynet looks back at least a year, so a shorter setting is a mistake, not a choice.
     */
    public static final int MIN_RETENTION_YEARS = 1;

    public HaccpConfig {
        responsiblePerson = responsiblePerson == null ? "" : responsiblePerson;
        suppressionWindows = suppressionWindows == null ? List.of() : List.copyOf(suppressionWindows);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    public record Profiles(Profile chilled, Profile frozen, Profile hotHolding, Cooling cooling) {}

    /** Nullable numbers are absent keys in YAML; {@link Limits} turns them into Optionals. */
    public record Profile(Double minCelsius, Double maxCelsius, Double escalateAboveCelsius, Integer redAfterMinutes,
                          Double redAtCelsius, Double transportToleranceCelsius, int alarmDelayMinutes,
                          DelayCounting delayCounting) {}

    public record Cooling(double fromCelsius, double toCelsius, int withinMinutes) {}

    /** Readings inside it (local time, may wrap midnight) raise no alarm and no missing check. */
    public record SuppressionWindow(String name, List<UnitKind> kinds, List<String> units, LocalTime from, LocalTime to) {
        public SuppressionWindow {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            units = units == null ? List.of() : List.copyOf(units);
        }

        public boolean appliesTo(ColdUnit unit) {
            return kinds.contains(unit.kind()) || units.contains(unit.code());
        }

        public boolean contains(LocalTime time) {
            return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to);
        }
    }

    /** A manual round: the units of {@code kinds} are read between {@code opens} and {@code due} on {@code weekdays}. */
    public record Round(String id, List<UnitKind> kinds, List<Integer> weekdays, LocalTime opens, LocalTime due,
                        boolean sensorUnits) {
        public Round {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
        }

        public boolean runsOn(DayOfWeek day) {
            return weekdays.contains(day.getValue());
        }

        public boolean appliesTo(ColdUnit unit) {
            return unit.active() && kinds.contains(unit.kind()) && (sensorUnits || unit.sensorInterval().isEmpty());
        }
    }

    /**
     * Reads {@code haccp.yaml} (the defaults, overridden by the kitchen's own file). A retention below the minimum is
     * refused as a configuration error naming the file.
     */
    public static HaccpConfig load(ConfigLoader loader) {
        HaccpConfig config = loader.load("haccp", HaccpConfig.class);
        if (config.retentionYears() < MIN_RETENTION_YEARS) {
            throw new ConfigLoader.ConfigException(loader.source("haccp"), UserMessage.of(
                    "haccp.retention.configTooShort", loader.source("haccp"), config.retentionYears(),
                    MIN_RETENTION_YEARS));
        }
        return config;
    }

    public Profile profileFor(UnitKind kind) {
        return switch (kind.regime()) {
            case CHILLED, COOLING -> profiles.chilled();
            case FROZEN -> profiles.frozen();
            case HOT -> profiles.hotHolding();
        };
    }

    public Duration cumulativeWindow() {
        return Duration.ofMinutes(cumulativeWindowMinutes);
    }

    public Duration lateEntry() {
        return Duration.ofMinutes(lateEntryMinutes);
    }

    public Period retention() {
        return Period.ofYears(retentionYears);
    }

    public Optional<Round> round(String id) {
        return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
