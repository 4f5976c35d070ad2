package no.smartmat.reports.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.DoubleFunction;

import no.smartmat.reports.haccp.AfterSignOffCorrection;
import no.smartmat.reports.haccp.Completeness;
import no.smartmat.reports.haccp.CorrectiveAction;
import no.smartmat.reports.haccp.Deviation;
import no.smartmat.reports.haccp.FoodOutcome;
import no.smartmat.reports.haccp.HaccpReport;
import no.smartmat.reports.haccp.HaccpUnit;
import no.smartmat.reports.haccp.Instrument;
import no.smartmat.reports.haccp.Level;
import no.smartmat.reports.haccp.LimitBand;
import no.smartmat.reports.haccp.LimitProfile;
import no.smartmat.reports.haccp.MissingCheck;
import no.smartmat.reports.haccp.Reading;
import no.smartmat.reports.haccp.ReadingSource;
import no.smartmat.reports.haccp.SignOff;
import no.smartmat.reports.haccp.Signed;
import no.smartmat.reports.haccp.UnitFigures;
import no.smartmat.reports.haccp.UnitKind;

/**
 * A week of a kitchen's temperature records, with the things inspectors look for. Levels, figures and completeness
 * are written here as the console would hand them over: the renderer prints them, it does not compute them.
 */
public final class SampleHaccp {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    public static final LocalDate TO = LocalDate.of(2026, 12, 7);
    public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private SampleHaccp() {
    }

    public static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 12, day, hour, minute).atZone(OSLO).toInstant();
    }

    public static LimitProfile chilled() {
        return new LimitProfile(EPOCH, List.of(LimitBand.atMost(Level.GREEN, 4), LimitBand.between(Level.YELLOW, 4, 12),
                LimitBand.atLeast(Level.RED, 12)));
    }

    public static Level chilledLevel(double v) {
        return v <= 4 ? Level.GREEN : v < 12 ? Level.YELLOW : Level.RED;
    }

    public static Level frozenLevel(double v) {
        return v <= -18 ? Level.GREEN : v < -15 ? Level.YELLOW : Level.RED;
    }

    /** Figures by count, as the console computes them for a unit read by hand (good enough for a sample). */
    public static UnitFigures figures(List<Reading> readings, UnitFigures.Weighting weighting) {
        List<Reading> counted = readings.stream().filter(r -> !r.suppressed()).toList();
        long green = counted.stream().filter(r -> r.level() == Level.GREEN).count();
        return new UnitFigures(readings.size(), (int) readings.stream().filter(r -> r.source() == ReadingSource.MANUAL).count(),
                (int) readings.stream().filter(Reading::enteredLate).count(), readings.size() - counted.size(),
                counted.stream().mapToDouble(Reading::celsius).min(), counted.stream().mapToDouble(Reading::celsius).max(),
                counted.stream().mapToDouble(Reading::celsius).average(),
                counted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) green / counted.size()), weighting,
                weighting == UnitFigures.Weighting.TIME ? OptionalDouble.of(0.98) : OptionalDouble.empty());
    }

    private static Reading sensor(Instant t, double v, DoubleFunction<Level> level) {
        return Reading.sensor(t, v, level.apply(v));
    }

    public static LimitProfile frozen() {
        return new LimitProfile(EPOCH, List.of(LimitBand.atMost(Level.GREEN, -18), LimitBand.between(Level.YELLOW, -18, -15),
                LimitBand.atLeast(Level.RED, -15)));
    }

    /** Cold room 1: sensor every 10 min, a door-open blip, a handled and an unhandled deviation, a sensor gap. */
    public static HaccpUnit coldRoom() {
        Random r = new Random(1);
        List<Reading> readings = new ArrayList<>();
        for (Instant t = at(1, 0, 0); t.isBefore(at(8, 0, 0)); t = t.plus(Duration.ofMinutes(10))) {
            if (!t.isBefore(at(4, 2, 10)) && t.isBefore(at(4, 5, 40))) {
                continue; // sensor offline
            }
            double v = 2.6 + Math.sin(t.getEpochSecond() / 5400.0) * 0.6 + r.nextGaussian() * 0.15;
            if (!t.isBefore(at(2, 10, 0)) && t.isBefore(at(2, 11, 30))) {
                v = 5 + (t.getEpochSecond() - at(2, 10, 0).getEpochSecond()) / 1800.0 * 1.1; // door left open
            }
            if (!t.isBefore(at(5, 14, 0)) && t.isBefore(at(5, 14, 40))) {
                v = 6.4; // short door opening, no deviation
            }
            if (!t.isBefore(at(6, 22, 0)) && t.isBefore(at(7, 1, 0))) {
                v = 12.5 + r.nextGaussian() * 0.3; // compressor fault
            }
            readings.add(sensor(t, Math.round(v * 10) / 10.0, SampleHaccp::chilledLevel));
        }
        readings.add(Reading.manual(at(3, 7, 30), 2.9, Level.GREEN));
        readings.add(new Reading(at(3, 15, 0), 3.1, ReadingSource.MANUAL, true, Level.GREEN, false));
        return new HaccpUnit("CR-1", "Kjølerom 1", UnitKind.COLD_ROOM, "Produksjonskjøkken, 1. etasje",
                Optional.of(new Instrument("DT-20F3-9A1", Optional.of(LocalDate.of(2027, 3, 1)))),
                List.of(chilled()), Duration.ofMinutes(35), readings,
                List.of(new Deviation(at(2, 10, 20), Optional.of(at(2, 11, 30)), 7.9, Level.YELLOW,
                                "Over 4 °C i mer enn 30 min",
                                Optional.of(new CorrectiveAction("Døra sto på gløtt etter varemottak",
                                        "Døra lukket, temperatur kontrollert hvert 15. min til under 4 °C. Maten målt med stikktermometer: 5,8 °C.",
                                        FoodOutcome.KEPT, "Ingrid Sæther", at(2, 11, 45)))),
                        new Deviation(at(6, 22, 0), Optional.of(at(7, 1, 0)), 13.2, Level.RED, "Over 12 °C",
                                Optional.empty())),
                List.of(new MissingCheck(at(4, 2, 10), at(4, 5, 40), "Ingen sensordata (gateway uten strøm)")),
                figures(readings, UnitFigures.Weighting.TIME),
                new Completeness(List.of("1 manglende kontroll", "1 avvik uten korrigerende tiltak")), Signed.PART);
    }

    /** Freezer room: sensor every 15 min, all well; signed for the whole week. */
    public static HaccpUnit freezerRoom() {
        return freezerRoom(Signed.ALL);
    }

    public static HaccpUnit freezerRoom(Signed signed) {
        Random r = new Random(2);
        List<Reading> readings = new ArrayList<>();
        for (Instant t = at(1, 0, 0); t.isBefore(at(8, 0, 0)); t = t.plus(Duration.ofMinutes(15))) {
            double v = -21 + Math.sin(t.getEpochSecond() / 7200.0) * 0.8 + r.nextGaussian() * 0.2;
            readings.add(sensor(t, Math.round(v * 10) / 10.0, SampleHaccp::frozenLevel));
        }
        return new HaccpUnit("FR-1", "Fryserom", UnitKind.FREEZER_ROOM, "Lager, kjeller",
                Optional.of(new Instrument("DT-20F3-77C", Optional.of(LocalDate.of(2026, 11, 15)))),
                List.of(frozen()), Duration.ofMinutes(45), readings, List.of(), List.of(),
                figures(readings, UnitFigures.Weighting.TIME), Completeness.COMPLETE, signed);
    }

    /** Van compartment: manual readings at departure and return; the limits changed on the 4th. */
    public static HaccpUnit vanChilled() {
        List<Reading> readings = new ArrayList<>();
        double[] dep = {2.1, 2.8, 3.4, 1.9, 2.2, 3.0, 2.5};
        double[] ret = {4.6, 3.9, 5.2, 3.3, 4.1, 3.8, 4.4};
        for (int d = 1; d <= 7; d++) {
            readings.add(Reading.manual(at(d, 8, 25), dep[d - 1], chilledLevel(dep[d - 1])));
            double back = ret[d - 1];
            readings.add(new Reading(at(d, 14, 5), back, ReadingSource.MANUAL, d == 5,
                    d < 4 ? chilledLevel(back) : back <= 5 ? Level.GREEN : Level.YELLOW, false));
        }
        LimitProfile transport = new LimitProfile(at(4, 0, 0), List.of(LimitBand.atMost(Level.GREEN, 5),
                LimitBand.between(Level.YELLOW, 5, 8), LimitBand.atLeast(Level.RED, 8)));
        return new HaccpUnit("VAN-3-C", "BIL-3 kjøleavdeling", UnitKind.VAN_CHILLED, "BIL-3 (EL 12345)",
                Optional.of(new Instrument("Termometer T-07", Optional.empty())),
                List.of(chilled(), transport), Duration.ofHours(7), readings,
                List.of(new Deviation(at(3, 14, 5), Optional.of(at(3, 14, 30)), 5.2, Level.YELLOW,
                        "Over 4 °C ved retur",
                        Optional.of(new CorrectiveAction("Lang rute med mange stopp", "Ruten delt i to fra neste uke",
                                FoodOutcome.KEPT, "Ole Kristian Haugen", at(3, 14, 40))))),
                List.of(new MissingCheck(at(6, 14, 0), at(6, 15, 0), "Returmåling ikke registrert før fristen")),
                figures(readings, UnitFigures.Weighting.COUNT), new Completeness(List.of("1 manglende kontroll")),
                Signed.PART);
    }

    public static HaccpReport report() {
        return new HaccpReport("Bærum storkjøkken", FROM, TO, "Kari Nordmann (kjøkkensjef)", at(8, 9, 14), OSLO,
                List.of(coldRoom(), freezerRoom(), vanChilled()),
                List.of(new SignOff(Optional.empty(), FROM, LocalDate.of(2026, 12, 3), "Kari Nordmann", at(4, 8, 2),
                                Optional.of("Avvik 2.12. gjennomgått med personalet"),
                                List.of(new AfterSignOffCorrection(at(4, 10, 15), "Ingrid Sæther",
                                        "Manuell måling 3.12. kl. 07:30 rettet fra 9,2 °C til 2,9 °C",
                                        "Skrivefeil: termometeret viste 2,9 °C"))),
                        new SignOff(Optional.of("FR-1"), LocalDate.of(2026, 12, 4), TO, "Kari Nordmann", at(8, 8, 30),
                                Optional.empty(), List.of())));
    }

    /** One unit with nothing missing and no deviations. */
    public static HaccpReport completeReport() {
        return new HaccpReport("Bærum storkjøkken", FROM, TO, "Kari Nordmann", at(8, 9, 14), OSLO,
                List.of(freezerRoom(Signed.NONE)), List.of());
    }
}
