package no.smartmat.console.haccp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.users.User;
import no.smartmat.console.users.UserService;

/**
 * The demo kitchen's temperature records: the last three days and today up to now, written through the HACCP
 * services as the kitchen would have written them (the services run on a clock that walks through those days, so
 * entries are on time and sensor files arrive twice a day). It holds a deviation handled with its corrective action,
 * one still open (a cold room warming right now), a van reading out of range, a sensor gap and a missed round, a
 * signed day with a correction after the sign-off, and an overdue calibration.
 */
public final class HaccpDemo {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final UserService users;
    private final WalkingClock clock;
    private final Haccp haccp;
    private final Random random = new Random(20261124L);
    private final CurrentUser kitchen;
    private final CurrentUser supervisor;
    private final ZoneId zone;
    private final java.util.Map<String, Long> unitIds = new java.util.HashMap<>();

    private HaccpDemo(Function<Clock, Haccp> servicesOn, UserService users, ZoneId zone, Instant start) {
        this.users = users;
        this.zone = zone;
        this.clock = new WalkingClock(start, zone);
        this.haccp = servicesOn.apply(clock);
        this.kitchen = user("kjokken");
        this.supervisor = user("veileder");
    }

    private CurrentUser user(String name) {
        return users.all().stream().filter(u -> u.username().equals(name)).findFirst().map(User::asCurrent)
                .orElse(CurrentUser.headless("demo"));
    }

    /**
     * Adds the records; {@code today} is the demo's today, data ends at {@code clock}'s now (or today's end).
     * {@code servicesOn} gives the HACCP services on a clock: the demo walks its own through the past days.
     */
    public static void create(Function<Clock, Haccp> servicesOn, UserService users, Clock clock, LocalDate today) {
        ZoneId zone = clock.getZone();
        LocalDate first = today.minusDays(3);
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant().isBefore(end) ? clock.instant() : end.minusSeconds(60);
        if (!now.isAfter(first.atStartOfDay(zone).toInstant())) {
            now = first.atStartOfDay(zone).toInstant().plusSeconds(60);
        }
        new HaccpDemo(servicesOn, users, zone, first.atStartOfDay(zone).toInstant().minus(Duration.ofDays(1)))
                .run(first, today, now);
    }

    private record Event(Instant at, int order, Runnable action) {}

    private void run(LocalDate first, LocalDate today, Instant now) {
        CurrentUser admin = CurrentUser.headless("demo");
        LocalDate since = first; // watched from the first demo day: earlier days would all be missed rounds
        sensorUnit("KR-1", "Kjølerom 1 – middager", UnitKind.COLD_ROOM, "Produksjonskjøkken, 1. etasje", "dt-kr1",
                today.plusDays(120), since, admin);
        sensorUnit("KR-2", "Kjølerom 2 – dagligvarer", UnitKind.COLD_ROOM, "Varemottak", "dt-kr2", today.minusDays(5),
                since, admin);
        sensorUnit("FR-1", "Fryserom", UnitKind.FREEZER, "Lager, kjeller", "dt-fr1", today.plusDays(200), since, admin);
        manualUnit("KS-1", "Kjøleskap, kald kjøkken", UnitKind.FRIDGE, "Kald kjøkken", since, admin);
        manualUnit("FS-1", "Frysedisk, bakeri", UnitKind.FREEZER, "Bakeri", since, admin);
        manualUnit("NK-1", "Nedkjøler", UnitKind.BLAST_CHILLER, "Produksjonskjøkken", since, admin);
        manualUnit("VS-1", "Varmeskap, anretning", UnitKind.HOT_HOLDING, "Anretning", since, admin);
        haccp.units().ensureVanUnits(since, admin);
        haccp.units().saveThermometer("TERM-1", "Stikktermometer, produksjon", today.plusDays(200).toString(), admin);
        haccp.units().saveThermometer("TERM-2", "Stikktermometer, bilene", today.plusDays(9).toString(), admin);

        haccp.units().watched().forEach(w -> unitIds.put(w.unit().code(), w.unit().id()));
        List<Event> events = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            plan(day, first, today, now, events);
        }
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
        for (Event e : events) {
            if (!e.at().isAfter(now)) {
                clock.set(e.at());
                e.action().run();
            }
        }
    }

    private void sensorUnit(String code, String name, UnitKind kind, String location, String device, LocalDate calibration,
                            LocalDate since, CurrentUser by) {
        haccp.units().save(Optional.empty(), new ColdUnitService.UnitForm(code, name, kind.name(), location, "", device,
                calibration.toString(), "15", true), since, by);
    }

    private void manualUnit(String code, String name, UnitKind kind, String location, LocalDate since, CurrentUser by) {
        haccp.units().save(Optional.empty(), new ColdUnitService.UnitForm(code, name, kind.name(), location, "", "",
                "", "", true), since, by);
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private void plan(LocalDate day, LocalDate first, LocalDate today, Instant now, List<Event> events) {
        boolean weekday = weekday(day);
        LocalDate vanTrouble = today.minusDays(1);
        while (!weekday(vanTrouble)) {
            vanTrouble = vanTrouble.minusDays(1);
        }
        int index = (int) java.time.temporal.ChronoUnit.DAYS.between(first, day);
        // sensor files: the night and morning at noon, the rest of the day just before midnight (today: up to now)
        for (Instant[] window : new Instant[][] {{at(day, 0, 0), at(day, 12, 0)}, {at(day, 12, 0), at(day.plusDays(1), 0, 0)}}) {
            Instant from = window[0];
            Instant to = window[1].isAfter(now) ? now : window[1];
            if (!to.isAfter(from)) {
                continue;
            }
            events.add(new Event(to.minusSeconds(30), 1, () -> {
                sensorFile("KR-1", from, to, t -> coldRoom1(t, first));
                sensorFile("KR-2", from, to, t -> coldRoom2(t, now));
                sensorFile("FR-1", from, to, t -> freezer(t, first));
            }));
        }
        // the handled deviation: the cold room's door left open after a delivery, two days before today
        if (index == 1) {
            events.add(new Event(at(day, 12, 20), 2, () -> closeLatest("KR-1", "Døren stod åpen etter varemottak",
                    "Døren lukket; maten kontrollmålt med stikktermometer (5,1 °C) og beholdt. Rutine for varemottak gjennomgått.",
                    FoodOutcome.KEPT)));
        }
        if (index == 1) {
            // the supervisor signs the first day the next morning; a reading of it is corrected after that
            events.add(new Event(at(day, 9, 0), 5, this::signFirstDay));
            events.add(new Event(at(day, 9, 40), 6, this::correctAfterSignOff));
        }
        manual(events, at(day, 7, 40), "KS-1", 3.1, 0.5, "MORNING");
        if (index != 2) { // the missed round: nobody read the fridge yesterday afternoon
            manual(events, at(day, 14, 10), "KS-1", 3.4, 0.5, "AFTERNOON");
        }
        manual(events, at(day, 7, 45), "FS-1", -20.5, 0.8, "MORNING");
        manual(events, at(day, 14, 15), "FS-1", -20.1, 0.8, "AFTERNOON");
        if (!weekday) {
            return;
        }
        manual(events, at(day, 11, 30), "VS-1", 68, 3, "HOT_HOLDING");
        manualAt(events, at(day, 9, 5), "NK-1", 82.0, AlarmEvaluator.COOLING_START, MeasureMethod.PROBE);
        manualAt(events, at(day, 10, 40), "NK-1", 7.5 + random.nextDouble(), AlarmEvaluator.COOLING_END, MeasureMethod.PROBE);
        for (int van = 1; van <= 12; van++) {
            String code = "BIL-%02d".formatted(van);
            Instant dep = at(day, 7, 40).plus(Duration.ofMinutes(3L * van));
            Instant ret = at(day, 13, 30).plus(Duration.ofMinutes(7L * van));
            manual(events, dep, code + "-KJØL", 2.6, 0.6, "DEPARTURE");
            manual(events, dep.plusSeconds(60), code + "-FRYS", -20.0, 1.0, "DEPARTURE");
            manual(events, ret.plusSeconds(60), code + "-FRYS", -19.0, 1.2, "RETURN");
            if (van == 3 && day.equals(vanTrouble)) {
                // a long route: the chilled compartment came back at 6,4 °C; recorded with its deviation
                events.add(new Event(ret.plusSeconds(120), 3, () -> vanDeviation(code + "-KJØL", ret)));
                events.add(new Event(at(day.plusDays(1), 8, 30), 4, () -> closeLatest(code + "-KJØL",
                        "Lang rute med mange stopp; kjøleaggregatet slås av når bilen står", "Restvarene kastet. Ruten deles i to "
                                + "fra neste uke; sjåføren lukker kjøleavdelingen mellom stoppene.", FoodOutcome.DISCARDED)));
                continue;
            }
            manual(events, ret, code + "-KJØL", 3.4, 0.6, "RETURN");
        }
    }

    /** A reading near {@code mean}, kept inside the unit's limits (the demo's out-of-range readings are deliberate). */
    private void manual(List<Event> events, Instant t, String unit, double mean, double spread, String occasion) {
        double drawn = mean + random.nextGaussian() * spread;
        double inside = mean > 30 ? Math.max(61, drawn) : mean > 0 ? Math.min(3.9, Math.max(0.5, drawn)) : Math.min(-18.3, drawn);
        double value = Math.round(inside * 10) / 10.0;
        manualAt(events, t, unit, value, occasion, MeasureMethod.AIR);
    }

    private void manualAt(List<Event> events, Instant t, String unit, double value, String occasion, MeasureMethod method) {
        double v = Math.round(value * 10) / 10.0;
        events.add(new Event(t.plusSeconds(60 + random.nextInt(180)), 2, () -> {
            Long id = unitIds.get(unit);
            if (id == null) {
                return;
            }
            haccp.readings().record(new ReadingService.ManualEntry(id, String.valueOf(v).replace('.', ','),
                    TYPED.format(t.atZone(zone)), method, unit.startsWith("BIL") ? "TERM-2" : "TERM-1", occasion,
                    Optional.empty()), kitchen);
        }));
    }

    private void vanDeviation(String unit, Instant t) {
        long id = unitIds.get(unit);
        haccp.readings().record(new ReadingService.ManualEntry(id, "6,4", TYPED.format(t.atZone(zone)), MeasureMethod.AIR,
                "TERM-2", "RETURN", Optional.of(new ReadingService.DeviationEntry("Kjøleavdelingen 6,4 °C ved retur",
                        new DeviationService.ActionForm("Lang rute med mange stopp", "Restvarer kontrollmålt (5,2 °C) og kastet",
                                FoodOutcome.DISCARDED.name(), "Ahmed Yusuf", "")))), kitchen);
        haccp.readings().record(new ReadingService.ManualEntry(id, "3,6", "", MeasureMethod.AIR, "TERM-2", "",
                Optional.empty()), kitchen);
    }

    private void closeLatest(String unit, String cause, String action, FoodOutcome food) {
        long id = unitIds.get(unit);
        haccp.deviations().forUnit(id).stream().filter(d -> d.status() == Deviation.Status.AWAITING_ACTION)
                .reduce((a, b) -> b).ifPresent(d -> haccp.deviations().recordAction(d.id(),
                        new DeviationService.ActionForm(cause, action, food.name(), kitchen.displayName(), ""), true, kitchen));
    }

    private void signFirstDay() {
        LocalDate day = clock.instant().atZone(zone).toLocalDate().minusDays(1);
        haccp.signOffs().sign(SignOffService.Period.of(SignOffService.PeriodKind.DAY, day), Optional.empty(),
                "Gjennomgått med kjøkkenpersonalet", "smartmat".toCharArray(), supervisor);
    }

    private void correctAfterSignOff() {
        LocalDate day = clock.instant().atZone(zone).toLocalDate().minusDays(1);
        long id = unitIds.get("KS-1");
        haccp.readings().effective(id, day.atStartOfDay(zone).toInstant(), day.atTime(12, 0).atZone(zone).toInstant())
                .stream().findFirst().ifPresent(r -> haccp.readings().correct(r.id(),
                        String.valueOf(Math.round((r.celsius() - 0.4) * 10) / 10.0).replace('.', ','), "",
                        "Avlest feil: termometeret viste 0,4 grader lavere", kitchen));
    }

    /** One logger file for a unit and a window, read through the logger import as the kitchen's PC would. */
    private void sensorFile(String unit, Instant from, Instant to, java.util.function.Function<Instant, Double> value) {
        StringBuilder csv = new StringBuilder("Tidspunkt;Temperatur (°C)\r\n");
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(15))) {
            Double v = value.apply(t);
            if (v != null) {
                csv.append(TYPED.format(t.atZone(zone))).append(';')
                        .append(String.format(Locale.ROOT, "%.1f", v).replace('.', ',')).append("\r\n");
            }
        }
        var preview = haccp.imports().preview(new LoggerImportService.Request(unit.toLowerCase(Locale.ROOT) + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), Optional.of(unit), Optional.empty(), Optional.empty()));
        haccp.imports().commit(preview, true, kitchen);
    }

    private double noise(double spread) {
        return random.nextGaussian() * spread;
    }

    /** Steady around 3 °C; the day after the first, the door stands open 10:00-11:30 after a delivery. */
    private Double coldRoom1(Instant t, LocalDate first) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        if (local.toLocalDate().equals(first.plusDays(1)) && !local.toLocalTime().isBefore(LocalTime.of(10, 0))
                && local.toLocalTime().isBefore(LocalTime.of(11, 30))) {
            return 5.0 + (local.getMinute() + (local.getHour() - 10) * 60) / 30.0 * 0.5 + noise(0.1);
        }
        return 2.9 + Math.sin(t.getEpochSecond() / 5400.0) * 0.5 + noise(0.15);
    }

    /** Steady around 3 °C until an hour and a half ago, when the compressor began to fail. */
    private Double coldRoom2(Instant t, Instant now) {
        long minutesBefore = Duration.between(t, now).toMinutes();
        if (minutesBefore <= 90) {
            return 5.2 + (90 - minutesBefore) / 15.0 * 0.35 + noise(0.1);
        }
        return 3.2 + Math.sin(t.getEpochSecond() / 7200.0) * 0.4 + noise(0.15);
    }

    /** About -21 °C with defrost at 03:00 and 15:00; the gateway was down 02:00-04:30 the day before today. */
    private Double freezer(Instant t, LocalDate first) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalTime time = local.toLocalTime();
        if (local.toLocalDate().equals(first.plusDays(2)) && !time.isBefore(LocalTime.of(2, 0))
                && time.isBefore(LocalTime.of(4, 30))) {
            return null;
        }
        if ((time.getHour() == 3 || time.getHour() == 15) && time.getMinute() < 45) {
            return -14.0 + noise(1.0);
        }
        return -21.0 + Math.sin(t.getEpochSecond() / 6000.0) * 0.7 + noise(0.2);
    }

    /** A clock the demo sets to each moment it writes at; every zone view shares the time. */
    private static final class WalkingClock extends Clock {
        private final java.util.concurrent.atomic.AtomicReference<Instant> now;
        private final ZoneId zone;

        WalkingClock(Instant start, ZoneId zone) {
            this(new java.util.concurrent.atomic.AtomicReference<>(start), zone);
        }

        private WalkingClock(java.util.concurrent.atomic.AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant t) {
            now.set(t);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new WalkingClock(now, z);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
